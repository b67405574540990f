import GRDB
import Testing
@testable import PlanStore

@Test func migrationsAreRegisteredInNameOrder() {
    let identifiers = Store.migrator.migrations
    #expect(identifiers == identifiers.sorted())
    #expect(identifiers.first == "0001_create_plan")
    #expect(identifiers.count == Store.migrationCount)
}

@Test func migratesFromEmpty() throws {
    // Given an empty database
    let (_, queue) = try Store.makeUnmigratedInMemory()
    // When every migration runs
    try Store.migrator.migrate(queue)
    // Then every table exists and every migration is recorded
    let tables = [
        "plan", "target", "targetSource", "responsibleUnit", "targetResponsibleUnit", "progressEntry",
    ]
    let existing = try queue.read { db in try tables.filter { try db.tableExists($0) } }
    #expect(existing == tables)
    #expect(try queue.read { db in try Store.migrator.appliedMigrations(db) } == Store.migrator.migrations)
}

@Test func migratesStepByStep() throws {
    // Given a database migrated up to the target table only
    let (_, queue) = try Store.makeUnmigratedInMemory()
    try Store.migrator.migrate(queue, upTo: "0002_create_target")
    #expect(try queue.read { db in try db.tableExists("target") })
    #expect(try queue.read { db in try db.tableExists("progressEntry") } == false)
    // When the rest runs
    try Store.migrator.migrate(queue)
    // Then the later tables exist too
    #expect(try queue.read { db in try db.tableExists("progressEntry") })
    #expect(try queue.read { db in try Store.migrator.hasCompletedMigrations(db) })
}

@Test(arguments: [
    "INSERT INTO target (planID, metric, kind, value, unit, comparator, isIncrement, isAspirational, confidence) VALUES (1, 'm', 'bogus', 1, '家', '>=', 0, 0, 0.5)",
    "INSERT INTO target (planID, metric, kind, value, unit, comparator, isIncrement, isAspirational, confidence) VALUES (1, 'm', 'count', 1, '家', '>>', 0, 0, 0.5)",
    "INSERT INTO target (planID, metric, kind, value, unit, comparator, isIncrement, isAspirational, confidence) VALUES (1, 'm', 'count', 1, '家', 'range', 0, 0, 0.5)",
    "INSERT INTO target (planID, metric, kind, value, unit, comparator, isIncrement, isAspirational, confidence) VALUES (99, 'm', 'count', 1, '家', '>=', 0, 0, 0.5)",
    "INSERT INTO target (planID, metric, kind, value, unit, comparator, isIncrement, isAspirational, reviewState, confidence) VALUES (1, 'm', 'count', 1, '家', '>=', 0, 0, 'maybe', 0.5)",
    "INSERT INTO target (planID, metric, kind, value, unit, comparator, isIncrement, isAspirational, confidence) VALUES (1, 'm', 'count', 1, '家', '>=', 0, 0, 1.5)",
    "INSERT INTO plan (fileName, sha256, plainText, importedAt) VALUES ('a.txt', 'short', '', '2024-01-01T00:00:00Z')",
    "INSERT INTO progressEntry (targetID, period, periodStart, periodEnd, value, recordedAt) VALUES (1, '2024Q1', '2024-04-01', '2024-03-31', 1, 'now')",
    "INSERT INTO progressEntry (targetID, period, periodStart, periodEnd, value, recordedAt) VALUES (1, '2024Q1', '2024-01-01', '2024-03-31', NULL, 'now')",
    "INSERT INTO progressEntry (targetID, period, periodStart, periodEnd, value, recordedAt) VALUES (1, '2024Q2', '2024-04-01', '2024-06-30', 1, 'now')",
])
func schemaRefusesInvalidRows(_ sql: String) throws {
    // Given a migrated database with one plan, one target and one figure for 2024Q2
    let store = try Store.makeInMemory()
    try store.writer.write { db in
        try db.execute(
            sql:
                "INSERT INTO plan (fileName, sha256, plainText, importedAt) VALUES ('a.txt', ?, '', '2024-01-01T00:00:00Z')",
            arguments: [String(repeating: "b", count: 64)])
        try db.execute(
            sql:
                "INSERT INTO target (planID, metric, kind, value, unit, comparator, isIncrement, isAspirational, confidence) VALUES (1, 'm', 'count', 1, '家', '>=', 0, 0, 0.5)"
        )
        try db.execute(
            sql:
                "INSERT INTO progressEntry (targetID, period, periodStart, periodEnd, value, recordedAt) VALUES (1, '2024Q2', '2024-04-01', '2024-06-30', 1, 'now')"
        )
    }
    // When a row breaking a rule is inserted
    // Then SQLite refuses it
    #expect(throws: DatabaseError.self) {
        try store.writer.write { db in try db.execute(sql: sql) }
    }
}

@Test func widenedDeadlineSourcesKeepTargetsAndWhatRefersToThem() throws {
    // Given a database at 0009 with a plan, a target with a source, a figure and a unit
    let (_, queue) = try Store.makeUnmigratedInMemory()
    try Store.migrator.migrate(queue, upTo: "0009_index_targets_by_plan_and_id")
    try queue.write { db in
        try insertPlanAndTarget(db)
        try db.execute(
            sql: "INSERT INTO targetSource (targetID, quote, startOffset, endOffset) VALUES (1, 'q', 0, 1)")
        try db.execute(
            sql: """
                INSERT INTO progressEntry (targetID, period, periodStart, periodEnd, value, recordedAt)
                VALUES (1, '2024Q2', '2024-04-01', '2024-06-30', 1, 'now')
                """)
    }
    // When the widening migration runs
    try Store.migrator.migrate(queue)
    // Then the target and everything referring to it are kept, and the new sources are accepted
    try queue.write { db in
        #expect(try String.fetchOne(db, sql: "SELECT deadlineSource FROM target WHERE id = 1") == "stated")
        #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM targetSource WHERE targetID = 1") == 1)
        #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM progressEntry WHERE targetID = 1") == 1)
        try db.execute(sql: "UPDATE target SET deadlineSource = 'section' WHERE id = 1")
        try db.execute(sql: "UPDATE target SET deadlineSource = 'document year' WHERE id = 1")
        #expect(throws: DatabaseError.self) {
            try db.execute(sql: "UPDATE target SET deadlineSource = 'guessed' WHERE id = 1")
        }
        // Deleting the target still cascades to its figures through the renamed table.
        try db.execute(sql: "DELETE FROM target WHERE id = 1")
        #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM progressEntry") == 0)
    }
    #expect(try queue.read { db in try Store.migrator.hasCompletedMigrations(db) })
}
