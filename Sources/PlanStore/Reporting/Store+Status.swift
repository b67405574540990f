import GRDB
import PlanIngest

extension Store {
    /// Calls `body` with each status as of `date`, in report order: by plan, target id and
    /// instance year. One status per target, and one per year instance for a recurring target;
    /// rejected targets are left out. Only one target is held at a time, so a report over a
    /// million targets streams its rows.
    ///
    /// Counts, sums, latest and first figures per target come from the current figures whose
    /// periods end on or before `date` (a period counts from its last day on), read from their
    /// yearly summaries; the rules in between are described on each ``TargetState`` case.
    ///
    /// Every pass reads the same state of the database, in one read transaction: a table
    /// measured in a first pass is printed in a second.
    ///
    /// ```swift
    /// try store.forEachStatus(asOf: day, plan: 5) { _, status in
    ///     print(status.target.statement.metric, status.state)  // 高新技术企业总量 overdue
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - date: The as-of date.
    ///   - plan: Only this plan's targets.
    ///   - dueBefore: Only targets due before this day, and recurring ones: the overdue report
    ///     skips the others in SQL.
    ///   - binding: Only binding targets (`true`) or only expected ones (`false`).
    ///   - withSources: Whether to load each target's statements (its quote); a report that
    ///     prints no quote saves reading them.
    ///   - passes: How many walks over the same state.
    ///   - body: Receives the pass number (from 0) and each status.
    /// - Throws: The errors of `body` as they are; the store's own as ``StoreError``s.
    /// - Complexity: O(*t* + *y*) per pass for *t* targets and *y* target years with figures.
    public func forEachStatus(
        asOf date: CalendarDay, plan: Int64?, dueBefore: CalendarDay? = nil, binding: Bool? = nil,
        withSources: Bool = true, passes: Int = 1, _ body: (_ pass: Int, TargetStatus) throws -> Void
    ) throws {
        let callerErrors = CallerErrors()
        let scope = ReportScope(plan: plan, dueBefore: dueBefore, binding: binding)
        do {
            try writer.read { db in
                let parts = try ReportParts(db, scope: scope)
                for pass in 0..<passes {
                    for part in parts.scopes {
                        try StatusWalk(
                            db, asOf: date, scope: part, plans: parts.plans, withSources: withSources
                        )
                        .forEach { status in try callerErrors.passing { try body(pass, status) } }
                    }
                }
            }
        } catch {
            throw callerErrors.translating(error, path: path)
        }
    }

    /// The statuses of ``forEachStatus(asOf:plan:dueBefore:binding:withSources:passes:_:)`` that pass
    /// `isIncluded`, gathered; only those are ever held.
    ///
    /// - Parameters:
    ///   - date: The as-of date.
    ///   - plan: Only this plan's targets.
    ///   - binding: Only binding targets (`true`) or only expected ones (`false`).
    ///   - isIncluded: Which statuses to keep; all by default.
    /// - Returns: The statuses in report order.
    /// - Complexity: O(*t* + *y*) for *t* targets and *y* target years with figures.
    public func statuses(
        asOf date: CalendarDay, plan: Int64?, binding: Bool? = nil,
        where isIncluded: (TargetStatus) -> Bool = { _ in true }
    ) throws -> [TargetStatus] {
        var statuses: [TargetStatus] = []
        try forEachStatus(asOf: date, plan: plan, binding: binding) { _, status in
            if isIncluded(status) { statuses.append(status) }
        }
        return statuses
    }

    /// The status of one target or instance whose counted figures are `figures`.
    static func status(
        _ stored: StoredTarget, instanceYear: Int?, windowStart: CalendarDay?,
        deadline: CalendarDay?, isSum: Bool, asOf: CalendarDay, figures: FigureSummary
    ) -> TargetStatus {
        let verdict = StatusRule.verdict(
            for: stored.statement, isSum: isSum, windowStart: windowStart, deadline: deadline,
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
