import PlanIngest
import PlanStore

/// The columns of a status report and how one status fills them: defined once for the
/// terminal, Markdown, CSV and HTML tables alike (JSON has its own keys, ``StatusJSON``).
enum StatusColumns {
    /// `report status` and `report plan`: plan, ID, metric, target, deadline, achieved, gap,
    /// % achieved, state, responsible units, last period reported.
    case status
    /// `report overdue`: as ``status``, with the days overdue in place of the state.
    case overdue
    /// Overdue targets nobody reported a figure for: who owes one, and since when.
    case unreported
    /// `report missing`: the targets without figures and whom to ask, lead units first.
    case missing
    /// `report compare`: one metric across plans, with each plan's region.
    case compare(regions: [Int64: String])

    /// The columns' titles and alignments, with amounts as people read them.
    var columns: [TextTable.Column] { columns(style: .text) }

    /// The columns' titles and alignments, with amounts in `style`.
    func columns(style: AmountStyle) -> [TextTable.Column] {
        let target = TextTable.Column.target(style: style)
        let head: [TextTable.Column] =
            [
                .init("Plan", alignment: .right), .init("ID", alignment: .right),
                .init("Metric", isTruncatable: true),
            ]
            + target + [.init("Deadline")]
        let responsible = TextTable.Column("Responsible", isTruncatable: true)
        return switch self {
        case .status, .overdue:
            head + [
                .init("Achieved", alignment: .right), .init("Gap", alignment: .right),
                .init("%", alignment: .right),
                self == .status ? .init("State") : .init("Days overdue", alignment: .right),
                responsible, .init("Last period"),
            ]
        case .unreported: head + [.init("Days overdue", alignment: .right), responsible]
        case .missing: head + [.init("Last period"), .init("Ask", isTruncatable: true)]
        case .compare:
            [
                .init("Region"), .init("Plan", alignment: .right), .init("ID", alignment: .right),
                .init("Metric", isTruncatable: true), .init("State"),
            ] + target + [
                .init("Deadline"), .init("Achieved", alignment: .right), .init("%", alignment: .right),
                .init("Quote", isTruncatable: true),
            ]
        }
    }

    /// The column holding the state, painted in its colour on a terminal; `nil` when none does.
    var stateColumn: Int? {
        switch self {
        case .status: 8
        case .compare: 4
        case .overdue, .unreported, .missing: nil
        }
    }

    /// Adds the cells of `status`'s row to `row`, one per column, amounts in `style`.
    func appendRow(_ status: TargetStatus, style: AmountStyle = .text, to row: inout some RowSink) {
        let target = status.target.statement
        switch self {
        case .status, .overdue:
            row.appendCell(status.target.planID)
            row.appendCell(status.target.id)
            row.appendCell { TargetText.appendMetric(target, instanceYear: status.instanceYear, to: &$0) }
            row.appendTarget(target, style: style)
            row.appendCell(status.deadline) { $0.appendISO(to: &$1) }
            row.appendAmount(status.achieved, unit: target.unit, style: style)
            row.appendAmount(status.gap, unit: target.unit, style: style)
            row.appendPercent(status.percentAchieved, style: style)
            if self == .status {
                row.appendCell(status.state.rawValue)
            } else {
                row.appendCell(status.daysOverdue, writing: NumberText.appendInteger)
            }
            row.appendCell { TargetText.appendResponsible(target.responsible, to: &$0) }
            // A spreadsheet's empty cell says "none" where a table for people says it in words.
            row.appendCell(status.lastPeriod, placeholder: style == .numbers ? "" : "none") {
                $0.appendDescription(to: &$1)
            }
        case .unreported:
            row.appendCell(status.target.planID)
            row.appendCell(status.target.id)
            row.appendCell(TargetText.metric(target, instanceYear: status.instanceYear))
            row.appendTarget(target, style: style)
            row.appendCell(status.deadline?.iso ?? "-")
            row.appendCell(status.daysOverdue.map { String($0) } ?? "-")
            row.appendCell(TargetText.responsible(target.responsible))
        case .missing:
            let units = target.responsible.sorted { $0.isLead && !$1.isLead }
            row.appendCell(status.target.planID)
            row.appendCell(status.target.id)
            row.appendCell(TargetText.metric(target, instanceYear: status.instanceYear))
            row.appendTarget(target, style: style)
            row.appendCell(status.deadline?.iso ?? "-")
            row.appendCell(
                status.state == .noBaseline
                    ? status.baseYear.map { "base \($0)" } ?? "base"
                    : status.lastPeriod?.description ?? "none")
            row.appendCell(units.isEmpty ? "(no unit named)" : TargetText.responsible(units))
        case .compare(let regions):
            row.appendCell(regions[status.target.planID] ?? "-")
            row.appendCell(status.target.planID)
            row.appendCell(status.target.id)
            row.appendCell(TargetText.metric(target, instanceYear: status.instanceYear))
            row.appendCell(status.state.rawValue)
            row.appendTarget(target, style: style)
            row.appendCell(status.deadline?.iso ?? "-")
            row.appendAmount(status.achieved, unit: target.unit, style: style)
            row.appendPercent(status.percentAchieved, style: style)
            row.appendCell(target.quote)
        }
    }

    /// The cells of `status`'s row as strings, amounts in `style`.
    func cells(_ status: TargetStatus, style: AmountStyle = .text) -> [String] {
        RowCells.collect { appendRow(status, style: style, to: &$0) }
    }

    /// A table of these columns, one row per status.
    func table(_ statuses: [TargetStatus]) -> TextTable {
        TextTable(columns: columns, rows: statuses.map { cells($0) })
    }
}

extension StatusColumns: Equatable {}
