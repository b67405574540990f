import Foundation

/// Hands a report's rows, in batches, to a second thread that renders and writes them while
/// the first goes on computing: a report over a million targets keeps both cores busy and holds
/// only a few batches at a time.
///
/// Rows reach `consume` in the order they were added. An error thrown by `consume` stops the
/// pipeline; ``add(_:)`` and ``finish()`` rethrow it.
final class RowPipeline<Row: Sendable>: @unchecked Sendable {
    private let consume: @Sendable ([Row]) throws -> Void
    private let batchSize: Int
    private let maximumQueuedBatches: Int
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [[Row]] = []
    private var isClosed = false
    private var isDone = false
    private var failure: (any Error)?
    // Touched by the adding thread only.
    private var batch: [Row] = []

    /// Starts the consuming thread.
    /// - Parameters:
    ///   - batchSize: Rows per batch.
    ///   - maximumQueuedBatches: Batches that may wait before ``add(_:)`` waits in turn.
    ///   - consume: Renders and writes a batch, on the consuming thread.
    init(
        batchSize: Int = 4096, maximumQueuedBatches: Int = 4,
        consume: @escaping @Sendable ([Row]) throws -> Void
    ) {
        self.consume = consume
        self.batchSize = batchSize
        self.maximumQueuedBatches = maximumQueuedBatches
        batch.reserveCapacity(batchSize)
        Thread.detachNewThread { [self] in consumeBatches() }
    }

    /// Adds a row; waits while the consuming thread is too far behind.
    func add(_ row: Row) throws {
        batch.append(row)
        if batch.count >= batchSize { try hand(over: false) }
    }

    /// Hands over the last rows and waits until every row was consumed.
    func finish() throws {
        try hand(over: true)
        condition.lock()
        defer { condition.unlock() }
        while !isDone { condition.wait() }
        if let failure { throw failure }
    }

    /// Stops the pipeline after a failure on the adding side: rows not yet consumed are
    /// dropped.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        queue.removeAll()
        isClosed = true
        condition.broadcast()
        while !isDone { condition.wait() }
    }

    /// Runs `produce`, which adds the rows, then waits until all were consumed; cancels the
    /// pipeline when `produce` fails.
    func run(_ produce: () throws -> Void) throws {
        do {
            try produce()
        } catch {
            cancel()
            throw error
        }
        try finish()
    }

    private func hand(over isLast: Bool) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= maximumQueuedBatches && failure == nil { condition.wait() }
        if let failure { throw failure }
        if !batch.isEmpty { queue.append(batch) }
        batch = []
        batch.reserveCapacity(batchSize)
        if isLast { isClosed = true }
        condition.broadcast()
    }

    private func consumeBatches() {
        while true {
            condition.lock()
            while queue.isEmpty && !isClosed { condition.wait() }
            guard !queue.isEmpty, failure == nil else {
                isDone = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let next = queue.removeFirst()
            condition.broadcast()
            condition.unlock()
            do {
                try consume(next)
            } catch {
                condition.lock()
                failure = error
                queue.removeAll()
                isDone = true
                condition.broadcast()
                condition.unlock()
                return
            }
        }
    }
}

/// A streamed output that the consuming thread of a ``RowPipeline`` writes to, with the count
/// of rows written.
final class PipelineOutput: @unchecked Sendable {
    /// Touched by one thread at a time: the consuming thread while the pipeline runs.
    var stream: StreamedOutput
    var rowCount = 0

    init(_ stream: StreamedOutput) {
        self.stream = stream
    }
}
