import PlanIngest
import PlanStore
import PlanWriting

/// One responsible unit's targets counted by state, with its worst gaps.
struct UnitSummary: Sendable {
    /// The unit's name; `nil` for the row of targets that name no unit.
    var name: String?
    var counts: [TargetState: Int]
    /// Its behind targets (overdue, off track, at risk, breached), least achieved first.
    var worst: [TargetStatus]

    var total: Int { counts.values.reduce(0, +) }

    /// What the tables print for the row of targets that name no unit.
    static let unnamedTitle = "(no unit named)"

    /// The states counted as needing attention, worst first.
    static let behind: [TargetState] = [.breached, .overdue, .offTrack, .atRisk]

    /// One summary per unit named by any target, in order of most behind targets, then name.
    static func summaries(of statuses: [TargetStatus], worstShown: Int = 3) -> [UnitSummary] {
        var accumulator = Accumulator(worstShown: worstShown)
        statuses.forEach { accumulator.add($0) }
        return accumulator.summaries()
    }

    /// Summaries built one status at a time, holding per unit only its counts and its few
    /// worst targets: a report over a million targets keeps a handful of rows per unit.
    struct Accumulator {
        let worstShown: Int
        private var byUnit: [String?: UnitSummary] = [:]

        init(worstShown: Int = 3) {
            self.worstShown = worstShown
        }

        /// Counts a status for each unit it names, or in the row of its own when it names none:
        /// no target is left out of the report.
        mutating func add(_ status: TargetStatus) {
            let names = status.target.statement.responsible.map { Optional($0.name) }
            for name in Set(names.isEmpty ? [nil] : names) {
                var summary = byUnit[name] ?? UnitSummary(name: name, counts: [:], worst: [])
                summary.counts[status.state, default: 0] += 1
                if behind.contains(status.state) { summary.keepIfWorst(status, limit: worstShown) }
                byUnit[name] = summary
            }
        }

        /// The summaries, most behind first, then by name; the targets that name no unit last.
        func summaries() -> [UnitSummary] {
            byUnit.values.sorted { lhs, rhs in
                guard let leftName = lhs.name, let rightName = rhs.name else {
                    return rhs.name == nil && lhs.name != nil
                }
                let left = behind.reduce(0) { $0 + (lhs.counts[$1] ?? 0) }
                let right = behind.reduce(0) { $0 + (rhs.counts[$1] ?? 0) }
                return left != right ? left > right : leftName < rightName
            }
        }
    }

    /// Keeps `status` among the `limit` least achieved, after those that tie with it.
    private mutating func keepIfWorst(_ status: TargetStatus, limit: Int) {
        func key(_ status: TargetStatus) -> (Double, Int64) {
            (status.percentAchieved ?? 0, status.target.id)
        }
        let position = worst.firstIndex { key(status) < key($0) } ?? worst.count
        guard position < limit else { return }
        worst.insert(status, at: position)
        if worst.count > limit { worst.removeLast() }
    }

    /// The table of `report units`.
    static func table(_ summaries: [UnitSummary]) -> TextTable {
        var columns: [TextTable.Column] = [.init("Unit"), .init("Targets", alignment: .right)]
        columns += TargetState.allCases.map {
            TextTable.Column($0.rawValue.capitalizedFirst, alignment: .right)
        }
        columns.append(.init("Worst gaps", isTruncatable: true))
        var table = TextTable(columns: columns)
        for summary in summaries {
            var row = [summary.name ?? unnamedTitle, String(summary.total)]
            row += TargetState.allCases.map { String(summary.counts[$0] ?? 0) }
            row.append(
                summary.worst.map { status in
                    let target = status.target.statement
                    let percent = status.percentAchieved.map(NumberText.percent) ?? "no figure"
                    return
                        "#\(status.target.id) \(TargetText.metric(target, instanceYear: status.instanceYear)) \(percent)"
                }.joined(separator: "; "))
            table.append(row)
        }
        return table
    }
}

/// `report units --format json`: `as_of`, `report` and the units, each with its counts keyed
/// by state (snake_case) and its worst gaps as ``StatusJSON``; the targets that name no unit
/// come last, with `name` `null`.
struct UnitReportJSON: JSONWritable {
    var asOf: CalendarDay
    var units: [UnitSummary]

    func write(to writer: inout JSONWriter) {
        writer.openObject()
        writer.field("as_of", asOf.iso)
        writer.field("report", "units")
        writer.key("units")
        writer.openArray()
        for unit in units {
            writer.openObject()
            writer.key("counts")
            writer.openObject()
            let counts = TargetState.allCases.map {
                ($0.rawValue.replacingAll(" ", with: "_"), unit.counts[$0] ?? 0)
            }
            for (state, count) in counts.sorted(by: { $0.0 < $1.0 }) {
                writer.key(state)
                writer.integer(count)
            }
            writer.closeObject()
            writer.field("name", unit.name)
            writer.field("targets", unit.total)
            writer.key("worst")
            writer.openArray()
            for status in unit.worst { writer.value(StatusJSON(status)) }
            writer.closeArray()
            writer.closeObject()
        }
        writer.closeArray()
        writer.closeObject()
    }
}

extension String {
    /// The text with its first letter upper-cased: `on track` → `On track`.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
