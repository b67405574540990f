import GRDB
import PlanIngest

extension Store {
    /// Targets nobody has reviewed yet (still `extracted` and not retired), by plan then order
    /// of appearance.
    ///
    /// - Parameter plan: Only this plan's targets.
    /// - Complexity: O(*t*) for *t* targets of the plan (or of all plans).
    public func unreviewedTargets(inPlan plan: Int64?) throws(StoreError) -> [StoredTarget] {
        try targets(matching: TargetFilter(plan: plan)).filter {
            $0.reviewState == .extracted && !$0.isRetired
        }
    }

    /// Marks targets as confirmed by a person, in one transaction.
    ///
    /// - Parameters:
    ///   - ids: The targets confirmed.
    ///   - person: Who confirmed them, e.g. `$USER`.
    /// - Throws: ``StoreError/targetNotFound(reference:plan:candidates:)`` for an unknown id
    ///   (then nothing changes), ``StoreError/readOnly(path:)``.
    public func confirmTargets(_ ids: [Int64], by person: String) throws(StoreError) {
        let now = Clock.timestamp()
        try write { db in
            for id in ids {
                try Store.setReviewState(.confirmed, of: id, reason: nil, by: person, at: now, db)
            }
        }
    }

    /// Marks targets as rejected, in one transaction, so that they leave the reports and name
    /// lookups; their figures are kept.
    ///
    /// - Parameters:
    ///   - ids: The targets.
    ///   - reason: Why, e.g. `not a target: a subsidy rule`.
    ///   - person: Who rejected them.
    /// - Throws: ``StoreError/targetNotFound(reference:plan:candidates:)`` for an unknown id
    ///   (then nothing changes), ``StoreError/readOnly(path:)``.
    public func rejectTargets(_ ids: [Int64], reason: String, by person: String) throws(StoreError) {
        let now = Clock.timestamp()
        try write { db in
            for id in ids {
                try Store.setReviewState(.rejected, of: id, reason: reason, by: person, at: now, db)
            }
        }
    }

