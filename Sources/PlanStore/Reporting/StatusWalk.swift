import GRDB
import GRDBSQLite
import PlanIngest

/// One pass over the targets of a report scope in id order, with their responsible units,
/// statements and yearly figures read alongside, judging each target (and each year of a
/// recurring one) as it goes.
///
/// A target's counted figures come from its yearly summaries (`progressYear`) when its window
/// holds whole years of them, which is the rule for windows from 1 January to a year's end or to
/// a date after the last figure; otherwise from its figures, through the report index. A change
/// from a base year reads its yearly summaries for the base level (``BaseYearChange``).
struct StatusWalk {
    private let db: Database
    private let date: CalendarDay
    private let scope: ReportScope
    private let plans: [Int64: ReportPlan]
    private let withSources: Bool
    private let yearsStatement: Statement

    /// - Parameters:
    ///   - db: A connection in a read transaction.
    ///   - date: The as-of date.
    ///   - scope: Which targets.
    ///   - plans: The plans of those targets, by id.
    ///   - withSources: Whether to read each target's statements.
    init(
        _ db: Database, asOf date: CalendarDay, scope: ReportScope, plans: [Int64: ReportPlan],
        withSources: Bool
    ) throws {
        self.db = db
        self.date = date
        self.scope = scope
        self.plans = plans
        self.withSources = withSources
        yearsStatement = try db.makeStatement(sql: StatusWalk.yearsOfTargetSQL)
    }

    /// Calls `body` with each status, by target id and instance year.
    func forEach(_ body: (TargetStatus) throws -> Void) throws {
        let targetStatement = try db.makeStatement(sql: StatusWalk.targetsSQL(scope))
        let targets = try Row.fetchCursor(targetStatement, arguments: scope.arguments(asOf: date))
        let targetColumns = StatementColumns(statement: targetStatement.sqliteStatement)
        // Found by name: the target columns before it may grow.
        guard let totalColumn = targetStatement.index(ofColumn: StatusWalk.totalColumnName) else {
            throw DatabaseError(message: "the report query has no column \(StatusWalk.totalColumnName)")
        }
        var units = try TargetCursor(rows(StatusWalk.unitsSQL(scope))) { row in
            ResponsibleUnit(name: row[1], isLead: row[2])
        }
        var sources =
            withSources
            ? try TargetCursor(rows(StatusWalk.sourcesSQL(scope))) { row in
                let start: Int = row[2]
                let end: Int = row[3]
                return TargetSource(quote: row[1], span: TextSpan(start: start, end: max(start, end)))
            } : nil
        // Targets come plan after plan: each plan is looked up once per run of its targets.
        var currentPlan: (id: Int64, plan: ReportPlan?)?
        while try targets.next() != nil {
            let id = targetColumns.integer(0)
            var stored = try Store.storedTarget(
                targetColumns, sources: try sources?.values(of: id) ?? [],
                responsible: try units.values(of: id))
            if currentPlan?.id != stored.planID { currentPlan = (stored.planID, plans[stored.planID]) }
            stored.planTitle = currentPlan?.plan?.title
            let total =
                targetColumns.isNull(totalColumn)
                ? nil : FigureSummary(columnsOf: targetColumns.statement, from: totalColumn)
            try judge(stored, of: currentPlan?.plan, total: total, body)
        }
    }

    private func rows(_ sql: String) throws -> RowCursor {
        try Row.fetchCursor(db, sql: sql, arguments: scope.arguments(asOf: date))
    }

    // MARK: - SQL

    /// The targets of `scope` in id order, with the arguments of the scope, and the summary
    /// of all their figures from the column named ``totalColumnName`` on; their plans' titles
    /// come from the plans read once.
    static func targetsSQL(_ scope: ReportScope) -> String {
        """
        SELECT \(Store.targetColumns(planTitle: "NULL")), total.figureCount AS \(totalColumnName),
            total.total, total.maximum,
            total.firstStart, total.firstEnd, total.firstValue, total.lastStart, total.lastEnd,
            total.lastValue
        FROM target
        LEFT JOIN progressYear AS total
            ON total.targetID = target.id AND total.periodYear = \(Store.allYears)
        WHERE target.reviewState <> 'rejected' AND target.retiredAt IS NULL \(scope.targetConditions)
        ORDER BY target.id
        """
    }

