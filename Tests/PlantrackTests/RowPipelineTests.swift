import Foundation
import Testing
@testable import plantrack

/// Collects what the consuming thread receives.
private final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var rows: [Int] = []

    func append(_ batch: [Int]) {
        lock.withLock { rows += batch }
    }

    var all: [Int] { lock.withLock { rows } }
}

private struct Refused: Error {}

@Test(arguments: [0, 1, 7, 4096, 10_001])
func everyRowArrivesInOrder(count: Int) throws {
    // Given a pipeline with small batches
    let received = Received()
    let pipeline = RowPipeline<Int>(batchSize: 7, maximumQueuedBatches: 2) { received.append($0) }
    // When rows are added and the pipeline finishes
    try pipeline.run {
        for row in 0..<count { try pipeline.add(row) }
    }
    // Then the consumer saw each row once, in order
    #expect(received.all == Array(0..<count))
}

@Test func aConsumerFailureReachesTheAddingSide() throws {
    // Given a consumer that fails on its second batch
    let received = Received()
    let pipeline = RowPipeline<Int>(batchSize: 10, maximumQueuedBatches: 1) { batch in
        if batch.first == 10 { throw Refused() }
        received.append(batch)
    }
    // When many rows are added
    // Then the failure is thrown, and no row after the failing batch was consumed
    #expect(throws: Refused.self) {
        try pipeline.run {
            for row in 0..<10_000 { try pipeline.add(row) }
        }
    }
    #expect(received.all == Array(0..<10))
}

@Test func aProducerFailureStopsThePipeline() throws {
    // Given a producer that fails half-way
    let received = Received()
    let pipeline = RowPipeline<Int>(batchSize: 10, maximumQueuedBatches: 1) { received.append($0) }
    // When it fails
    // Then its error is thrown and the pipeline stops without consuming rows never added
    #expect(throws: Refused.self) {
        try pipeline.run {
            for row in 0..<55 { try pipeline.add(row) }
            throw Refused()
        }
    }
    #expect(received.all.count <= 50)
    #expect(received.all == Array(0..<received.all.count))
}
