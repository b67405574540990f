import PlanIngest
import PlanStore

/// How targets read in tables: one place, so every command shows them alike.
enum TargetText {
    /// The responsible units, lead first, joined by `、`; a lead unit is marked `(牵头)`.
    static func responsible(_ units: [ResponsibleUnit]) -> String {
        String(writingUTF8: { appendResponsible(units, to: &$0) })
    }

    /// Appends ``responsible(_:)`` of `units` to `bytes`.
    static func appendResponsible(_ units: [ResponsibleUnit], to bytes: inout [UInt8]) {
        for (index, unit) in units.enumerated() {
            if index > 0 { bytes.append(contentsOf: "、".utf8) }
            bytes.append(contentsOf: unit.name.utf8)
            if unit.isLead { bytes.append(contentsOf: "(牵头)".utf8) }
        }
    }

    /// The deadline as a date, `annual` for a target that recurs each year, and `-` when none.
    static func deadline(_ target: Target) -> String {
        var text = target.deadline?.iso ?? "-"
        if target.recurrence == .annual { text += " (annual)" }
        return text
    }

    /// The metric, with the year of a recurring target's instance: `高新技术企业 (2023)`.
    static func metric(_ target: Target, instanceYear: Int?) -> String {
        guard instanceYear != nil else { return target.metric }
        return String(writingUTF8: { appendMetric(target, instanceYear: instanceYear, to: &$0) })
    }

    /// Appends ``metric(_:instanceYear:)`` of `target` to `bytes`.
    static func appendMetric(_ target: Target, instanceYear: Int?, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: target.metric.utf8)
        guard let instanceYear else { return }
        bytes.append(contentsOf: " (".utf8)
        NumberText.appendInteger(instanceYear, to: &bytes)
        bytes.append(UInt8(ascii: ")"))
    }

    /// An optional quantity in the target's unit, `-` when absent.
    static func quantity(_ value: Double?, of target: Target) -> String {
        guard let value else { return "-" }
        return NumberText.quantity(value, unit: target.unit)
    }

    /// The table of a plan's targets that `import` and `targets` print.
    static func table(of targets: [StoredTarget], showingPlan: Bool) -> TextTable {
        var columns: [TextTable.Column] = [.init("ID", alignment: .right)]
        if showingPlan { columns.append(.init("Plan", alignment: .right)) }
        columns += [
            .init("Metric"), .init("Target"), .init("Deadline"), .init("Review"),
            .init("Responsible"), .init("Quote"),
        ]
        var table = TextTable(columns: columns)
        for stored in targets {
            let target = stored.statement
            var row = [String(stored.id)]
            if showingPlan { row.append(String(stored.planID)) }
            row += [
                target.metric, NumberText.target(target), deadline(target),
                stored.reviewState.rawValue + (stored.isRetired ? ", retired" : ""),
                responsible(target.responsible), target.quote,
            ]
            table.append(row)
        }
        return table
    }
}
