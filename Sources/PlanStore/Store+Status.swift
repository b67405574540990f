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
        try read { db in try Store.statuses(db, asOf: date, plan: plan) }
    }

    /// Targets (and recurring instances) past their deadline and not met as of `date`, most
    /// overdue first: overdue ones, breached caps, and those without any figure (`no data`,
    /// with `achieved` nil).
    ///
    /// - Parameter date: The as-of date.
    /// - Complexity: O(*t* log *m*) for *t* targets and *m* figures.
    public func overdueTargets(asOf date: CalendarDay) throws(StoreError) -> [TargetStatus] {
        let all = try read { db in try Store.statuses(db, asOf: date, plan: nil) }
        let overdue = all.filter { status in
            guard let deadline = status.deadline, deadline < date else { return false }
            return [.overdue, .noData, .breached].contains(status.state)
        }
        return overdue.enumerated().sorted { left, right in
            let (a, b) = (left.element.daysOverdue ?? 0, right.element.daysOverdue ?? 0)
            return a != b ? a > b : left.offset < right.offset
        }.map(\.element)
    }

    /// The statuses of one plan's targets, or of every plan's.
    static func statuses(_ db: Database, asOf date: CalendarDay, plan: Int64?) throws -> [TargetStatus] {
        let targets = try storedTargets(db, .reported(plan: plan))
        let plans = Dictionary(
            try planSummaries(db, id: plan).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let single = try singleSummaries(db, asOf: date, plan: plan)
        let yearly = try yearlySummaries(db, asOf: date, plan: plan)
        var statuses: [TargetStatus] = []
        statuses.reserveCapacity(targets.count)
        for stored in targets {
            let target = stored.target
            let planSummary = plans[stored.planID]
            guard target.recurrence == .annual else {
                let entry = single[stored.id]
                statuses.append(
                    status(
                        stored, instanceYear: nil, windowStart: entry?.windowStart,
                        deadline: target.deadline, isSum: target.isIncrement, asOf: date,
                        figures: entry?.figures ?? FigureSummary()))
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

    private struct SingleEntry {
        var windowStart: CalendarDay?
        var figures: FigureSummary
    }

    private struct YearKey: Hashable {
        var targetID: Int64
        var year: Int
    }

    /// Per non-recurring target: the figures that count at `date`. Increments count the
    /// figures inside their window (plan start to deadline); levels every figure up to `date`.
    private static func singleSummaries(_ db: Database, asOf date: CalendarDay, plan: Int64?)
        throws -> [Int64: SingleEntry]
    {
        let rows = try Row.fetchCursor(
            db, sql: singleSummarySQL(forOnePlan: plan != nil),
            arguments: ["asOf": date.iso, "plan": plan])
        var entries: [Int64: SingleEntry] = [:]
        while let row = try rows.next() {
            let windowStart: String? = row["windowStart"]
            entries[row["targetID"]] = SingleEntry(
                windowStart: windowStart.flatMap { CalendarDay(iso: $0) },
                figures: figureSummary(row))
        }
        return entries
    }

    /// The SQL of ``singleSummaries(_:asOf:plan:)``, with `:asOf` and `:plan` arguments; the
    /// plan condition is left out for all plans so that SQLite can use the plan index when
    /// there is one.
    static func singleSummarySQL(forOnePlan: Bool) -> String {
        let planCondition = forOnePlan ? "AND target.planID = :plan" : ""
        return """
            WITH scope AS (
                SELECT target.id AS targetID, planWindow.windowStart,
                    CASE WHEN target.isIncrement = 1 AND planWindow.windowStart IS NOT NULL
                        THEN planWindow.windowStart ELSE '0000-01-01' END AS lowerBound,
                    CASE WHEN target.isIncrement = 1 AND target.deadline < :asOf
                        THEN target.deadline ELSE :asOf END AS upperBound
                FROM target
                JOIN (
                    SELECT plan.id AS planID,
                        CASE
                            WHEN plan.horizonStartYear IS NOT NULL
                                THEN CAST(plan.horizonStartYear AS TEXT) || '-01-01'
                            WHEN plan.issueDate IS NOT NULL
                                THEN substr(plan.issueDate, 1, 4) || '-01-01'
                        END AS windowStart
                    FROM plan
                ) AS planWindow ON planWindow.planID = target.planID
                WHERE target.reviewState <> 'rejected' AND target.recurrence IS NULL
                    \(planCondition)
            )
            SELECT scope.targetID, scope.windowStart,
                count(entry.id) AS figureCount, sum(entry.value) AS total,
                max(entry.value) AS maximum,
                (SELECT latest.value FROM progressEntry AS latest
                    WHERE latest.targetID = scope.targetID AND latest.replacedAt IS NULL
                        AND latest.periodEnd <= scope.upperBound
                        AND latest.periodStart >= scope.lowerBound
                    ORDER BY latest.periodEnd DESC, latest.periodStart DESC LIMIT 1) AS latestValue,
                (SELECT latest.period FROM progressEntry AS latest
                    WHERE latest.targetID = scope.targetID AND latest.replacedAt IS NULL
                        AND latest.periodEnd <= scope.upperBound
                        AND latest.periodStart >= scope.lowerBound
                    ORDER BY latest.periodEnd DESC, latest.periodStart DESC LIMIT 1) AS lastPeriod,
                (SELECT earliest.value FROM progressEntry AS earliest
                    WHERE earliest.targetID = scope.targetID AND earliest.replacedAt IS NULL
                        AND earliest.periodEnd <= scope.upperBound
                        AND earliest.periodStart >= scope.lowerBound
                    ORDER BY earliest.periodEnd, earliest.periodStart LIMIT 1) AS firstValue,
                (SELECT earliest.period FROM progressEntry AS earliest
                    WHERE earliest.targetID = scope.targetID AND earliest.replacedAt IS NULL
                        AND earliest.periodEnd <= scope.upperBound
                        AND earliest.periodStart >= scope.lowerBound
                    ORDER BY earliest.periodEnd, earliest.periodStart LIMIT 1) AS firstPeriod
            FROM scope
            LEFT JOIN progressEntry AS entry
                ON entry.targetID = scope.targetID AND entry.replacedAt IS NULL
                AND entry.periodEnd <= scope.upperBound AND entry.periodStart >= scope.lowerBound
            GROUP BY scope.targetID, scope.windowStart, scope.lowerBound, scope.upperBound
            """
    }

    /// Per recurring target and calendar year: the figures whose periods lie inside that year
    /// and end by `date`.
    private static func yearlySummaries(_ db: Database, asOf date: CalendarDay, plan: Int64?)
        throws -> [YearKey: FigureSummary]
    {
        let rows = try Row.fetchCursor(
            db, sql: yearlySummarySQL(forOnePlan: plan != nil),
            arguments: ["asOf": date.iso, "plan": plan])
        var summaries: [YearKey: FigureSummary] = [:]
        while let row = try rows.next() {
            summaries[YearKey(targetID: row["targetID"], year: row["year"])] = figureSummary(row)
        }
        return summaries
    }

    /// The SQL of ``yearlySummaries(_:asOf:plan:)``, with `:asOf` and `:plan` arguments.
    static func yearlySummarySQL(forOnePlan: Bool) -> String {
        let planCondition = forOnePlan ? "AND target.planID = :plan" : ""
        return """
            WITH yearly AS (
                SELECT entry.targetID, CAST(substr(entry.periodEnd, 1, 4) AS INTEGER) AS year,
                    entry.value, entry.period,
                    row_number() OVER (
                        PARTITION BY entry.targetID, substr(entry.periodEnd, 1, 4)
                        ORDER BY entry.periodEnd DESC, entry.periodStart DESC) AS recency,
                    row_number() OVER (
                        PARTITION BY entry.targetID, substr(entry.periodEnd, 1, 4)
                        ORDER BY entry.periodEnd, entry.periodStart) AS seniority
                FROM target
                JOIN progressEntry AS entry ON entry.targetID = target.id
                WHERE target.recurrence = 'annual' AND target.reviewState <> 'rejected'
                    \(planCondition)
                    AND entry.replacedAt IS NULL AND entry.periodEnd <= :asOf
                    AND substr(entry.periodStart, 1, 4) = substr(entry.periodEnd, 1, 4)
            )
            SELECT targetID, year, count(*) AS figureCount, sum(value) AS total,
                max(value) AS maximum,
                max(CASE WHEN recency = 1 THEN value END) AS latestValue,
                max(CASE WHEN recency = 1 THEN period END) AS lastPeriod,
                max(CASE WHEN seniority = 1 THEN value END) AS firstValue,
                max(CASE WHEN seniority = 1 THEN period END) AS firstPeriod
            FROM yearly
            GROUP BY targetID, year
            """
    }

    private static func figureSummary(_ row: Row) -> FigureSummary {
        let lastPeriod: String? = row["lastPeriod"]
        let firstPeriod: String? = row["firstPeriod"]
        return FigureSummary(
            count: row["figureCount"], total: row["total"], maximum: row["maximum"],
            latest: row["latestValue"], lastPeriod: lastPeriod.flatMap { Period($0) },
            first: row["firstValue"], firstPeriod: firstPeriod.flatMap { Period($0) })
    }
}
