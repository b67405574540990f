import Foundation
import GRDB
import PlanIngest

/// Judges the parts of a report (see ``ReportParts``) on several threads, each with its own
/// connection, and hands their values back in report order on the calling thread.
///
/// Every connection must read the same state of the database. The calling thread holds the
/// database's write lock (an immediate transaction, rolled back) while the workers start their
/// read transactions, so no write can commit in between; once they have, writers go on and the
/// workers keep reading the state they started from.
///
/// Worker *i* of *n* takes parts *i*, *i* + *n*, … and stays at most ``partsAhead`` parts ahead
/// of the calling thread, which bounds the values held.
final class ParallelStatusWalk<Value: Sendable>: @unchecked Sendable {
    private let pool: DatabasePool
    private let date: CalendarDay
    private let scope: ReportScope
    private let withSources: Bool
    private let idsPerPart: Int64
    private let workerCount: Int
    private let transform: @Sendable (TargetStatus) throws -> Value?
    private let partsAhead: Int

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var partCount: Int?
    private var finishedParts: [Int: [Value]] = [:]
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
    ///   - transform: Turns a status into the value handed back, or `nil` to leave it out; runs
    ///     on the workers.
    init(
        _ pool: DatabasePool, asOf date: CalendarDay, scope: ReportScope, withSources: Bool,
        idsPerPart: Int64, workerCount: Int, transform: @escaping @Sendable (TargetStatus) throws -> Value?
    ) {
        self.pool = pool
        self.date = date
        self.scope = scope
        self.withSources = withSources
        self.idsPerPart = idsPerPart
        self.workerCount = workerCount
        self.transform = transform
        partsAhead = 2 * workerCount
    }

    /// Starts the workers while holding the write lock, and returns once each has begun
    /// reading; false, with no worker started, when the lock cannot be had (a read-only file,
    /// or a writer that keeps it past the busy timeout).
    func start() -> Bool {
        var hasStartedWorkers = false
        try? pool.writeWithoutTransaction { db in
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

    /// Calls `body` with each value in report order, once ``start()`` succeeded. Errors stop
    /// the walk and are rethrown once every worker has stopped: those of `transform` and `body`
    /// as they are, the database's as ``StoreError``s.
    func deliver(_ body: (Value) throws -> Void) throws {
        do {
            while let values = try nextValues() {
                for value in values { try body(value) }
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
        var transformError: (any Error)?
        do {
            try pool.read { db in
                let parts = try ReportParts(db, scope: scope, idsPerPart: idsPerPart)
                markStarted()
                publish(partCount: parts.scopes.count)
                for part in stride(from: index, to: parts.scopes.count, by: workerCount) {
                    guard waitForRoom(part) else { return }
                    var values: [Value] = []
                    try StatusWalk(
                        db, asOf: date, scope: parts.scopes[part], plans: parts.plans, withSources: withSources
                    ).forEach { status in
                        do {
                            if let value = try transform(status) { values.append(value) }
                        } catch {
                            transformError = error
                            throw error
                        }
                    }
                    deposit(values, part: part)
                }
            }
        } catch {
            condition.lock()
            if failure == nil { failure = transformError ?? Store.storeError(error, path: pool.path) }
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

    private func deposit(_ values: [Value], part: Int) {
        condition.lock()
        finishedParts[part] = values
        condition.broadcast()
        condition.unlock()
    }

    /// The values of the next part in order, or `nil` after the last one.
    private func nextValues() throws -> [Value]? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let failure { throw failure }
            if let partCount, nextPart >= partCount { return nil }
            if let values = finishedParts.removeValue(forKey: nextPart) {
                nextPart += 1
                condition.broadcast()
                return values
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
