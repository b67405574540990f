import GRDB
import GRDBSQLite
import PlanIngest

/// One target's current figures in one calendar year, as `progressYear` sums them up.
struct YearFigures: Sendable, Hashable {
    /// The calendar year the figures' periods lie in.
    var year: Int
    /// Their count, sum, maximum, first and last figure.
    var summary: FigureSummary
}

extension YearFigures {
    /// Decodes the current row of a statement that selects the columns of `progressYear` in
    /// their order, straight from SQLite: reports decode millions.
    init(columnsOf statement: SQLiteStatement) {
        func integer(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }
        func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }
        func period(_ column: Int32) -> Period? {
            guard let start = CalendarDay(compact: integer(column)),
                let end = CalendarDay(compact: integer(column + 1))
            else { return nil }
            return Period(start: start, end: end)
        }
        self.init(
            year: integer(1),
            summary: FigureSummary(
                count: integer(2), total: double(3), maximum: double(4), latest: double(10),
                lastPeriod: period(8), first: double(7), firstPeriod: period(5)))
    }
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
