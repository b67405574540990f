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
    /// their order.
    init(columnsOf statement: SQLiteStatement) {
        self.init(
            year: Int(sqlite3_column_int64(statement, 1)),
            summary: FigureSummary(columnsOf: statement, from: 2))
    }
}

extension FigureSummary {
    /// Decodes the summary columns of `progressYear` (count, total, maximum, first start, first
    /// end, first value, last start, last end, last value; days as YYYYMMDD) from column
    /// `first` of a statement's current row, straight from SQLite: reports decode millions.
    init(columnsOf statement: SQLiteStatement, from first: Int) {
        func integer(_ offset: Int) -> Int { Int(sqlite3_column_int64(statement, Int32(first + offset))) }
        func double(_ offset: Int) -> Double { sqlite3_column_double(statement, Int32(first + offset)) }
        func period(_ offset: Int) -> Period? {
            guard let start = CalendarDay(compact: integer(offset)),
                let end = CalendarDay(compact: integer(offset + 1))
            else { return nil }
            return Period(start: start, end: end)
        }
        self.init(
            count: integer(0), total: double(1), maximum: double(2), latest: double(8),
            lastPeriod: period(6), first: double(5), firstPeriod: period(3))
    }

    /// Whether every figure counted here ends from `from` (any day when `nil`) through
    /// `through`, so that they are exactly a window's figures.
    func liesWithin(from: CalendarDay?, through: CalendarDay) -> Bool {
        guard let firstEnd = firstPeriod?.end, let lastEnd = lastPeriod?.end else { return count == 0 }
        return from.map { firstEnd >= $0 } != false && lastEnd <= through
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
    static func combining(_ years: [YearFigures], from: CalendarDay?, through: CalendarDay) -> FigureSummary?
    {
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