    /// Corrects a target's fields, records each change in its history and marks it `edited`.
    ///
    /// - Parameters:
    ///   - id: The target.
    ///   - edit: The fields to change.
    ///   - person: Who made the change.
    /// - Returns: The target as now stored.
    /// - Throws: ``StoreError/invalidEdit(targetID:reason:)`` when the result breaks a rule (a
    ///   range without upper end, an upper end below the value), then nothing changes;
    ///   ``StoreError/targetNotFound(reference:plan:candidates:)``.
    @discardableResult
    public func editTarget(_ id: Int64, _ edit: TargetEdit, by person: String) throws(StoreError)
        -> StoredTarget
    {
        let now = Clock.timestamp()
        for value in [edit.value, edit.valueMax].compactMap({ $0 }) where !value.isFinite {
            throw .invalidEdit(targetID: id, reason: "the value \(value) is not a finite number")
        }
        return try write { db in
            guard let stored = try Store.storedTargets(db, .id(id)).first else {
                throw StoreError.targetNotFound(reference: String(id), plan: nil, candidates: [])
            }
            let old = stored.statement
            var new = old
            new.metric = edit.metric ?? old.metric
            new.kind = edit.kind ?? old.kind
            new.value = edit.value ?? old.value
            new.valueMax = edit.valueMax ?? old.valueMax
            new.unit = edit.unit ?? old.unit
            new.comparator = edit.comparator ?? old.comparator
            new.deadline = edit.deadline ?? old.deadline
            new.deadlineSource = edit.deadline == nil ? old.deadlineSource : .stated
            new.isIncrement = edit.isIncrement ?? old.isIncrement
            new.isAspirational = edit.isAspirational ?? old.isAspirational
            new.recurrence = edit.recurrence ?? old.recurrence
            new.responsible = edit.responsible.map(Store.responsibleUnion) ?? old.responsible
            new.baseline = edit.baseline ?? old.baseline
            let changes: [(field: String, old: String?, new: String?)] = [
                ("metric", old.metric, new.metric),
                ("kind", old.kind.rawValue, new.kind.rawValue),
                ("value", Store.numberText(old.value), Store.numberText(new.value)),
                ("valueMax", old.valueMax.map(Store.numberText), new.valueMax.map(Store.numberText)),
                ("unit", old.unit.rawValue, new.unit.rawValue),
                ("comparator", old.comparator.rawValue, new.comparator.rawValue),
                ("deadline", old.deadline?.iso, new.deadline?.iso),
                ("isIncrement", String(old.isIncrement), String(new.isIncrement)),
                ("isAspirational", String(old.isAspirational), String(new.isAspirational)),
                ("recurrence", old.recurrence?.rawValue, new.recurrence?.rawValue),
                ("responsible", Store.unitsText(old.responsible), Store.unitsText(new.responsible)),
                ("baseline", old.baseline.map(Store.baselineText), new.baseline.map(Store.baselineText)),
            ].filter { $0.old != $0.new }
            guard !changes.isEmpty else { return stored }
            do {
                try db.execute(
                    sql: """
                        UPDATE target SET metric = ?, kind = ?, value = ?, valueMax = ?, unit = ?,
                            comparator = ?, deadline = ?, deadlineSource = ?, isIncrement = ?,
                            isAspirational = ?, recurrence = ?, baselineValue = ?, baselineYear = ?
                        WHERE id = ?
                        """,
                    arguments: [
                        new.metric, new.kind.rawValue, new.value, new.valueMax, new.unit.rawValue,
                        new.comparator.rawValue, new.deadline?.iso, new.deadlineSource?.rawValue,
                        new.isIncrement, new.isAspirational, new.recurrence?.rawValue, new.baseline?.value,
                        new.baseline?.year, id,
                    ])
                if new.responsible != old.responsible {
                    try db.execute(
                        sql: "DELETE FROM targetResponsibleUnit WHERE targetID = ?", arguments: [id])
                    try Store.insertResponsibleUnits(new.responsible, of: id, db)
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.invalidEdit(
                    targetID: id,
                    reason:
                        "the result breaks a rule of the database (\(error.message ?? "constraint failed"))")
            }
            for change in changes {
                try Store.recordChange(
                    of: id, field: change.field, from: change.old, to: change.new, reason: nil, by: person,
                    at: now, db)
            }
            if stored.reviewState != .edited {
                try Store.setReviewState(.edited, of: id, reason: nil, by: person, at: now, db)
            }
            return try Store.storedTargets(db, .id(id))[0]
        }
    }

    /// Adds a target that extraction missed; its quote must appear in the plan's text.
    ///
    /// The quote's offsets are those of its first occurrence in the plan text when the given
    /// span does not point at it. The target starts `confirmed`: a person stated it.
    ///
    /// - Parameters:
    ///   - target: The target, with its quote.
    ///   - plan: The plan it belongs to.
    ///   - person: Who added it.
    ///   - allowsDuplicate: Whether to add it even when a live target of the plan (neither
    ///     rejected nor retired) has the same metric, value, unit, comparator and deadline.
    /// - Returns: The stored target.
    /// - Throws: ``StoreError/planNotFound(id:)``, ``StoreError/quoteNotInPlan(planID:quote:)``,
    ///   ``StoreError/duplicateTarget(planID:existingID:)``,
    ///   ``StoreError/invalidPlan(fileName:reason:)`` when a field breaks a rule.
    @discardableResult
    public func addTarget(
        _ target: Target, toPlan plan: Int64, by person: String, allowsDuplicate: Bool = false
    ) throws(StoreError) -> StoredTarget {
        let now = Clock.timestamp()
        return try write { db in
            guard
                let text = try String.fetchOne(
                    db, sql: "SELECT plainText FROM plan WHERE id = ?", arguments: [plan])
            else { throw StoreError.planNotFound(id: plan) }
            guard let span = Store.span(of: target.quote, in: text, preferring: target.span) else {
                throw StoreError.quoteNotInPlan(planID: plan, quote: target.quote)
            }
            if !allowsDuplicate, let existing = try Store.sameTarget(as: target, inPlan: plan, db) {
                throw StoreError.duplicateTarget(planID: plan, existingID: existing)
            }
            var statement = target
            statement.span = span
            let id: Int64
            do {
                id = try Store.insert([statement], planID: plan, reviewState: .confirmed, db)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.invalidPlan(
                    fileName: "plan \(plan)",
                    reason:
                        "the target \"\(target.quote)\" breaks a rule of the database (\(error.message ?? "constraint failed"))"
                )
            }
            try Store.recordChange(
                of: id, field: "target", from: nil, to: target.quote, reason: nil, by: person, at: now, db)
            return try Store.storedTargets(db, .id(id))[0]
        }
    }

    /// The id of a live target of `plan` with the same metric, value, unit, comparator and
    /// deadline as `target`, if there is one.
    static func sameTarget(as target: Target, inPlan plan: Int64, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db,
            sql: """
                SELECT id FROM target
                WHERE planID = ? AND metric = ? AND unit = ? AND comparator = ?
                    AND abs(value - ?) <= ? * max(1, abs(?)) AND deadline IS ?
                    AND reviewState <> 'rejected' AND retiredAt IS NULL
                ORDER BY id LIMIT 1
                """,
            arguments: [
                plan, target.metric, target.unit.rawValue, target.comparator.rawValue, target.value,
                StatusRule.tolerance, target.value, target.deadline?.iso,
            ])
    }

