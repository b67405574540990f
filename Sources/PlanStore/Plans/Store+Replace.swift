import GRDB
import PlanIngest

extension Store {
    /// Replaces a stored plan with a newer version of the document, in one transaction,
    /// keeping what people did with the targets that are still there.
    ///
    /// A new target matches an old one with the same metric and one quote in common, or a
    /// reviewed old one (confirmed, edited, rejected) with one quote in common, or, when the
    /// revision changed a figure, the only unreviewed old one left with the same metric, unit and
    /// comparator (its history records the new value and deadline). A match keeps
    /// its id, progress, history and review state; an unreviewed match takes the new
    /// extraction's fields, a reviewed one keeps its reviewed fields and responsible units.
    /// A reviewed or added target without a match stays too while the new text contains its
    /// quote. Any other old target with figures, history or a review is retired (kept, out of
    /// reports and lookups) rather than deleted; one without is removed and listed. New targets
    /// without a match are added for review; a retired target that matches again returns.
    ///
    /// - Parameters:
    ///   - id: The plan to replace.
    ///   - plan: The new version.
    ///   - person: Who replaced it, for the targets' history.
    /// - Returns: The targets kept, added and dropped.
    /// - Throws: ``StoreError/planNotFound(id:)``; ``StoreError/invalidPlan(fileName:reason:)``
    ///   when the same bytes are stored as another plan or a target breaks a rule.
    /// - Complexity: O(*n* + *m*) statements for *n* new and *m* old targets.
    public func replacePlan(_ id: Int64, with plan: PlanImport, by person: String) throws(StoreError)
        -> PlanReplacement
    {
        let sha256 = try plan.checkedSHA256()
        let now = Clock.timestamp()
        return try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM plan WHERE id = ?", arguments: [id]) != nil else {
                throw StoreError.planNotFound(id: id)
            }
            if let other = try Int64.fetchOne(
                db, sql: "SELECT id FROM plan WHERE sha256 = ? AND id <> ?", arguments: [sha256, id])
            {
                throw StoreError.invalidPlan(
                    fileName: plan.fileName, reason: "the same file is already stored as plan \(other)")
            }
            let metadata = plan.metadata
            try db.execute(
                sql: """
                    UPDATE plan SET title = ?, issuer = ?, documentNumber = ?, issueDate = ?, region = ?,
                        horizonStartYear = ?, horizonEndYear = ?, fileName = ?, sha256 = ?, plainText = ?,
                        importedAt = ?
                    WHERE id = ?
                    """,
                arguments: [
                    metadata.title, metadata.issuer, metadata.documentNumber, metadata.issueDate?.iso,
                    metadata.region, plan.trackingHorizon?.startYear, plan.trackingHorizon?.endYear,
                    plan.fileName,
                    sha256, plan.text, now, id,
                ])
            var unmatched = try Store.storedTargets(db, .plan(id))
            var keptIDs: [Int64] = []
            var addedIDs: [Int64] = []
            do {
                // First the targets with the same metric and a quote in common; then, for what
                // a person reviewed (a metric they corrected), a quote in common is enough.
                let groups = Store.trackedTargets(plan.targets)
                var unplaced: [TargetStatements] = []
                for statements in groups {
                    let quotes = Set(statements.map(\.quote))
                    if let index = unmatched.firstIndex(where: { old in
                        old.statement.metric == statements[0].metric
                            && old.sources.contains { quotes.contains($0.quote) }
                    }) {
                        let old = unmatched.remove(at: index)
                        try Store.refresh(old, from: statements, by: person, at: now, db)
                        keptIDs.append(old.id)
                    } else {
                        unplaced.append(statements)
                    }
                }
                var unrevised: [TargetStatements] = []
                for statements in unplaced {
                    let quotes = Set(statements.map(\.quote))
                    if let index = unmatched.firstIndex(where: { old in
                        old.reviewState != .extracted && old.sources.contains { quotes.contains($0.quote) }
                    }) {
                        let old = unmatched.remove(at: index)
                        try Store.refresh(old, from: statements, by: person, at: now, db)
                        keptIDs.append(old.id)
                    } else {
                        unrevised.append(statements)
                    }
                }
                // Last, a figure the revision changed (50家 became 60家): the one old target nobody
                // reviewed and the one new target left with the same metric, unit and comparator
                // are the same target. A reviewed one is never taken over: its figures stay with
                // the fields a person checked, and the revision is a new target to review.
                for statements in unrevised {
                    let first = statements[0]
                    func isSame(_ other: Target) -> Bool {
                        other.metric == first.metric && other.unit == first.unit
                            && other.comparator == first.comparator
                    }
                    let olds = unmatched.indices.filter {
                        unmatched[$0].reviewState == .extracted && isSame(unmatched[$0].statement)
                    }
                    if olds.count == 1, unrevised.filter({ isSame($0[0]) }).count == 1 {
                        let old = unmatched.remove(at: olds[0])
                        try Store.refresh(old, from: statements, by: person, at: now, db)
                        try Store.recordRevision(of: old, to: first, by: person, at: now, db)
                        keptIDs.append(old.id)
                    } else {
                        addedIDs.append(try Store.insert(statements, planID: id, db))
                    }
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.invalidPlan(
                    fileName: plan.fileName,
                    reason: "a target breaks a rule of the database (\(error.message ?? "constraint failed"))"
                )
            }
            var retiredIDs: [Int64] = []
            var removed: [StoredTarget] = []
            for old in unmatched {
                // A target a person reviewed or added stays while the new text still holds its
                // words, even when extraction no longer finds it there.
                if old.reviewState != .extracted, try Store.relocate(old, in: plan.text, db) {
                    try Store.restore(old, by: person, at: now, db)
                    keptIDs.append(old.id)
                } else if try old.reviewState != .extracted || Store.hasFiguresOrHistory(old.id, db) {
                    try Store.retire(old, by: person, at: now, db)
                    retiredIDs.append(old.id)
                } else {
                    try db.execute(sql: "DELETE FROM target WHERE id = ?", arguments: [old.id])
                    removed.append(old)
                }
            }
            let stored = Dictionary(
                try Store.storedTargets(db, .plan(id)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return PlanReplacement(
                plan: try Store.planSummaries(db, id: id)[0],
                kept: keptIDs.compactMap { stored[$0] }, added: addedIDs.compactMap { stored[$0] },
                retired: retiredIDs.compactMap { stored[$0] }, removed: removed)
        }
    }

    /// Points a kept target at its statements in the new text and, when nobody reviewed it,
    /// takes the new extraction's fields.
    private static func refresh(
        _ old: StoredTarget, from statements: TargetStatements, by person: String, at now: String,
        _ db: Database
    ) throws {
        try restore(old, by: person, at: now, db)
        try db.execute(sql: "DELETE FROM targetSource WHERE targetID = ?", arguments: [old.id])
        guard old.reviewState == .extracted else {
            // A reviewed target keeps its fields and responsible units; only its quotes move.
            var seenSpans = Set<TextSpan>()
            for statement in statements where seenSpans.insert(statement.span).inserted {
                try insertSource(statement.quote, at: statement.span, of: old.id, db)
            }
            return
        }
        try db.execute(sql: "DELETE FROM targetResponsibleUnit WHERE targetID = ?", arguments: [old.id])
        try insertStatements(statements, of: old.id, db)
        let first = statements[0]
        let baseYear = try keptBaseYear(of: old, revisedTo: first.baseYear, by: person, at: now, db)
        try db.execute(
            sql: """
                UPDATE target SET section = ?, kind = ?, value = ?, valueMax = ?, unit = ?, comparator = ?,
                    deadline = ?, deadlineSource = ?, recurrence = ?, isIncrement = ?, isAspirational = ?,
                    confidence = ?, binding = ?, baselineValue = ?, baselineYear = ?, isReduction = ?,
                    baseYear = ?
                WHERE id = ?
                """,
            arguments: [
                first.section, first.kind.rawValue, first.value, first.valueMax, first.unit.rawValue,
                first.comparator.rawValue, first.deadline?.iso, first.deadlineSource?.rawValue,
                first.recurrence?.rawValue, first.isIncrement, first.isAspirational,
                statements.map(\.confidence).max() ?? first.confidence, statements.binding,
                statements.baseline?.value,
                statements.baseline?.year, first.isReduction, baseYear, old.id,
            ])
    }

    /// The base year an unreviewed target takes from the new extraction: none when it had none
    /// and already has figures, which are then growth rates (logged before base years were
    /// read, or before the plan named one) and would silently become levels. The history
    /// records the base year left out.
    private static func keptBaseYear(
        of old: StoredTarget, revisedTo new: Int?, by person: String, at now: String, _ db: Database
    ) throws -> Int? {
        guard old.statement.baseYear == nil, let new else { return new }
        let hasFigures = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM progressEntry WHERE targetID = ?)", arguments: [old.id])
        guard hasFigures == true else { return new }
        try recordChange(
            of: old.id, field: "baseYear", from: nil, to: nil,
            reason:
                "the plan measures it from \(new), but its figures are growth rates: kept without a base year so they keep their meaning",
            by: person, at: now, db)
        return nil
    }
}

