import PlanStore

/// A report as one self-contained HTML page (``HTMLStatusReport``), each target's figures
/// charted: the statuses are held until the last one came.
struct HTMLReportWriter: ReportWriter {
    let report: StatusReport
    /// Where the figures and the plans come from.
    let store: Store
    private var statuses: [TargetStatus] = []
    private var counts = StateCounts()

    init(report: StatusReport, store: Store) {
        self.report = report
        self.store = store
    }

    mutating func add(_ status: TargetStatus, pass: Int, to output: inout StreamedOutput) throws {
        statuses.append(status)
        counts.add(status)
    }

    mutating func finish(to output: inout StreamedOutput) throws {
        var figures: [Int64: [ProgressRecord]] = [:]
        for id in Set(statuses.map(\.target.id)) {
            figures[id] = try store.progress(ofTarget: id, includingReplaced: false)
        }
        let plans = Dictionary(try store.plans().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        try output.write(
            HTMLStatusReport(
                title: report.title(counts), asOf: report.asOf, statuses: statuses, plans: plans,
                figures: figures
            ).rendered())
    }
}
