import PlanIngest
import PlanStore

/// The figures to ask each responsible unit for, for one period.
///
/// A target owes a figure for the period when it is not met, its window (from the plan's or
/// the instance year's start to its deadline) covers part of the period, and no figure for the
/// period or a later one is counted yet. Each target is asked of one unit, so that a figure
/// comes back once: its first lead unit, else the first unit named; the others are shown beside
/// it. Units that lead come first, then the others, then targets with no unit named.
struct FigureRequest {
    /// One target to report on.
    struct Line {
        var status: TargetStatus
        /// The latest figure logged for the target, if any.
        var lastFigure: ProgressRecord?
    }

    /// The lines asked of one unit; `unit` is `nil` for targets with no unit named.
    struct Group {
        var unit: String?
        var lines: [Line]
    }

    var period: Period
    var groups: [Group]

    /// Whether `status` owes a figure for `period`.
    static func owesFigure(_ status: TargetStatus, for period: Period) -> Bool {
        guard status.state != .met else { return false }
        if let start = status.windowStart, start > period.end { return false }
        if let deadline = status.deadline, deadline < period.start { return false }
        if let last = status.lastPeriod, last.end >= period.end { return false }
        return true
    }

    /// The unit a target's figure is asked of.
    static func askedUnit(of target: Target) -> String? {
        (target.responsible.first(where: \.isLead) ?? target.responsible.first)?.name
    }

    /// Groups `lines` by the unit asked, leads first; `unit` keeps one unit's group only.
    init(period: Period, lines: [Line], unit: String? = nil) {
        self.period = period
        var byUnit: [String: [Line]] = [:]
        var unassigned: [Line] = []
        var leads: Set<String> = []
        for line in lines {
            let target = line.status.target.statement
            guard let asked = Self.askedUnit(of: target) else {
                unassigned.append(line)
                continue
            }
            byUnit[asked, default: []].append(line)
            if target.responsible.contains(where: { $0.isLead && $0.name == asked }) { leads.insert(asked) }
        }
        var groups = byUnit.keys
            .sorted { (leads.contains($0) ? 0 : 1, $0) < (leads.contains($1) ? 0 : 1, $1) }
            .map { Group(unit: $0, lines: byUnit[$0] ?? []) }
        if !unassigned.isEmpty { groups.append(Group(unit: nil, lines: unassigned)) }
        if let unit {
            let name = unit.trimmingWhitespace()
            groups = groups.filter { $0.unit == name }
        }
        self.groups = groups
    }
}
