import GRDB
import PlanIngest

extension Store {
    /// Removes a plan with everything that hangs on it (targets, their quotes, figures and
    /// history), in one transaction, and records the removal.
    ///
    /// - Parameters:
    ///   - id: The plan.
    ///   - reason: Why, e.g. `imported from the wrong folder`.
    ///   - person: Who removed it.
    /// - Returns: What was removed, as recorded in ``removedPlans()``.
    /// - Throws: ``StoreError/planNotFound(id:)``, ``StoreError/readOnly(path:)``.
    /// - Complexity: O(*t* + *f*) for *t* targets and *f* figures of the plan.
    @discardableResult
    public func removePlan(_ id: Int64, reason: String?, by person: String) throws(StoreError) -> PlanRemoval
    {
        let now = Clock.timestamp()
        let person = person.trimmingWhitespace()
        return try write { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT title, fileName, sha256,
                            (SELECT count(*) FROM target WHERE planID = plan.id) AS targetCount,
                            (SELECT count(*) FROM progressEntry
                                WHERE targetID IN (SELECT id FROM target WHERE planID = plan.id)) AS figureCount
                        FROM plan WHERE id = ?
                        """,
                    arguments: [id])
            else { throw StoreError.planNotFound(id: id) }
            let removal = PlanRemoval(
                planID: id, title: row["title"], fileName: row["fileName"], sha256: row["sha256"],
                targetCount: row["targetCount"], figureCount: row["figureCount"], reason: reason,
                removedBy: person.isEmpty ? "unknown" : person, removedAt: now)
            try db.execute(sql: "DELETE FROM plan WHERE id = ?", arguments: [id])
            try db.execute(
                sql: """
                    INSERT INTO planRemoval (planID, title, fileName, sha256, targetCount, figureCount, reason,
                        removedBy, removedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    removal.planID, removal.title, removal.fileName, removal.sha256, removal.targetCount,
                    removal.figureCount, removal.reason, removal.removedBy, removal.removedAt,
                ])
            return removal
        }
    }

    /// Every plan removal, oldest first.
    ///
    /// - Complexity: O(*r*) for *r* removals.
    public func removedPlans() throws(StoreError) -> [PlanRemoval] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT planID, title, fileName, sha256, targetCount, figureCount, reason, removedBy, removedAt
                    FROM planRemoval ORDER BY id
                    """
            ).map { row in
                PlanRemoval(
                    planID: row["planID"], title: row["title"], fileName: row["fileName"],
                    sha256: row["sha256"],
                    targetCount: row["targetCount"], figureCount: row["figureCount"], reason: row["reason"],
                    removedBy: row["removedBy"], removedAt: row["removedAt"])
            }
        }
    }
}
