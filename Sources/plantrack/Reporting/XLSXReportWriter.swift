import PlanStore

/// A report as an Excel workbook (``StatusWorkbook``), held until the last status came and
/// then split into sheets: `overdue` into Behind and No figure, `status` and `plan` one sheet
/// per plan, `missing` one sheet No figure, any other report one sheet of its name.
struct XLSXReportWriter: ReportWriter {
    let report: StatusReport
    private var statuses: [TargetStatus] = []
    private var counts = StateCounts()

    init(report: StatusReport) {
        self.report = report
    }

    mutating func add(_ status: TargetStatus, pass: Int, to output: inout StreamedOutput) throws {
        statuses.append(status)
        counts.add(status)
    }

    mutating func finish(to output: inout StreamedOutput) throws {
        try output.write(
            bytes: try StatusWorkbook.bytes(
                title: report.title(counts), asOf: report.asOf, sections: sections))
    }

    /// The sheets of the report.
    private var sections: [StatusWorkbook.Section] {
        switch report.name {
        case "overdue":
            [
                .init(name: "Behind", statuses: statuses.filter { $0.lastPeriod != nil }),
                .init(name: "No figure", statuses: statuses.filter { $0.lastPeriod == nil }),
            ]
        case "status",
            "plan" where !statuses.isEmpty:
            StatusWorkbook.sectionsByPlan(statuses)
        case "missing":
            [.init(name: "No figure", statuses: statuses)]
        default:
            [.init(name: report.name, statuses: statuses)]
        }
    }
}
