import GRDB

extension Store {
    /// Rewrites the summaries (`progressYear`: one per calendar year, and the one over all
    /// years) of these targets from their current figures; called in the transaction that
    /// changed the figures.
    ///
    /// - Complexity: O(*m*) for *m* figures of the targets.
    static func refreshProgressYears(of targetIDs: some Collection<Int64>, _ db: Database) throws {
        for targetID in targetIDs {
            try db.cachedStatement(sql: "DELETE FROM progressYear WHERE targetID = ?")
                .execute(arguments: [targetID])
            try db.cachedStatement(
                sql: """
                    INSERT INTO progressYear (\(progressYearColumns))
                    \(progressSummarySelect(figures: "targetID = :target AND replacedAt IS NULL"))
                    """
            ).execute(arguments: ["target": targetID])
        }
    }

    /// Rebuilds every summary from the figures, for a database filled by other means
    /// than the store (the benchmark's generator).
    package static func rebuildProgressYears(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM progressYear")
        try db.execute(
            sql:
                "INSERT INTO progressYear (\(progressYearColumns)) \(progressSummarySelect(figures: "replacedAt IS NULL"))"
        )
    }

    /// The summaries that disagree with the current figures, as `the yearly summary of target
    /// N, year Y` or `the summary of target N`; empty when all agree.
    static func staleProgressYears(_ db: Database) throws -> [String] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT fresh.targetID, fresh.periodYear
                FROM (\(progressSummarySelect(figures: "replacedAt IS NULL"))) AS fresh
                LEFT JOIN progressYear AS stored
                    ON stored.targetID = fresh.targetID AND stored.periodYear = fresh.periodYear
                WHERE stored.targetID IS NULL OR stored.figureCount <> fresh.figureCount
                    OR abs(stored.total - fresh.total) > 1e-6 * (1 + abs(fresh.total))
                    OR stored.maximum <> fresh.maximum OR stored.firstStart <> fresh.firstStart
                    OR stored.firstEnd <> fresh.firstEnd OR stored.firstValue <> fresh.firstValue
                    OR stored.lastStart <> fresh.lastStart OR stored.lastEnd <> fresh.lastEnd
                    OR stored.lastValue <> fresh.lastValue
                UNION
                SELECT stored.targetID, stored.periodYear
                FROM progressYear AS stored
                WHERE NOT EXISTS (
                    SELECT 1 FROM progressEntry AS entry
                    WHERE entry.targetID = stored.targetID AND entry.replacedAt IS NULL
                        AND (stored.periodYear = \(allYears)
                            OR entry.periodEnd BETWEEN CAST(stored.periodYear AS TEXT) || '-01-01'
                                AND CAST(stored.periodYear AS TEXT) || '-12-31'))
                ORDER BY 1, 2
                """)
        return rows.map { row in
            let year: Int = row[1]
            let target: Int64 = row[0]
            return year == allYears
                ? "the summary of target \(target)" : "the yearly summary of target \(target), year \(year)"
        }
    }

    /// A `YYYY-MM-DD` column as the integer YYYYMMDD.
    private static func compactDay(_ column: String) -> String {
        "CAST(replace(\(column), '-', '') AS INTEGER)"
    }

    /// The `periodYear` of the summary over all years.
    static let allYears = 0

    /// The columns of `progressYear`, in the order ``progressSummarySelect(figures:)``
    /// yields them.
    static let progressYearColumns = """
        targetID, periodYear, figureCount, total, maximum, firstStart, firstEnd, firstValue,
            lastStart, lastEnd, lastValue
        """

    /// The summaries of the figures matching `condition` (an SQL condition over
    /// `progressEntry`): count, sum, maximum, and the first and last figure by period end, per
    /// target and calendar year and per target over all years (``allYears``); days as YYYYMMDD
    /// integers. A target's current figures never overlap, so a period end names one figure.
    static func progressSummarySelect(figures condition: String) -> String {
        """
        WITH totals AS (
            SELECT targetID, CAST(substr(periodEnd, 1, 4) AS INTEGER) AS periodYear,
                count(*) AS figureCount, sum(value) AS total, max(value) AS maximum,
                min(periodEnd) AS firstEnd, max(periodEnd) AS lastEnd
            FROM progressEntry WHERE \(condition)
            GROUP BY targetID, CAST(substr(periodEnd, 1, 4) AS INTEGER)
            UNION ALL
            SELECT targetID, \(allYears), count(*), sum(value), max(value), min(periodEnd), max(periodEnd)
            FROM progressEntry WHERE \(condition)
            GROUP BY targetID
        )
        SELECT totals.targetID, totals.periodYear, totals.figureCount, totals.total, totals.maximum,
            \(compactDay("earliest.periodStart")) AS firstStart, \(compactDay("totals.firstEnd")) AS firstEnd,
            earliest.value AS firstValue, \(compactDay("latest.periodStart")) AS lastStart,
            \(compactDay("totals.lastEnd")) AS lastEnd, latest.value AS lastValue
        FROM totals
        JOIN progressEntry AS earliest
            ON earliest.targetID = totals.targetID AND earliest.replacedAt IS NULL
            AND earliest.periodEnd = totals.firstEnd
        JOIN progressEntry AS latest
            ON latest.targetID = totals.targetID AND latest.replacedAt IS NULL
            AND latest.periodEnd = totals.lastEnd
        """
    }
}