extension Store {
    /// Records in a target's history the value and deadline a revision of its plan changed.
    fileprivate static func recordRevision(
        of old: StoredTarget, to new: Target, by person: String, at now: String, _ db: Database
    ) throws {
        let changes = [
            ("value", Store.numberText(old.statement.value), Store.numberText(new.value)),
            ("valueMax", old.statement.valueMax.map(Store.numberText), new.valueMax.map(Store.numberText)),
            ("deadline", old.statement.deadline?.iso, new.deadline?.iso),
        ]
        for (field, from, to) in changes where from != to {
            try recordChange(
                of: old.id, field: field, from: from, to: to, reason: "revised in the plan", by: person,
                at: now, db)
        }
    }

    /// Points a target at its quotes' first occurrences in `text`; `false` (and nothing
    /// changed) when the text holds none of them.
    fileprivate static func relocate(_ target: StoredTarget, in text: String, _ db: Database) throws -> Bool {
        let found = target.sources.compactMap { source in
            span(of: source.quote, in: text, preferring: source.span).map { (source.quote, $0) }
        }
        guard !found.isEmpty else { return false }
        try db.execute(sql: "DELETE FROM targetSource WHERE targetID = ?", arguments: [target.id])
        for (quote, span) in found {
            try insertSource(quote, at: span, of: target.id, db)
        }
        return true
    }

