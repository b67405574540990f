import PlanIngest
import PlanStore

/// The rows of the status reports, for a terminal, CSV or Markdown.
enum StatusTable {
    /// `report overdue`: plan, metric, target, achieved, gap, % achieved, days overdue,
    /// responsible units, last period reported.
    static func overdue(_ statuses: [TargetStatus]) -> TextTable {
        TextTable(columns: overdueColumns, rows: statuses.map(overdueRow))
    }

    /// The columns of ``overdue(_:)``.
    static let overdueColumns: [TextTable.Column] = [
        .init("Plan", alignment: .right), .init("ID", alignment: .right), .init("Metric"),
        .init("Target"), .init("Deadline"), .init("Achieved", alignment: .right),
        .init("Gap", alignment: .right), .init("%", alignment: .right),
        .init("Days overdue", alignment: .right), .init("Responsible"), .init("Last period"),
    ]

    /// One row of ``overdue(_:)``.
    static func overdueRow(_ status: TargetStatus) -> [String] {
        RowCells.collect { appendRow(status, judgement: .daysOverdue, to: &$0) }
    }

    /// What a status row says after the share achieved.
    enum Judgement {
        /// The state: `met`, `overdue`, …
        case state
        /// The days past the deadline, `-` when not overdue.
        case daysOverdue
    }

    /// Adds the cells of a status row to `row`: plan, ID, metric, target, deadline, achieved,
    /// gap, % achieved, `judgement`, responsible units, last period reported.
    ///
    /// The one definition of the row, for the tables and for CSV alike.
    static func appendRow(_ status: TargetStatus, judgement: Judgement, to row: inout some RowSink) {
        let target = status.target.target
        row.appendCell(status.target.planID)
        row.appendCell(status.target.id)
        row.appendCell { TargetText.appendMetric(target, instanceYear: status.instanceYear, to: &$0) }
        row.appendCell { NumberText.appendTarget(target, to: &$0) }
        row.appendCell(status.deadline) { $0.appendISO(to: &$1) }
        row.appendCell(status.achieved) { NumberText.appendQuantity($0, unit: target.unit, to: &$1) }
        row.appendCell(status.gap) { NumberText.appendQuantity($0, unit: target.unit, to: &$1) }
        row.appendCell(status.percentAchieved, writing: NumberText.appendPercent)
        switch judgement {
        case .state: row.appendCell(status.state.rawValue)
        case .daysOverdue: row.appendCell(status.daysOverdue, writing: NumberText.appendInteger)
        }
        row.appendCell { TargetText.appendResponsible(target.responsible, to: &$0) }
        row.appendCell(status.lastPeriod, placeholder: "none") { $0.appendDescription(to: &$1) }
    }
}

extension StatusTable {
    /// Overdue targets nobody reported a figure for: who owes one, and since when.
    static func unreported(_ statuses: [TargetStatus]) -> TextTable {
        var table = TextTable(columns: [
            .init("Plan", alignment: .right), .init("ID", alignment: .right), .init("Metric"),
            .init("Target"), .init("Deadline"), .init("Days overdue", alignment: .right),
            .init("Responsible"),
        ])
        for status in statuses {
            let target = status.target.target
            table.append([
                String(status.target.planID), String(status.target.id),
                TargetText.metric(target, instanceYear: status.instanceYear), NumberText.target(target),
                status.deadline?.iso ?? "-", status.daysOverdue.map { String($0) } ?? "-",
                TargetText.responsible(target.responsible),
            ])
        }
        return table
    }

    /// The column of `status(_:)` that holds the state, for colour.
    static let statusStateColumn = 8

    /// `report status`: every target (each year of a recurring one) with its state.
    static func status(_ statuses: [TargetStatus]) -> TextTable {
        TextTable(columns: statusColumns, rows: statuses.map(statusRow))
    }

    /// The columns of ``status(_:)``.
    static let statusColumns: [TextTable.Column] = [
        .init("Plan", alignment: .right), .init("ID", alignment: .right), .init("Metric"),
        .init("Target"), .init("Deadline"), .init("Achieved", alignment: .right),
        .init("Gap", alignment: .right), .init("%", alignment: .right), .init("State"),
        .init("Responsible"), .init("Last period"),
    ]

    /// One row of ``status(_:)``.
    static func statusRow(_ status: TargetStatus) -> [String] {
        RowCells.collect { appendRow(status, judgement: .state, to: &$0) }
    }

    /// `3 met, 2 overdue, 5 no data`: the non-zero counts by state, in the states' order.
    static func counts(_ statuses: [TargetStatus]) -> String {
        counts(statuses.reduce(into: [:]) { counts, status in counts[status.state, default: 0] += 1 })
    }

    /// `3 met, 2 overdue, 5 no data` from counts by state.
    static func counts(_ countByState: [TargetState: Int]) -> String {
        let parts = TargetState.allCases.compactMap { state -> String? in
            let count = countByState[state] ?? 0
            return count == 0 ? nil : "\(count) \(state.rawValue)"
        }
        return parts.isEmpty ? "no targets" : parts.joined(separator: ", ")
    }
}
