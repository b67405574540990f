import GRDB
import PlanIngest

extension Store {
    /// One status per target as of `date`, and one per year instance for recurring targets;
    /// rejected targets are left out.
    ///
    /// Counts, sums, latest and first figures per target come from the current figures whose
    /// periods end on or before `date` (a period counts from its last day on), read from their
    /// yearly summaries; the rules in between are described on each ``TargetState`` case.
    ///
    /// - Parameters:
    ///   - date: The as-of date.
    ///   - plan: Only this plan's targets.
    /// - Returns: Statuses by plan, target id and instance year.
    /// - Complexity: O(*t* + *y*) for *t* targets and *y* target years with figures.
    public func statuses(asOf date: CalendarDay, plan: Int64?) throws(StoreError) -> [TargetStatus] {
        try statuses(asOf: date, plan: plan) { _ in true }
    }

    /// The statuses as of `date` that pass `isIncluded`, in the order of
    /// ``statuses(asOf:plan:)``; only those are ever held.
    ///
    /// - Parameters:
    ///   - date: The as-of date.
    ///   - plan: Only this plan's targets.
    ///   - binding: Only binding targets (`true`) or only expected ones (`false`).
    ///   - isIncluded: Which statuses to keep.
    /// - Complexity: O(*t* + *y*) for *t* targets and *y* target years with figures.
    public func statuses(
        asOf date: CalendarDay, plan: Int64?, binding: Bool? = nil, where isIncluded: (TargetStatus) -> Bool
    ) throws(StoreError) -> [TargetStatus] {
        try read { db in
            var statuses: [TargetStatus] = []
            try Store.forEachStatus(
                db, asOf: date, scope: ReportScope(plan: plan, binding: binding), withSources: true
            ) {
                status in
                if isIncluded(status) { statuses.append(status) }
            }
            return statuses
        }
    }

    /// Targets (and recurring instances) past their deadline and not met as of `date`, most
    /// overdue first: overdue ones, breached caps, and those without any figure (`no data`,
    /// with `achieved` nil).
    ///
    /// - Parameter date: The as-of date.
    /// - Complexity: O(*t* log *m*) for *t* targets and *m* figures.
    public func overdueTargets(asOf date: CalendarDay) throws(StoreError) -> [TargetStatus] {
        try overdueTargets(asOf: date, plan: nil)
    }

    /// The overdue targets of one plan (or of all when `plan` is `nil`), as
    /// ``overdueTargets(asOf:)``; one plan's are found through the plan index, without judging
    /// the other plans' targets.
    ///
    /// - Parameters:
    ///   - date: The as-of date.
    ///   - plan: Only this plan's targets.
    ///   - binding: Only binding targets (`true`) or only expected ones (`false`).
    ///   - withSources: Whether to load each target's statements (its quote).
    /// - Complexity: O(*t* + *y* + *o* log *o*) for *t* targets due before `date`, *y* target
    ///   years with figures and *o* overdue targets.
    public func overdueTargets(
        asOf date: CalendarDay, plan: Int64?, binding: Bool? = nil, withSources: Bool = true
    ) throws(StoreError) -> [TargetStatus] {
        let overdue = try read { db in
            var overdue: [TargetStatus] = []
            try Store.forEachStatus(
                db, asOf: date, scope: ReportScope(plan: plan, dueBefore: date, binding: binding),
                withSources: withSources
            ) { status in
                if status.isOverdue(asOf: date) { overdue.append(status) }
            }
            return overdue
        }
        // Sort positions rather than the statuses themselves: a status is a large value.
        let days = overdue.map { $0.daysOverdue ?? 0 }
        let order = days.indices.sorted { left, right in
            days[left] != days[right] ? days[left] > days[right] : left < right
        }
        return order.map { overdue[$0] }
    }

    /// Calls `body` with each status as of `date`, in the order of ``statuses(asOf:plan:)``,
    /// holding one target at a time: a report over a million targets streams its rows.
    ///
    /// Errors thrown by `body` stop the walk and are rethrown as they are; the store's own
    /// are ``StoreError``s.
    ///
    /// - Parameters:
    ///   - date: The as-of date.
    ///   - plan: Only this plan's targets.
    ///   - dueBefore: Only targets due before this day, and recurring ones.
    ///   - binding: Only binding targets (`true`) or only expected ones (`false`).
    ///   - withSources: Whether to load each target's statements (its quote); a report that
    ///     prints no quote saves reading them.
    ///   - body: Receives each status.
    /// - Complexity: O(*t* + *y*) for *t* targets and *y* target years with figures.
    public func forEachStatus(
        asOf date: CalendarDay, plan: Int64?, dueBefore: CalendarDay? = nil, binding: Bool? = nil,
        withSources: Bool = true, _ body: (TargetStatus) throws -> Void
    ) throws {
        try forEachStatus(
            asOf: date, plan: plan, dueBefore: dueBefore, binding: binding, withSources: withSources,
            passes: 1
        ) { _, status in try body(status) }
    }

