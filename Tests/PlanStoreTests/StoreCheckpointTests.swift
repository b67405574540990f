import Foundation
import GRDB
import Testing
@testable import PlanStore

@Test func storeOnAFileCopiesItsLogIntoTheDatabaseInLargeSteps() throws {
    // Given a store on a file
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try Store(path: folder.appending(path: "plantrack.sqlite").path)
    // When its writing connection is asked when it checkpoints the write-ahead log
    let pages = try store.writer.write { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") }
    // Then it lets the log grow to 10,000 pages first, not SQLite's 1,000
    #expect(pages == 10_000)
}
