import Foundation
import GRDB
import Testing
@testable import PlanStore

/// A store on a new file in its own folder, removed by the caller.
private func makeStoreOnAFile() throws -> (Store, URL) {
    let folder = try makeTemporaryFolder()
    return (try Store(path: folder.appending(path: "plantrack.sqlite").path), folder)
}

@Test func storeOnAFileCopiesItsLogIntoTheDatabaseInLargeSteps() throws {
    // Given a store on a file
    let (store, folder) = try makeStoreOnAFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    // When its writing connection is asked when it checkpoints the write-ahead log
    let pages = try store.writer.write { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") }
    // Then it lets the log grow to 10,000 pages first, not SQLite's 1,000
    #expect(pages == 10_000)
}

@Test func onlyTheWriterKeepsTemporaryDataInMemory() throws {
    // Given a store on a file
    let (store, folder) = try makeStoreOnAFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    // When its connections are asked where they keep temporary data
    let writer = try store.writer.write { db in try Int.fetchOne(db, sql: "PRAGMA temp_store") }
    let reader = try store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA temp_store") }
    // Then the writer keeps it in memory (2), readers where SQLite was built to (0)
    #expect(writer == 2)
    #expect(reader == 0)
}
