import GRDB
import PlanIngest

/// Which targets a report judges: every plan's or one plan's, and for the overdue report only
/// those that can be past their deadline at the as-of date, so that SQL skips the others.
///
/// A report over many targets walks them in parts, each one plan or one run of target ids.
struct ReportScope: Sendable, Hashable {
    /// Only this plan's targets.
    var plan: Int64?
    /// When set, only targets due before this day, and recurring targets (whose yearly
    /// instances can be due before it whatever their final deadline).
    var dueBefore: CalendarDay?
    /// Only targets whose ids lie in this range.
    var ids: ClosedRange<Int64>?
    /// Only binding targets (`true`) or only expected ones (`false`).
    var binding: Bool? = nil

    /// SQL conditions over `target` with `:plan`, `:dueBefore`, `:binding`, `:firstID` and `:lastID`
    /// arguments, each starting with `AND`; empty when nothing narrows the scope, so that
    /// SQLite can use the plan index when there is a plan.
    var targetConditions: String {
        planCondition + (idRangeCondition(column: "target.id").map { " AND " + $0 } ?? "")
            + (dueBefore == nil ? "" : " AND (target.recurrence IS NOT NULL OR target.deadline < :dueBefore)")
            + (binding == nil ? "" : " AND target.binding = :binding")
    }

    /// The plan condition alone.
    var planCondition: String {
        plan == nil ? "" : "AND target.planID = :plan"
    }

    /// The condition that `column`, which holds target ids, lies in ``ids``; `nil` when the
    /// scope has no id range.
    func idRangeCondition(column: String) -> String? {
        ids == nil ? nil : "\(column) BETWEEN :firstID AND :lastID"
    }

    /// The arguments of ``targetConditions`` and of the report queries.
    func arguments(asOf date: CalendarDay) -> StatementArguments {
        [
            "asOf": date.iso, "plan": plan, "dueBefore": dueBefore?.iso, "binding": binding,
            "firstID": ids?.lowerBound,
            "lastID": ids?.upperBound,
        ]
    }
}