    /// Walks the statuses as ``forEachStatus(asOf:plan:dueBefore:binding:withSources:_:)`` does,
    /// `passes` times over the same state of the database: a table measured in a first pass is
    /// printed in a second.
    ///
    /// - Parameters:
    ///   - passes: How many walks, in one read transaction.
    ///   - body: Receives the pass number (from 0) and each status.
    public func forEachStatus(
        asOf date: CalendarDay, plan: Int64?, dueBefore: CalendarDay? = nil, binding: Bool? = nil,
        withSources: Bool = true, passes: Int, _ body: (_ pass: Int, TargetStatus) throws -> Void
    ) throws {
        let callerErrors = CallerErrors()
        do {
            try writer.read { db in
                for pass in 0..<passes {
                    try Store.forEachStatus(
                        db, asOf: date,
                        scope: ReportScope(plan: plan, dueBefore: dueBefore, binding: binding),
                        withSources: withSources
                    ) { status in try callerErrors.passing { try body(pass, status) } }
                }
            }
        } catch {
            throw callerErrors.translating(error, path: path)
        }
    }

    /// The statuses of the targets in `scope`, part after part (see ``ReportParts``), on this
    /// one connection.
    ///
    /// - Parameters:
    ///   - idsPerPart: The most target ids a part covers.
    ///   - partEnded: Called after the last status of each part.
    ///   - body: Receives each status.
    static func forEachStatus(
        _ db: Database, asOf date: CalendarDay, scope: ReportScope, withSources: Bool,
        idsPerPart: Int64 = ReportParts.defaultIDsPerPart, partEnded: () throws -> Void = {},
        _ body: (TargetStatus) throws -> Void
    ) throws {
        let parts = try ReportParts(db, scope: scope, idsPerPart: idsPerPart)
        for part in parts.scopes {
            try StatusWalk(db, asOf: date, scope: part, plans: parts.plans, withSources: withSources)
                .forEach(body)
            try partEnded()
        }
    }

    /// The status of one target or instance whose counted figures are `figures`.
    static func status(
        _ stored: StoredTarget, instanceYear: Int?, windowStart: CalendarDay?,
        deadline: CalendarDay?, isSum: Bool, asOf: CalendarDay, figures: FigureSummary
    ) -> TargetStatus {
        let verdict = StatusRule.verdict(
            for: stored.target, isSum: isSum, windowStart: windowStart, deadline: deadline,
            asOf: asOf, figures: figures)
        return TargetStatus(
            target: stored, instanceYear: instanceYear, windowStart: windowStart,
            deadline: deadline, achieved: verdict.achieved, gap: verdict.gap,
            percentAchieved: verdict.percentAchieved, state: verdict.state,
            daysOverdue: verdict.daysOverdue, lastPeriod: figures.lastPeriod,
            paceRatio: verdict.paceRatio)
    }

    /// The first day a plan's targets count figures from: 1 January of the plan's first year,
    /// else of the year it was issued.
    static func windowStart(of plan: ReportPlan?) -> CalendarDay? {
        (plan?.horizon?.startYear ?? plan?.issueDate?.year).map(CalendarDay.startOfYear)
    }

    /// The years a recurring target is judged in: each year of the plan horizon from the first
    /// full year after the issue date (up to the target's deadline) that has started by
    /// `asOf`, and at least the first one.
    static func instanceYears(of target: Target, in plan: ReportPlan?, asOf: CalendarDay) -> [Int] {
        let lastYear = target.deadline?.year ?? plan?.horizon?.endYear
        guard let firstYear = firstInstanceYear(in: plan, lastYear: lastYear) ?? target.deadline?.year
        else { return [] }
        let years = Array(firstYear...max(firstYear, lastYear ?? firstYear))
        let started = years.filter { $0 <= asOf.year }
        return started.isEmpty ? [firstYear] : started
    }
}
