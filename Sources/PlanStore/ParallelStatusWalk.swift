import Foundation
import GRDB
import GRDBSQLite
import PlanIngest

/// Judges the parts of a report (see ``ReportParts``) on several threads, each with its own
/// connection, gathers each part's statuses into one value, and hands the values back in
/// report order on the calling thread.
///
/// Every connection must read the same state of the database. The calling thread holds the
/// database's write lock (an immediate transaction, rolled back) while the workers start their
/// read transactions, so no write can commit in between; once they have, writers go on and the
/// workers keep reading the state they started from.
///
/// Worker *i* of *n* takes parts *i*, *i* + *n*, … and stays at most ``partsAhead`` parts ahead
/// of the calling thread, which bounds the values held.
final class ParallelStatusWalk<Part: Sendable>: @unchecked Sendable {
    private let pool: DatabasePool
    private let date: CalendarDay
    private let scope: ReportScope
    private let withSources: Bool
    private let idsPerPart: Int64
    private let workerCount: Int
    private let makePart: @Sendable () -> Part
    private let add: @Sendable (inout Part, TargetStatus) throws -> Void
    private let partsAhead: Int

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var partCount: Int?
    private var finishedParts: [Int: Part] = [:]
    private var nextPart = 0
    private var startedWorkers = 0
    private var stoppedWorkers = 0
    private var failure: (any Error)?
    private var isCancelled = false

    /// - Parameters:
    ///   - pool: The database.
    ///   - date: The as-of date.
    ///   - scope: The report's targets.
    ///   - withSources: Whether to read each target's statements.
    ///   - idsPerPart: The most target ids a part covers.
    ///   - workerCount: How many threads judge parts.
    ///   - makePart: An empty value for a part; called on the workers.
    ///   - add: Adds a status to its part's value; called on the workers.
    init(
        _ pool: DatabasePool, asOf date: CalendarDay, scope: ReportScope, withSources: Bool,
        idsPerPart: Int64, workerCount: Int, makePart: @escaping @Sendable () -> Part,
        add: @escaping @Sendable (inout Part, TargetStatus) throws -> Void
    ) {
        self.pool = pool
        self.date = date
        self.scope = scope
        self.withSources = withSources
        self.idsPerPart = idsPerPart
        self.workerCount = workerCount
        self.makePart = makePart
        self.add = add
        partsAhead = 2 * workerCount
    }

    /// Starts the workers while holding the write lock, and returns once each has begun
    /// reading; false, with no worker started, when the lock is not free (another connection is
    /// writing, or the file is read-only): a report does not wait for writers.
    func start() -> Bool {
        var hasStartedWorkers = false
        try? pool.writeWithoutTransaction { db in
            let connection = db.sqliteConnection
            sqlite3_busy_timeout(connection, 0)
            defer { sqlite3_busy_timeout(connection, Int32(Store.busyTimeout * 1000)) }
            try db.beginTransaction(.immediate)
            defer { try? db.rollback() }
            hasStartedWorkers = true
            for index in 0..<workerCount {
                Thread.detachNewThread { [self] in work(index) }
            }
            condition.lock()
            while startedWorkers < workerCount { condition.wait() }
            condition.unlock()
        }
        return hasStartedWorkers
    }

    /// Calls `body` with each part's value in report order, once ``start()`` succeeded. Errors
    /// stop the walk and are rethrown once every worker has stopped: those of `add` and `body`
    /// as they are, the database's as ``StoreError``s.
    func deliver(_ body: (Part) throws -> Void) throws {
        do {
            while let part = try takeNextPart() {
                try body(part)
            }
        } catch {
            stop()
            throw error
        }
        stop()
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
        var addError: (any Error)?
        do {
            try pool.read { db in
                let parts = try ReportParts(db, scope: scope, idsPerPart: idsPerPart)
                markStarted()
                publish(partCount: parts.scopes.count)
                for part in stride(from: index, to: parts.scopes.count, by: workerCount) {
                    guard waitForRoom(part) else { return }
                    var value = makePart()
                    try StatusWalk(
                        db, asOf: date, scope: parts.scopes[part], plans: parts.plans,
                        withSources: withSources
                    ).forEach { status in
                        do {
                            try add(&value, status)
                        } catch {
                            addError = error
                            throw error
                        }
                    }
                    deposit(value, part: part)
                }
            }
        } catch {
            condition.lock()
            if failure == nil { failure = addError ?? Store.storeError(error, path: pool.path) }
            condition.unlock()
        }
        markStarted()
        condition.lock()
        stoppedWorkers += 1
        condition.broadcast()
        condition.unlock()
    }

    private func publish(partCount count: Int) {
        condition.lock()
        partCount = count
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
            if let partCount, nextPart >= partCount { return nil }
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
