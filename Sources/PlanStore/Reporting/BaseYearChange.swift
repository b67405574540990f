import PlanIngest

/// How a change from a base year (`比2020年下降13.5%`, `较上年增长8%`) is judged: its figures
/// are levels, and what it has achieved is the change from the level of its base year to the
/// latest level.
///
/// The base is the last figure logged in the base year (the 2020 figure, or 2020Q4 when the
/// year was logged by quarters), else the baseline given with `targets edit --baseline` for
/// that year. A growth rate changes by `(latest − base) / base` in percent, a change in points
/// by `latest − base`; a fall is signed like every reduction. The change is then judged as an
/// increment counted from the end of the base year: met once it reaches the value, and on
/// pace along the straight line from no change at the end of the base year to the value at
/// the deadline.
///
/// ```swift
/// // 单位地区生产总值能耗比2020年下降13.5%: 0.60 in 2020, 0.54 in 2023
/// BaseYearChange.change(of: target, from: 0.60, to: 0.54)  // -10
/// ```
enum BaseYearChange {
    /// The change from `base` to `latest` in the target's unit, or `nil` for a rate of change
    /// from a base of 0. A rate is kept to two decimals (-14.52 %, not -14.516129 %): finer
    /// than any statistic it is computed from.
    static func change(of target: Target, from base: Double, to latest: Double) -> Double? {
        if target.kind == .delta || target.unit == .percentagePoint { return latest - base }
        guard abs(base) > StatusRule.tolerance else { return nil }
        return ((latest - base) / abs(base) * 10_000).rounded() / 100
    }

    /// The base level of `baseYear`: the last figure of that year among `years` when its period
    /// has ended by `asOf`, else a baseline the target was given for that year (or for no year).
    static func base(of target: Target, in baseYear: Int, years: [YearFigures], asOf: CalendarDay) -> Double?
    {
        if let logged = years.first(where: { $0.year == baseYear }), logged.summary.count > 0,
            let latest = logged.summary.latest, let period = logged.summary.lastPeriod, period.end <= asOf
        {
            return latest
        }
        guard let given = target.baseline, given.year == nil || given.year == baseYear else { return nil }
        return given.value
    }

    /// The status of `stored` (or of its instance `instanceYear`) measured from the level of
    /// `baseYear`, with `levels` the figures logged after the base year up to the as-of date.
    static func status(
        _ stored: StoredTarget, instanceYear: Int?, baseYear: Int, deadline: CalendarDay?, asOf: CalendarDay,
        years: [YearFigures], levels: FigureSummary
    ) -> TargetStatus {
        let target = stored.statement
        let pathStart = CalendarDay.endOfYear(baseYear)
        guard let base = base(of: target, in: baseYear, years: years, asOf: asOf) else {
            guard pathStart <= asOf else {
                // Before its base year ends nothing is due: no data, as for any target.
                return Store.status(
                    stored, instanceYear: instanceYear, windowStart: pathStart, deadline: deadline,
                    isSum: true,
                    asOf: asOf, figures: FigureSummary())
            }
            return TargetStatus(
                target: stored, instanceYear: instanceYear, windowStart: pathStart, deadline: deadline,
                achieved: nil, gap: nil, percentAchieved: nil, state: .noBaseline, daysOverdue: nil,
                lastPeriod: levels.lastPeriod)
        }
        var counted = FigureSummary()
        if levels.count > 0, let latest = levels.latest,
            let change = change(of: target, from: base, to: latest)
        {
            counted = FigureSummary(
                count: 1, total: change, maximum: change, latest: change, lastPeriod: levels.lastPeriod,
                first: change, firstPeriod: levels.lastPeriod)
        }
        return Store.status(
            stored, instanceYear: instanceYear, windowStart: pathStart, deadline: deadline, isSum: true,
            asOf: asOf, figures: counted)
    }
}

extension TargetStatus {
    /// The year whose level this change is measured from (the year before the instance for a
    /// recurring target), or `nil` when it is no change from a base year.
    public var baseYear: Int? {
        guard let stated = target.statement.baseYear else { return nil }
        guard target.statement.recurrence == .annual else { return stated }
        return instanceYear.map { $0 - 1 } ?? stated
    }

    /// Whether this is a change from a base year that has not ended by `date`: no level it
    /// reads can be asked for yet (`比上年增长8%` due 2025, judged in 2021).
    ///
    /// - Parameter date: The day the status is judged at.
    /// - Returns: `true` until the last day of the base year has passed.
    public func awaitsBaseYear(asOf date: CalendarDay) -> Bool {
        guard let baseYear else { return false }
        return CalendarDay.endOfYear(baseYear) > date
    }
}
