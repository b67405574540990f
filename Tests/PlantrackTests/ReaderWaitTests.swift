import Foundation
import GRDB
import Testing

/// Readers never wait for a writer: while another connection holds the write lock of a
/// database whose write-ahead log was empty, listings and reports answer at once.
@Suite struct ReaderWaitTests {
    @Test func reportsAndListingsAnswerUnderAHeldWriteLock() throws {
        // Given a database whose last connection closed (its log checkpointed away), so that
        // a pool opened on it would have to write to set the log up
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }

        // When another connection holds the write lock for six seconds
        let holder = try DatabaseQueue(path: sample.cli.databasePath)
        let locked = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let thread = Thread {
            try? holder.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                locked.signal()
                _ = release.wait(timeout: .now() + 6)
                try db.execute(sql: "ROLLBACK")
            }
        }
        thread.start()
        defer { release.signal() }
        try #require(locked.wait(timeout: .now() + 10) == .success, "the write lock could not be taken")

        // Then each reader answers well within the lock's time, and correctly
        let clock = ContinuousClock()
        for arguments in [
            ["plans"], ["targets"], ["report", "status", "--as-of", "2024-06-30"],
            ["report", "status", "--as-of", "2024-06-30", "--format", "csv"], ["check"],
        ] {
            let started = clock.now
            let run = try sample.cli.run(arguments)
            let elapsed = clock.now - started
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(elapsed < .seconds(3), "\(arguments) waited \(elapsed)")
        }
    }
}
