import GRDB
import PlanIngest

extension Store {
    /// One status per target as of `date`, and one per year instance for recurring targets;
    /// rejected targets are left out.
    ///
    /// Sums, latest and first figures per target are computed by SQL over the current figures
    /// whose periods end on or before `date` (a period counts from its last day on); the rules
    /// in between are described on each ``TargetState`` case.
    ///
    /// - Parameters:
    ///   - date: The as-of date.
    ///   - plan: Only this plan's targets.
    /// - Returns: Statuses by plan, target id and instance year.
    /// - Complexity: O(*t* log *m*) for *t* targets and *m* figures.
    public func statuses(asOf date: CalendarDay, plan: Int64?) throws(StoreError) -> [TargetStatus] {
        try read { db in try Store.statuses(db, asOf: date, scope: ReportScope(plan: plan)) }
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
    /// - Complexity: O(*t* log *m*) for *t* targets of the plan and *m* figures.
    public func overdueTargets(asOf date: CalendarDay, plan: Int64?) throws(StoreError) -> [TargetStatus] {
        let all = try read { db in
            try Store.statuses(db, asOf: date, scope: ReportScope(plan: plan, dueBefore: date))
        }
        // Sort positions rather than the statuses themselves: a status is a large value.
        let overdue = all.indices.filter { index in
            guard let deadline = all[index].deadline, deadline < date else { return false }
            return [.overdue, .noData, .breached].contains(all[index].state)
        }
        let days = overdue.map { all[$0].daysOverdue ?? 0 }
        let order = days.indices.sorted { left, right in
            days[left] != days[right] ? days[left] > days[right] : left < right
        }
        return order.map { all[overdue[$0]] }
    }

    /// The statuses of the targets in `scope`.
    static func statuses(_ db: Database, asOf date: CalendarDay, scope: ReportScope) throws -> [TargetStatus]
    {
        let targets = try storedTargets(db, .reported(scope))
        let plans = Dictionary(
            try planSummaries(db, id: scope.plan).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let single = try singleSummaries(db, asOf: date, scope: scope, expectedCount: targets.count)
        let yearly = try yearlySummaries(db, asOf: date, scope: scope)
        var statuses: [TargetStatus] = []
        statuses.reserveCapacity(targets.count)
        for stored in targets {
            let target = stored.target
            let planSummary = plans[stored.planID]
            guard target.recurrence == .annual else {
                statuses.append(
                    status(
                        stored, instanceYear: nil, windowStart: windowStart(of: planSummary),
                        deadline: target.deadline, isSum: target.isIncrement, asOf: date,
                        figures: single[stored.id] ?? FigureSummary()))
                continue
            }
            let years = instanceYears(of: target, in: planSummary, asOf: date)
            if years.isEmpty {
                statuses.append(
                    status(
                        stored, instanceYear: nil, windowStart: nil, deadline: nil, isSum: true,
                        asOf: date, figures: FigureSummary()))
            }
            for year in years {
                statuses.append(
                    status(
                        stored, instanceYear: year, windowStart: .startOfYear(year),
                        deadline: .endOfYear(year), isSum: target.isIncrement, asOf: date,
                        figures: yearly[YearKey(targetID: stored.id, year: year)] ?? FigureSummary()))
            }
        }
        return statuses
    }

    private static func status(
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
    static func windowStart(of plan: PlanSummary?) -> CalendarDay? {
        (plan?.horizon?.startYear ?? plan?.issueDate?.year).map(CalendarDay.startOfYear)
    }

    /// The years a recurring target is judged in: each year of the plan horizon (up to the
    /// target's deadline) that has started by `asOf`, and at least the first one.
    static func instanceYears(of target: Target, in plan: PlanSummary?, asOf: CalendarDay) -> [Int] {
        let firstYear = plan?.horizon?.startYear ?? plan?.issueDate?.year ?? target.deadline?.year
        let lastYear = target.deadline?.year ?? plan?.horizon?.endYear ?? firstYear
        guard let firstYear, let lastYear else { return [] }
        let years = Array(firstYear...max(firstYear, lastYear))
        let started = years.filter { $0 <= asOf.year }
        return started.isEmpty ? [firstYear] : started
    }

    // MARK: - SQL summaries

    private struct YearKey: Hashable {
        var targetID: Int64
        var year: Int
    }

    /// Per non-recurring target: the figures that count at `date`. Increments count the
    /// figures inside their window (plan start to deadline); levels every figure up to `date`.
    private static func singleSummaries(
        _ db: Database, asOf date: CalendarDay, scope: ReportScope, expectedCount: Int
    ) throws -> [Int64: FigureSummary] {
        let rows = try Row.fetchCursor(
            db, sql: singleSummarySQL(scope), arguments: scope.arguments(asOf: date))
        var entries: [Int64: FigureSummary] = [:]
        entries.reserveCapacity(expectedCount)
        while let row = try rows.next() {
            entries[row[0]] = figureSummary(row, from: 1)
        }
        return entries
    }

    /// The SQL of ``singleSummaries(_:asOf:scope:)``, with `:asOf`, `:plan` and `:dueBefore`
    /// arguments.
    ///
    /// One index range search per target gathers count, sum, maximum and the first and last
    /// period ends; two point lookups fetch the first and last figures. This relies on two
    /// invariants kept by ``record(_:replacing:)``: a target's current figures never overlap,
    /// so a period end names one figure; and every period lies inside one calendar year, so
    /// for a window starting on 1 January "starts inside the window" is "ends inside it".
    static func singleSummarySQL(_ scope: ReportScope) -> String {
        """
        WITH scope AS (
            SELECT target.id AS targetID, target.isIncrement,
                CASE
                    WHEN target.isIncrement = 0 THEN '0000-01-01'
                    WHEN plan.horizonStartYear IS NOT NULL
                        THEN CAST(plan.horizonStartYear AS TEXT) || '-01-01'
                    WHEN plan.issueDate IS NOT NULL THEN substr(plan.issueDate, 1, 4) || '-01-01'
                    ELSE '0000-01-01'
                END AS lowerBound,
                CASE WHEN target.isIncrement = 1 AND target.deadline < :asOf
                    THEN target.deadline ELSE :asOf END AS upperBound
            FROM target
            JOIN plan ON plan.id = target.planID
            WHERE target.reviewState <> 'rejected' AND target.recurrence IS NULL
                \(scope.targetConditions)
        ),
        totals AS (
            SELECT scope.targetID, scope.isIncrement, count(entry.id) AS figureCount,
                sum(entry.value) AS total, max(entry.value) AS maximum,
                min(entry.periodEnd) AS firstEnd, max(entry.periodEnd) AS lastEnd
            FROM scope
            LEFT JOIN progressEntry AS entry
                ON entry.targetID = scope.targetID AND entry.replacedAt IS NULL
                AND entry.periodEnd >= scope.lowerBound AND entry.periodEnd <= scope.upperBound
            GROUP BY scope.targetID, scope.isIncrement
        )
        SELECT totals.targetID, totals.figureCount, totals.total, totals.maximum,
            earliest.periodStart AS firstStart, totals.firstEnd, earliest.value AS firstValue,
            latest.periodStart AS lastStart, totals.lastEnd, latest.value AS latestValue
        FROM totals
        LEFT JOIN progressEntry AS latest
            ON latest.targetID = totals.targetID AND latest.replacedAt IS NULL
            AND latest.periodEnd = totals.lastEnd
        LEFT JOIN progressEntry AS earliest
            ON earliest.targetID = totals.targetID AND earliest.replacedAt IS NULL
            AND earliest.periodEnd = totals.firstEnd
        """
    }

    /// Per recurring target and calendar year: the figures whose periods lie inside that year
    /// and end by `date`.
    private static func yearlySummaries(_ db: Database, asOf date: CalendarDay, scope: ReportScope)
        throws -> [YearKey: FigureSummary]
    {
        let rows = try Row.fetchCursor(
            db, sql: yearlySummarySQL(scope), arguments: scope.arguments(asOf: date))
        var summaries: [YearKey: FigureSummary] = [:]
        while let row = try rows.next() {
            summaries[YearKey(targetID: row[0], year: row[1])] = figureSummary(row, from: 2)
        }
        return summaries
    }

    /// The SQL of ``yearlySummaries(_:asOf:scope:)``, with `:asOf` and `:plan` arguments; the
    /// same invariants as ``singleSummarySQL(_:)`` apply.
    static func yearlySummarySQL(_ scope: ReportScope) -> String {
        """
        WITH totals AS (
            SELECT entry.targetID, CAST(substr(entry.periodEnd, 1, 4) AS INTEGER) AS year,
                count(*) AS figureCount, sum(entry.value) AS total, max(entry.value) AS maximum,
                min(entry.periodEnd) AS firstEnd, max(entry.periodEnd) AS lastEnd
            FROM target
            JOIN progressEntry AS entry ON entry.targetID = target.id
            WHERE target.recurrence = 'annual' AND target.reviewState <> 'rejected'
                \(scope.planCondition)
                AND entry.replacedAt IS NULL AND entry.periodEnd <= :asOf
            GROUP BY entry.targetID, substr(entry.periodEnd, 1, 4)
        )
        SELECT totals.targetID, totals.year, totals.figureCount, totals.total, totals.maximum,
            earliest.periodStart AS firstStart, totals.firstEnd, earliest.value AS firstValue,
            latest.periodStart AS lastStart, totals.lastEnd, latest.value AS latestValue
        FROM totals
        LEFT JOIN progressEntry AS latest
            ON latest.targetID = totals.targetID AND latest.replacedAt IS NULL
            AND latest.periodEnd = totals.lastEnd
        LEFT JOIN progressEntry AS earliest
            ON earliest.targetID = totals.targetID AND earliest.replacedAt IS NULL
            AND earliest.periodEnd = totals.firstEnd
        """
    }

    /// Decodes the summary columns that both summary queries select in the same order from
    /// `figureCount` on (at index `first`): count, total, maximum, first start, first end, first
    /// value, last start, last end, latest value. Indices, not names: reports decode millions.
    private static func figureSummary(_ row: Row, from first: Int) -> FigureSummary {
        func period(_ startIndex: Int) -> Period? {
            let start: String? = row[startIndex]
            let end: String? = row[startIndex + 1]
            guard let start = start.flatMap(CalendarDay.stored), let end = end.flatMap(CalendarDay.stored)
            else { return nil }
            return Period(start: start, end: end)
        }
        return FigureSummary(
            count: row[first], total: row[first + 1], maximum: row[first + 2], latest: row[first + 8],
            lastPeriod: period(first + 6), first: row[first + 5], firstPeriod: period(first + 3))
    }
}