    /// Responsible units by target, lead first, with the arguments of the scope.
    static func unitsSQL(_ scope: ReportScope) -> String {
        byTarget(
            """
            SELECT targetResponsibleUnit.targetID, responsibleUnit.name, targetResponsibleUnit.isLead
            FROM targetResponsibleUnit
            JOIN responsibleUnit ON responsibleUnit.id = targetResponsibleUnit.responsibleUnitID
            """,
            targetColumn: "targetResponsibleUnit.targetID",
            order: "targetResponsibleUnit.targetID, targetResponsibleUnit.position", scope: scope)
    }

    /// Statements by target, in order of appearance, with the arguments of the scope.
    static func sourcesSQL(_ scope: ReportScope) -> String {
        byTarget(
            "SELECT targetID, quote, startOffset, endOffset FROM targetSource", targetColumn: "targetID",
            order: "targetID, startOffset, id", scope: scope)
    }

    /// The first column of the summary of all a target's figures in ``targetsSQL(_:)``.
    static let totalColumnName = "totalFigureCount"

    /// One target's yearly summaries, in year order.
    static let yearsOfTargetSQL = """
        SELECT \(Store.progressYearColumns) FROM progressYear
        WHERE targetID = ? AND periodYear > \(Store.allYears)
        ORDER BY periodYear
        """

    /// Rows of `select` ordered by target: those of the scope's plan and id range, read in one
    /// pass.
    private static func byTarget(_ select: String, targetColumn: String, order: String, scope: ReportScope)
        -> String
    {
        let planCondition =
            scope.plan == nil
            ? nil : "\(targetColumn) IN (SELECT target.id FROM target WHERE target.planID = :plan)"
        let conditions = [planCondition, scope.idRangeCondition(column: targetColumn)].compactMap { $0 }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return "\(select) \(filter) ORDER BY \(order)"
    }

    /// The status of a target, or one per year instance of a recurring one, from the summary
    /// of all its figures (`nil` when it has none); its yearly summaries are read only when a
    /// window leaves some of its figures out.
    private func judge(
        _ stored: StoredTarget, of plan: ReportPlan?, total: FigureSummary?,
        _ body: (TargetStatus) throws -> Void
    ) throws {
        var years: [YearFigures]?
        func figures(from: CalendarDay?, through: CalendarDay) throws -> FigureSummary {
            guard let total else { return FigureSummary() }
            if total.liesWithin(from: from, through: through) { return total }
            let loaded = try years ?? yearsOfTarget(stored.id)
            years = loaded
            return try self.figures(of: stored.id, loaded, from: from, through: through)
        }
        let target = stored.statement
        if let baseYear = target.baseYear {
            // A change from a base year reads levels: the base year's and the latest after it.
            let loaded = total == nil ? [] : try years ?? yearsOfTarget(stored.id)
            years = loaded
            func judged(_ instanceYear: Int?, base: Int, deadline: CalendarDay?) throws -> TargetStatus {
                let through = deadline.map { min(date, $0) } ?? date
                return BaseYearChange.status(
                    stored, instanceYear: instanceYear, baseYear: base, deadline: deadline, asOf: date,
                    years: loaded,
                    levels: try figures(from: CalendarDay.startOfYear(base + 1), through: through))
            }
            guard target.recurrence == .annual else {
                return try body(judged(nil, base: baseYear, deadline: target.deadline))
            }
            for year in Store.instanceYears(of: target, in: plan, asOf: date) {
                try body(judged(year, base: year - 1, deadline: CalendarDay.endOfYear(year)))
            }
            return
        }
        guard target.recurrence == .annual else {
            let windowStart = Store.windowStart(of: plan)
            let through = target.isIncrement ? min(date, target.deadline ?? date) : date
            let figures = try figures(from: target.isIncrement ? windowStart : nil, through: through)
            try body(
                Store.status(
                    stored, instanceYear: nil, windowStart: windowStart, deadline: target.deadline,
                    isSum: target.isIncrement, asOf: date, figures: figures))
            return
        }
        let instanceYears = Store.instanceYears(of: target, in: plan, asOf: date)
        if instanceYears.isEmpty {
            try body(
                Store.status(
                    stored, instanceYear: nil, windowStart: nil, deadline: nil, isSum: true, asOf: date,
                    figures: FigureSummary()))
        }
        for year in instanceYears {
            let start = CalendarDay.startOfYear(year)
            let end = CalendarDay.endOfYear(year)
            let figures = try figures(from: start, through: min(date, end))
            try body(
                Store.status(
                    stored, instanceYear: year, windowStart: start, deadline: end,
                    isSum: target.isIncrement, asOf: date, figures: figures))
        }
    }

