import GRDB
import PlanIngest

extension Store {
    /// Replaces a stored plan with a newer version of the document, in one transaction,
    /// keeping what people did with the targets that are still there.
    ///
    /// A new target matches an old one with the same metric and one quote in common. A match
    /// keeps its id, progress, history and review state; an unreviewed match takes the new
    /// extraction's fields, a reviewed one keeps its reviewed fields. Old targets without a
    /// match are rejected (reason `no longer in the plan`) rather than deleted, so their
    /// figures survive; new targets without a match are added for review.
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
        let sha256 = plan.sha256.lowercased()
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else {
            throw .invalidPlan(
                fileName: plan.fileName, reason: "the SHA-256 \"\(plan.sha256)\" is not 64 hexadecimal digits"
            )
        }
        for target in plan.targets where !target.value.isFinite || !(target.valueMax?.isFinite ?? true) {
            throw .invalidPlan(
                fileName: plan.fileName, reason: "the target \"\(target.quote)\" has no finite value")
        }
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
                    metadata.region, metadata.horizon?.startYear, metadata.horizon?.endYear, plan.fileName,
                    sha256, plan.text, now, id,
                ])
            var unmatched = try Store.storedTargets(db, .plan(id))
            var keptIDs: [Int64] = []
            var addedIDs: [Int64] = []
            do {
                for statements in Store.trackedTargets(plan.targets) {
                    let quotes = Set(statements.map(\.quote))
                    if let index = unmatched.firstIndex(where: { old in
                        old.target.metric == statements[0].metric
                            && old.sources.contains { quotes.contains($0.quote) }
                    }) {
                        let old = unmatched.remove(at: index)
                        try Store.refresh(old, from: statements, db)
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
            for old in unmatched where old.reviewState != .rejected {
                try Store.setReviewState(
                    .rejected, of: old.id, reason: "no longer in the plan", by: person, at: now, db)
            }
            let stored = Dictionary(
                try Store.storedTargets(db, .plan(id)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return PlanReplacement(
                plan: try Store.planSummaries(db, id: id)[0],
                kept: keptIDs.compactMap { stored[$0] }, added: addedIDs.compactMap { stored[$0] },
                dropped: unmatched.compactMap { stored[$0.id] })
        }
    }

    /// Points a kept target at its statements in the new text and, when nobody reviewed it,
    /// takes the new extraction's fields.
    private static func refresh(_ old: StoredTarget, from statements: [Target], _ db: Database) throws {
        try db.execute(sql: "DELETE FROM targetSource WHERE targetID = ?", arguments: [old.id])
        try db.execute(sql: "DELETE FROM targetResponsibleUnit WHERE targetID = ?", arguments: [old.id])
        try insertStatements(statements, of: old.id, db)
        guard old.reviewState == .extracted else { return }
        let first = statements[0]
        try db.execute(
            sql: """
                UPDATE target SET section = ?, kind = ?, value = ?, valueMax = ?, unit = ?, comparator = ?,
                    deadline = ?, deadlineSource = ?, recurrence = ?, isIncrement = ?, isAspirational = ?,
                    confidence = ?, binding = ?, baselineValue = ?, baselineYear = ?
                WHERE id = ?
                """,
            arguments: [
                first.section, first.kind.rawValue, first.value, first.valueMax, first.unit.rawValue,
                first.comparator.rawValue, first.deadline?.iso, first.deadlineSource?.rawValue,
                first.recurrence?.rawValue, first.isIncrement, first.isAspirational,
                statements.map(\.confidence).max() ?? first.confidence, first.binding, first.baseline?.value,
                first.baseline?.year, old.id,
            ])
    }
}
