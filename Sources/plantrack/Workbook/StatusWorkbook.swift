import PlanIngest
import PlanStore

/// A status report as an Excel workbook, for leaders who sort, filter and add up: one sheet
/// per section (behind and without figures for `report overdue`, one per plan for `report
/// status`), each opening with the report's title and as-of date, then a frozen header row
/// with filters. Quantities are numbers with the unit in a column of its own, in the target's
/// base unit (元, not 亿元), so a column adds up; each state is coloured as in the terminal.
enum StatusWorkbook {
    /// One sheet's worth of targets.
    struct Section {
        /// The sheet's name before ``SheetName`` makes it acceptable.
        var name: String
        var statuses: [TargetStatus]
    }

    static let headers = [
        "Plan", "Plan title", "ID", "Metric", "Target", "Target value", "Unit", "Deadline", "Achieved",
        "% achieved", "Gap", "State", "Days overdue", "Last period", "Responsible",
    ]
    static let columnWidths: [Double] = [6, 34, 6, 30, 14, 13, 7, 11, 13, 11, 13, 12, 8, 11, 30]
    /// The row of the header, below the title and the as-of line.
    static let headerRow = 3
    /// The column of the state, coloured.
    static let stateColumn = 11

    /// The workbook's bytes.
    /// - Parameters:
    ///   - title: The report's title, on every sheet; a sheet of several also counts its own
    ///     targets by state under it.
    ///   - day: The as-of date.
    ///   - sections: The sheets in order; an empty section is a sheet with its header only.
    static func bytes(title: String, asOf day: CalendarDay, sections: [Section]) throws -> [UInt8] {
        let workbook = try XLSXWriter()
        var names = SheetName.Registry()
        for section in sections {
            let sheet = try workbook.addSheet(named: names.unique(for: section.name))
            sheet.setColumnWidths(columnWidths)
            try sheet.write(.text(title), row: 0, column: 0, style: XLSXWriter.Style(isBold: true))
            try sheet.write([.text("As of"), .text(day.iso)], row: 1)
            // The title counts the whole report; a sheet of several counts its own targets.
            if sections.count > 1 {
                var counts = StateCounts()
                section.statuses.forEach { counts.add($0) }
                try sheet.write([.text("This sheet"), .text(counts.description)], row: 2)
            }
            try sheet.write(headers.map { .text($0) }, row: headerRow, style: .header)
            for (index, status) in section.statuses.enumerated() {
                let row = headerRow + 1 + index
                try sheet.write(cells(of: status), row: row)
                try sheet.write(
                    .text(status.state.rawValue), row: row, column: stateColumn,
                    style: style(for: status.state))
            }
            sheet.freezeRows(headerRow + 1)
            sheet.addAutofilter(headerRow: headerRow, rows: section.statuses.count, columns: headers.count)
        }
        return try workbook.bytes()
    }

    /// One target's row, numbers as numbers.
    static func cells(of status: TargetStatus) -> [XLSXWriter.Cell] {
        let target = status.target.statement
        func number(_ value: Double?) -> XLSXWriter.Cell { value.map { .number(withoutNoise($0)) } ?? .empty }
        return [
            .number(Double(status.target.planID)), .text(status.target.planTitle ?? ""),
            .number(Double(status.target.id)),
            .text(TargetText.metric(target, instanceYear: status.instanceYear)),
            .text(NumberText.target(target)), number(target.value), .text(target.unit.description),
            .text(status.deadline?.iso ?? ""), number(status.achieved),
            number(status.percentAchieved.map { ($0 * 10).rounded() / 10 }), number(status.gap),
            .text(status.state.rawValue), number(status.daysOverdue.map(Double.init)),
            .text(status.lastPeriod?.description ?? ""), .text(TargetText.responsible(target.responsible)),
        ]
    }

    /// `value` at the six decimals the JSON reports keep, so that a difference (-2.1 − -3) is
    /// 0.9 in the cell, not 0.8999999999999999.
    static func withoutNoise(_ value: Double) -> Double {
        guard value.isFinite, abs(value) < 1e15 else { return value }
        return (value * 1e6).rounded() / 1e6
    }

    /// The colours of a state, as the terminal shows it: green when met or on track, yellow at
    /// risk, red off track or overdue, bold red for a breached cap, grey without a verdict.
    static func style(for state: TargetState) -> XLSXWriter.Style {
        switch state {
        case .met, .onTrack: XLSXWriter.Style(fill: 0xC6EFCE, fontColor: 0x006100)
        case .atRisk: XLSXWriter.Style(fill: 0xFFEB9C, fontColor: 0x9C5700)
        case .offTrack, .overdue: XLSXWriter.Style(fill: 0xFFC7CE, fontColor: 0x9C0006)
        case .breached: XLSXWriter.Style(isBold: true, fill: 0xFFC7CE, fontColor: 0x9C0006)
        case .noData, .noTrend, .noBaseline, .notAssessable: XLSXWriter.Style(fontColor: 0x808080)
        }
    }

    /// One section per plan, in the order the statuses come.
    static func sectionsByPlan(_ statuses: [TargetStatus]) -> [Section] {
        var sections: [Section] = []
        var index: [Int64: Int] = [:]
        for status in statuses {
            let plan = status.target.planID
            if let position = index[plan] {
                sections[position].statuses.append(status)
            } else {
                index[plan] = sections.count
                sections.append(Section(name: "\(plan) \(status.target.planTitle ?? "")", statuses: [status]))
            }
        }
        return sections
    }
}

extension StatusWorkbook {
    /// The refusal of `--format xlsx` by a command that writes no status report.
    static func unsupported(_ command: String) -> CLIError {
        CLIError(
            "\(command) has no workbook form; use --format csv, or a status report (report status, overdue, missing, plan, compare) for xlsx"
        )
    }
}