    /// A target's recorded changes, oldest first.
    ///
    /// - Complexity: O(*c*) for *c* changes of the target.
    public func history(ofTarget id: Int64) throws(StoreError) -> [TargetChange] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, targetID, field, oldValue, newValue, reason, changedBy, changedAt
                    FROM targetChange WHERE targetID = ? ORDER BY id
                    """,
                arguments: [id]
            ).map { row in
                TargetChange(
                    id: row["id"], targetID: row["targetID"], field: row["field"], oldValue: row["oldValue"],
                    newValue: row["newValue"], reason: row["reason"], changedBy: row["changedBy"],
                    changedAt: row["changedAt"])
            }
        }
    }

    // MARK: - Rows

    static func setReviewState(
        _ state: ReviewState, of id: Int64, reason: String?, by person: String, at now: String, _ db: Database
    ) throws {
        guard
            let current = try String.fetchOne(
                db, sql: "SELECT reviewState FROM target WHERE id = ?", arguments: [id])
        else { throw StoreError.targetNotFound(reference: String(id), plan: nil, candidates: []) }
        guard current != state.rawValue || reason != nil else { return }
        try db.execute(
            sql: "UPDATE target SET reviewState = ? WHERE id = ?", arguments: [state.rawValue, id])
        try recordChange(
            of: id, field: "reviewState", from: current, to: state.rawValue, reason: reason, by: person,
            at: now, db)
    }

    static func recordChange(
        of id: Int64, field: String, from old: String?, to new: String?, reason: String?, by person: String,
        at now: String, _ db: Database
    ) throws {
        let person = person.trimmingWhitespace()
        try db.execute(
            sql: """
                INSERT INTO targetChange (targetID, field, oldValue, newValue, reason, changedBy, changedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [id, field, old, new, reason, person.isEmpty ? "unknown" : person, now])
    }

    /// Responsible units as the history shows them: `市科技局(牵头)、市财政局`.
    static func unitsText(_ units: [ResponsibleUnit]) -> String? {
        units.isEmpty ? nil : units.map { $0.isLead ? "\($0.name)(牵头)" : $0.name }.joined(separator: "、")
    }

    /// A baseline as the history shows it: `850 (2020)`.
    static func baselineText(_ baseline: Baseline) -> String {
        numberText(baseline.value) + (baseline.year.map { " (\($0))" } ?? "")
    }

    /// A number as people write it: `1500`, not `1500.0`.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// The span of `quote` in `text` in Unicode scalar offsets: `preferred` when it points at
    /// the quote, else the first occurrence; `nil` when the text does not contain it.
    static func span(of quote: String, in text: String, preferring preferred: TextSpan) -> TextSpan? {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(quote.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
        if preferred.end <= scalars.count, preferred.length == needle.count,
            Array(scalars[preferred.start..<preferred.end]) == needle
        {
            return preferred
        }
        for start in 0...(scalars.count - needle.count) where scalars[start] == needle[0] {
            if Array(scalars[start..<(start + needle.count)]) == needle {
                return TextSpan(start: start, end: start + needle.count)
            }
        }
        return nil
    }
}