    /// Whether a target carries figures (current or replaced) or recorded changes.
    fileprivate static func hasFiguresOrHistory(_ id: Int64, _ db: Database) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: """
                SELECT EXISTS (SELECT 1 FROM progressEntry WHERE targetID = ?)
                    OR EXISTS (SELECT 1 FROM targetChange WHERE targetID = ?)
                """,
            arguments: [id, id]) ?? false
    }

    /// Retires a target the plan no longer states, recording it in the target's history.
    fileprivate static func retire(_ target: StoredTarget, by person: String, at now: String, _ db: Database)
        throws
    {
        guard !target.isRetired else { return }
        try db.execute(sql: "UPDATE target SET retiredAt = ? WHERE id = ?", arguments: [now, target.id])
        try recordChange(
            of: target.id, field: "retired", from: nil, to: now, reason: "no longer in the plan", by: person,
            at: now, db)
    }

    /// Brings a retired target back into service, recording it in the target's history.
    fileprivate static func restore(_ target: StoredTarget, by person: String, at now: String, _ db: Database)
        throws
    {
        guard target.isRetired else { return }
        try db.execute(sql: "UPDATE target SET retiredAt = NULL WHERE id = ?", arguments: [target.id])
        try recordChange(
            of: target.id, field: "retired", from: "retired", to: nil, reason: "stated again in the plan",
            by: person, at: now, db)
    }
}
