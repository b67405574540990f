import GRDB
import PlanIngest

extension Store {
    /// Records progress figures in one transaction: all of them, or none when one is refused.
    ///
    /// A figure for a (target, period) that already has one is refused unless `replacing`; the
    /// replaced figure then stays in history (see ``progress(ofTarget:includingReplaced:)``) and
    /// its note and source carry over to the new one unless it brings its own. An increment's
    /// (or recurring target's) figure whose period overlaps another current figure (`2024` after
    /// `2024Q1`) is refused, since sums would count it twice; a level is a reading at the end
    /// of each period, so its periods may overlap, but not end on the same day.
    ///
    /// - Parameters:
    ///   - figures: The figures, values in each target's base unit.
    ///   - replacing: Whether a figure may replace the current one for its period.
    /// - Throws: ``StoreError/targetNotFound(reference:plan:candidates:)`` for an unknown target,
    ///   ``StoreError/duplicatePeriod(targetID:period:)`` (or
    ///   ``StoreError/duplicatePeriods(_:)`` listing every one when several are),
    ///   ``StoreError/overlappingPeriod(targetID:period:existing:)``,
    ///   ``StoreError/sameReadingDay(targetID:period:existing:)``,
    ///   ``StoreError/futurePeriod(targetID:period:today:)``,
    ///   ``StoreError/invalidValue(targetID:period:value:)``, ``StoreError/readOnly(path:)``.
    /// - Complexity: O(*n* log *m*) for *n* figures and *m* stored figures.
    public func record(_ figures: [ProgressFigure], replacing: Bool) throws(StoreError) {
        try record(figures, replacing: replacing, today: Clock.today())
    }

    /// Records figures as ``record(_:replacing:)`` does on `today`, for tests whose periods
    /// must not depend on the machine's clock.
    package func record(_ figures: [ProgressFigure], replacing: Bool, today: CalendarDay) throws(StoreError) {
        let now = Clock.timestamp()
        for figure in figures {
            let period = figure.period.description
            guard figure.value.isFinite else {
                throw .invalidValue(targetID: figure.targetID, period: period, value: figure.value)
            }
            guard figure.period.start <= today else {
                throw .futurePeriod(targetID: figure.targetID, period: period, today: today)
            }
        }
        try write { db in
            var duplicates: [TargetPeriod] = []
            for var figure in figures {
                let period = figure.period.description
                guard
                    let kind = try Row.fetchOne(
                        db.cachedStatement(sql: "SELECT isIncrement, recurrence FROM target WHERE id = ?"),
                        arguments: [figure.targetID])
                else {
                    throw StoreError.targetNotFound(
                        reference: String(figure.targetID), plan: nil, candidates: [])
                }
                let addsUpFigures = kind[0] as Bool || (kind[1] as String?) != nil
                let overlapping = try Row.fetchAll(
                    db.cachedStatement(
                        sql: """
                            SELECT id, period, periodEnd, note, source FROM progressEntry
                            WHERE targetID = ? AND replacedAt IS NULL
                                AND periodStart <= ? AND periodEnd >= ?
                            ORDER BY periodEnd
                            """),
                    arguments: [figure.targetID, figure.period.end.iso, figure.period.start.iso])
                var isDuplicate = false
                for row in overlapping {
                    let existing: String = row["period"]
                    guard existing == period else {
                        if addsUpFigures {
                            throw StoreError.overlappingPeriod(
                                targetID: figure.targetID, period: period, existing: existing)
                        }
                        if row["periodEnd"] == figure.period.end.iso {
                            throw StoreError.sameReadingDay(
                                targetID: figure.targetID, period: period, existing: existing)
                        }
                        continue
                    }
                    guard replacing else {
                        duplicates.append(TargetPeriod(targetID: figure.targetID, period: period))
                        isDuplicate = true
                        continue
                    }
                    figure.note = figure.note ?? row["note"]
                    figure.source = figure.source ?? row["source"]
                    let id: Int64 = row["id"]
                    try db.cachedStatement(
                        sql: "UPDATE progressEntry SET replacedAt = ? WHERE id = ?"
                    ).execute(arguments: [now, id])
                }
                if isDuplicate { continue }
                try db.cachedStatement(
                    sql: """
                        INSERT INTO progressEntry (targetID, period, periodStart, periodEnd, value,
                            note, source, recordedAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(arguments: [
                    figure.targetID, period, figure.period.start.iso, figure.period.end.iso,
                    figure.value, figure.note, figure.source, now,
                ])
            }
            if duplicates.count == 1 {
                throw StoreError.duplicatePeriod(
                    targetID: duplicates[0].targetID, period: duplicates[0].period)
            }
            if !duplicates.isEmpty { throw StoreError.duplicatePeriods(duplicates) }
            try Store.refreshProgressYears(of: Set(figures.map(\.targetID)).sorted(), db)
        }
    }

    /// A target's figures ordered by period (then by when they were recorded): the current
    /// ones, and the replaced ones too when `includingReplaced`.
    ///
    /// - Parameters:
    ///   - id: The target.
    ///   - includingReplaced: Whether to list replaced figures as well.
    /// - Complexity: O(*m*) for *m* figures of the target.
    public func progress(ofTarget id: Int64, includingReplaced: Bool) throws(StoreError)
        -> [ProgressRecord]
    {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, targetID, period, value, note, source, recordedAt, replacedAt
                    FROM progressEntry
                    WHERE targetID = ? AND (? OR replacedAt IS NULL)
                    ORDER BY periodEnd, periodStart, id
                    """,
                arguments: [id, includingReplaced])
            return try rows.map { row in
                let text: String = row["period"]
                guard let period = Period(text) else {
                    throw DatabaseError(
                        message: "progress entry \(row["id"] as Int64) has an unknown period \"\(text)\"")
                }
                return ProgressRecord(
                    id: row["id"], targetID: row["targetID"], period: period, value: row["value"],
                    note: row["note"], source: row["source"], recordedAt: row["recordedAt"],
                    replacedAt: row["replacedAt"])
            }
        }
    }
}