    /// A target's yearly summaries, in year order, read through SQLite's C interface on a
    /// statement prepared once per walk: a report may ask for a hundred thousand targets' years.
    private func yearsOfTarget(_ id: Int64) throws -> [YearFigures] {
        let statement = yearsStatement.sqliteStatement
        sqlite3_reset(statement)
        sqlite3_bind_int64(statement, 1, id)
        var years: [YearFigures] = []
        years.reserveCapacity(8)
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW: years.append(YearFigures(columnsOf: statement))
            case SQLITE_DONE: return years
            case let code:
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
            }
        }
    }

    /// The target's figures whose periods end from `from` (any when `nil`) through `through`.
    private func figures(of id: Int64, _ years: [YearFigures], from: CalendarDay?, through: CalendarDay)
        throws -> FigureSummary
    {
        if let summary = FigureSummary.combining(years, from: from, through: through) { return summary }
        let row = try Row.fetchOne(
            db.cachedStatement(sql: StatusWalk.windowSQL),
            arguments: ["target": id, "from": from?.iso ?? "0000-01-01", "through": through.iso])
        return row.map { StatusWalk.windowSummary($0) } ?? FigureSummary()
    }

    /// One target's figures whose periods end from `:from` through `:through`: one index range
    /// search gathers count, sum, maximum and the first and last period ends; two point lookups
    /// fetch the first and last figures. A target's current figures never overlap, so a period
    /// end names one figure.
    static let windowSQL = """
        WITH totals AS (
            SELECT count(*) AS figureCount, sum(value) AS total, max(value) AS maximum,
                min(periodEnd) AS firstEnd, max(periodEnd) AS lastEnd
            FROM progressEntry
            WHERE targetID = :target AND replacedAt IS NULL
                AND periodEnd >= :from AND periodEnd <= :through
        )
        SELECT totals.figureCount, totals.total, totals.maximum,
            earliest.periodStart AS firstStart, totals.firstEnd, earliest.value AS firstValue,
            latest.periodStart AS lastStart, totals.lastEnd, latest.value AS latestValue
        FROM totals
        LEFT JOIN progressEntry AS latest
            ON latest.targetID = :target AND latest.replacedAt IS NULL
            AND latest.periodEnd = totals.lastEnd
        LEFT JOIN progressEntry AS earliest
            ON earliest.targetID = :target AND earliest.replacedAt IS NULL
            AND earliest.periodEnd = totals.firstEnd
        """

    /// Decodes the columns of ``windowSQL``: count, total, maximum, first start, first end, first
    /// value, last start, last end, latest value.
    static func windowSummary(_ row: Row) -> FigureSummary {
        func period(_ startIndex: Int) -> Period? {
            let start: String? = row[startIndex]
            let end: String? = row[startIndex + 1]
            guard let start = start.flatMap(CalendarDay.stored), let end = end.flatMap(CalendarDay.stored)
            else { return nil }
            return Period(start: start, end: end)
        }
        return FigureSummary(
            count: row[0], total: row[1], maximum: row[2], latest: row[8], lastPeriod: period(6),
            first: row[5], firstPeriod: period(3))
    }
}
