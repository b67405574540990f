import PlanIngest

/// One target's current figures in one calendar year, as `progressYear` sums them up.
struct YearFigures: Sendable, Hashable {
    /// The calendar year the figures' periods lie in.
    var year: Int
    /// Their count, sum, maximum, first and last figure.
    var summary: FigureSummary
}

extension FigureSummary {
    /// The figures of `years` (in year order) whose periods end from `from` through `through`,
    /// or `nil` when a year has figures on both sides of a bound: only the figures themselves
    /// can settle that.
    ///
    /// - Parameters:
    ///   - from: The first day counted; `nil` counts every earlier figure.
    ///   - through: The last day counted.
    static func combining(_ years: [YearFigures], from: CalendarDay?, through: CalendarDay) -> FigureSummary? {
        var combined = FigureSummary()
        for year in years {
            guard let firstEnd = year.summary.firstPeriod?.end, let lastEnd = year.summary.lastPeriod?.end
            else { continue }
            if firstEnd > through || from.map({ lastEnd < $0 }) == true { continue }
            guard lastEnd <= through, from.map({ firstEnd >= $0 }) != false else { return nil }
            combined.append(year.summary)
        }
        return combined
    }

    /// Adds the figures of a later stretch of time.
    private mutating func append(_ later: FigureSummary) {
        guard count > 0 else {
            self = later
            return
        }
        count += later.count
        total = (total ?? 0) + (later.total ?? 0)
        maximum = [maximum, later.maximum].compactMap { $0 }.max()
        latest = later.latest
        lastPeriod = later.lastPeriod
    }
}
