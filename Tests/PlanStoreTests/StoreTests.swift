import Foundation
import GRDB
import PlanIngest
import Testing
@testable import PlanStore

@Test func createsDatabaseAndFoldersInWALMode() throws {
    // Given a path in folders that do not exist yet
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appending(path: "a/b/plantrack.sqlite").path
    // When the store opens it
    let store = try Store(path: path)
    // Then the file exists, in WAL mode, fully migrated
    #expect(FileManager.default.fileExists(atPath: path))
    let mode = try store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
    #expect(try store.appliedMigrations() == Store.migrator.migrations)
    #expect(store.path == path)
}

@Test func reopeningKeepsData() throws {
    // Given a database with one plan
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appending(path: "plantrack.sqlite").path
    _ = try Store(path: path).importPlan(makePlan([makeTarget("高新技术企业达1500家", value: 1500)]))
    // When it is opened again
    let store = try Store(path: path)
    // Then the plan is still there
    #expect(try store.plans().count == 1)
}

@Test func refusesDirectory() throws {
    // Given a folder
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // When it is opened as a database
    // Then the store says it is a folder
    #expect(throws: StoreError.isDirectory(path: folder.path)) { try Store(path: folder.path) }
}

@Test func refusesFileThatIsNotSQLite() throws {
    // Given a text file
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appending(path: "notes.txt").path
    try Data("这不是数据库\n".utf8).write(to: URL(fileURLWithPath: path))
    // When it is opened as a database
    // Then the store refuses it and leaves it as it was
    #expect(throws: StoreError.notADatabase(path: path)) { try Store(path: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("这不是数据库\n".utf8))
}

@Test func refusesDatabaseFromNewerVersionWithoutTouchingIt() throws {
    // Given a database on which a newer plantrack applied a migration this one does not know
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appending(path: "plantrack.sqlite").path
    do {
        let queue = try DatabaseQueue(path: path)
        try Store.migrator.migrate(queue)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_add_future')")
        }
        try queue.close()
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    // When this version opens it
    // Then it refuses, naming the unknown migration, and the file is unchanged (not even WAL)
    #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["9999_add_future"])) {
        try Store(path: path)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
}

@Test func eightWritersAtOnceLoseNothing() async throws {
    // Given one database file and a target
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appending(path: "plantrack.sqlite").path
    let targetID = try Store(path: path)
        .importPlan(makePlan([makeTarget("高新技术企业达1500家", value: 1500)])).targets[0].id
    // When 8 connections each record 50 figures, one transaction each, at the same time
    try await withThrowingTaskGroup(of: Void.self) { group in
        for writer in 0..<8 {
            group.addTask {
                let store = try Store(path: path)
                for index in 0..<50 {
                    let (year, month) = (1900 + writer * 5 + index / 12, index % 12 + 1)
                    let text = "\(year)-" + (month < 10 ? "0" : "") + "\(month)"
                    let figure = ProgressFigure(
                        targetID: targetID, period: period(text), value: Double(index))
                    try store.record([figure], replacing: false)
                }
            }
        }
        try await group.waitForAll()
    }
    // Then all 400 are stored
    #expect(try Store(path: path).progress(ofTarget: targetID, includingReplaced: true).count == 400)
}

@Test func readOnlyDatabaseServesReportsAndRefusesChanges() throws {
    // Given a database with a plan and a figure, closed
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appending(path: "plantrack.sqlite").path
    let id: Int64
    do {
        let store = try Store(path: path)
        id = try store.importPlan(makePlan([makeTarget("高新技术企业达1500家", value: 1500)])).targets[0].id
        try store.record(
            [ProgressFigure(targetID: id, period: period("2024Q2"), value: 1320)], replacing: false)
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    // When it is opened read-only
    let store = try Store(path: path, readOnly: true)
    // Then reports work, every change is refused, and the file is unchanged
    #expect(try store.statuses(asOf: day("2024-06-30"), plan: nil).first?.achieved == 1320)
    #expect(throws: StoreError.readOnly(path: path)) {
        try store.record(
            [ProgressFigure(targetID: id, period: period("2024Q3"), value: 1400)], replacing: false)
    }
    #expect(throws: StoreError.readOnly(path: path)) {
        try store.importPlan(makePlan([], sha256: String(repeating: "f", count: 64)))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(throws: StoreError.cannotOpen(path: path + "-missing", reason: "no database there")) {
        try Store(path: path + "-missing", readOnly: true)
    }
}

@Test(.enabled(if: getuid() != 0, "root may write to any file"))
func databaseWithoutWritePermissionOpensReadOnly() throws {
    // Given a database file without write permission
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appending(path: "plantrack.sqlite").path
    do { _ = try Store(path: path) }
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
    // When it is opened
    let store = try Store(path: path)
    // Then changes are refused with a clear error
    #expect(throws: StoreError.readOnly(path: path)) {
        try store.importPlan(makePlan([]))
    }
}

@Test func refusesEmptyPath() {
    // Given no path
    // When the store opens it
    // Then it says a path is needed
    #expect(throws: StoreError.cannotOpen(path: "", reason: "no path given")) { try Store(path: "") }
}
