import Foundation
import GRDB
import GRDBSQLite
import PlanIngest

/// Judges the parts of a report (see ``ReportParts``) on several threads, each with its own
/// connection, gathers each part's statuses into one value, and hands the values back in
/// report order on the calling thread.
///
/// Every connection must read the same state of the database. The calling thread takes the
/// database's write lock (an immediate transaction, rolled back), splits the report into parts
/// and lets the workers start their read transactions, so no write can commit in between; once
/// they have, writers go on and the workers keep reading the state they started from.
///
/// Worker *i* of *n* takes parts *i*, *i* + *n*, … and stays at most ``partsAhead`` parts ahead
/// of the calling thread, which bounds the values held.
final class ParallelStatusWalk<Part: Sendable>: @unchecked Sendable {
    private let pool: DatabasePool
    private let date: CalendarDay
    private let withSources: Bool
    private let workerCount: Int
    private let makePart: @Sendable () -> Part
    private let add: @Sendable (inout Part, TargetStatus) throws -> Void
    private let partsAhead: Int

    /// Set under the write lock before the workers start, only read afterwards.
    private var parts: ReportParts?

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var finishedParts: [Int: Part] = [:]
    private var nextPart = 0
    private var startedWorkers = 0
    private var stoppedWorkers = 0
    private var failure: (any Error)?
    private var isCancelled = false

    /// A walk of the statuses on `workerCount` threads, at most as many as the pool has readers.
    ///
    /// - Parameters:
    ///   - pool: The database.
    ///   - date: The as-of date.
    ///   - withSources: Whether to read each target's statements.
    ///   - workerCount: How many threads judge parts.
    ///   - makePart: An empty value for a part; called on the workers.
    ///   - add: Adds a status to its part's value; called on the workers.
    init(
        _ pool: DatabasePool, asOf date: CalendarDay, withSources: Bool, workerCount: Int,
        makePart: @escaping @Sendable () -> Part,
        add: @escaping @Sendable (inout Part, TargetStatus) throws -> Void
    ) {
        self.pool = pool
        self.date = date
        self.withSources = withSources
        self.workerCount = max(1, min(workerCount, pool.configuration.maximumReaderCount))
        self.makePart = makePart
        self.add = add
        partsAhead = 2 * self.workerCount
    }

    /// Walks `scope` in parts of at most `idsPerPart` target ids and calls `body` with each
    /// part's value in report order.
    ///
    /// - Returns: False, having done nothing, when the write lock is not free (another
    ///   connection is writing): a report does not wait for writers.
    /// - Throws: The errors of `add` and `body` as they are, the database's as ``StoreError``s,
    ///   once every worker has stopped.
    func run(_ scope: ReportScope, idsPerPart: Int64, _ body: (Part) throws -> Void) throws -> Bool {
        guard try start(scope, idsPerPart: idsPerPart) else { return false }
        do {
            while let part = try takeNextPart() {
                try body(part)
            }
        } catch {
            stop()
            throw error
        }
        stop()
        return true
    }

    /// Splits the report and starts the workers while holding the write lock; returns once
    /// each has begun reading.
    private func start(_ scope: ReportScope, idsPerPart: Int64) throws -> Bool {
        do {
            try pool.writeWithoutTransaction { db in
                let connection = db.sqliteConnection
                sqlite3_busy_timeout(connection, 0)
                defer { sqlite3_busy_timeout(connection, Int32(Store.busyTimeout * 1000)) }
                try db.beginTransaction(.immediate)
                defer { try? db.rollback() }
                // Under the lock the writer reads the last committed state: the one the workers
                // will read.
                parts = try ReportParts(db, scope: scope, idsPerPart: idsPerPart)
                for index in 0..<workerCount {
                    Thread.detachNewThread { [self] in work(index) }
                }
                condition.lock()
                while startedWorkers < workerCount { condition.wait() }
                condition.unlock()
            }
            return true
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && parts == nil {
            return false
        } catch {
            throw Store.storeError(error, path: pool.path)
        }
    }

    private func work(_ index: Int) {
        var hasStarted = false
        func markStarted() {
            guard !hasStarted else { return }
            hasStarted = true
            condition.lock()
            startedWorkers += 1
            condition.broadcast()
            condition.unlock()
        }
        let callerErrors = CallerErrors()
        do {
            try pool.read { db in
                // Reading a table fixes the state this transaction reads.
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                markStarted()
                guard let parts else { return }
                for part in stride(from: index, to: parts.scopes.count, by: workerCount) {
                    guard waitForRoom(part) else { return }
                    var value = makePart()
                    try StatusWalk(
                        db, asOf: date, scope: parts.scopes[part], plans: parts.plans,
                        withSources: withSources
                    ).forEach { status in try callerErrors.passing { try add(&value, status) } }
                    deposit(value, part: part)
                }
            }
        } catch {
            condition.lock()
            if failure == nil { failure = callerErrors.translating(error, path: pool.path) }
            condition.unlock()
        }
        markStarted()
        condition.lock()
        stoppedWorkers += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until `part` is at most ``partsAhead`` parts ahead of the calling thread; false
    /// when the walk stopped.
    private func waitForRoom(_ part: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while part >= nextPart + partsAhead && !isCancelled && failure == nil { condition.wait() }
        return !isCancelled && failure == nil
    }

    private func deposit(_ value: Part, part: Int) {
        condition.lock()
        finishedParts[part] = value
        condition.broadcast()
        condition.unlock()
    }

    /// The value of the next part in order, or `nil` after the last one.
    private func takeNextPart() throws -> Part? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let failure { throw failure }
            if let parts, nextPart >= parts.scopes.count { return nil }
            if let value = finishedParts.removeValue(forKey: nextPart) {
                nextPart += 1
                condition.broadcast()
                return value
            }
            if stoppedWorkers == workerCount {
                // Every worker stopped without an error, yet a part is missing.
                throw StoreError.database(path: pool.path, message: "a report part was not judged")
            }
            condition.wait()
        }
    }

    /// Cancels the workers still running and waits until all have stopped.
    private func stop() {
        condition.lock()
        isCancelled = true
        condition.broadcast()
        while stoppedWorkers < workerCount { condition.wait() }
        condition.unlock()
    }
}
