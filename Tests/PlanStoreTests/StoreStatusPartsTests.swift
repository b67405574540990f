import Foundation
import PlanIngest
import Testing
@testable import PlanStore

/// A store on a new file with `planCount` plans of five targets each (one recurring), figures
/// for some, and, when `interleaved`, targets added to the first plan after the others were
/// imported; with its folder, removed by the caller.
private func makeStoreOfPlans(_ planCount: Int, interleaved: Bool) throws -> (Store, URL) {
    let folder = try makeTemporaryFolder()
    let store = try Store(path: folder.appending(path: "plantrack.sqlite").path)
    func targets(_ plan: Int, extra: Bool) -> [Target] {
        (0..<(extra ? 6 : 5)).map { index in
            index == 4
                ? makeTarget(
                    "每年新增企业\(plan)-\(index)", value: 10, deadline: nil, recurrence: .annual,
                    isIncrement: true,
                    start: index * 20)
                : makeTarget(
                    "企业达\(plan)-\(index)", value: Double(100 + index),
                    deadline: index == 1 ? "2023-12-31" : "2025-12-31",
                    start: index * 20)
        }
    }
    var firstPlan: Int64 = 0
    for plan in 0..<planCount {
        let result = try store.importPlan(
            makePlan(targets(plan, extra: false), sha256: String(format: "%064d", plan), title: "方案\(plan)"))
        if plan == 0 { firstPlan = result.plan.id }
        let figures = result.targets.enumerated().compactMap { index, target -> ProgressFigure? in
            index % 3 == 2
                ? nil
                : ProgressFigure(targetID: target.id, period: period("2023Q4"), value: Double(40 * index))
        }
        try store.record(figures, replacing: false)
    }
    if interleaved {
        try store.replacePlan(
            firstPlan,
            with: makePlan(targets(0, extra: true), sha256: String(repeating: "f", count: 64), title: "方案0"),
            by: "li")
    }
    return (store, folder)
}

/// The statuses of every plan walked on one thread, reduced by ``summary(_:)``.
private func summariesOnOneThread(_ store: Store, asOf date: CalendarDay) throws -> [String] {
    var summaries: [String] = []
    try store.forEachStatus(asOf: date, plan: nil) { summaries.append(summary($0)) }
    return summaries
}

/// The threads that called ``note()``.
private final class ThreadsSeen: @unchecked Sendable {
    private let lock = NSLock()
    private var threads: Set<pthread_t> = []

    func note() {
        lock.withLock { _ = threads.insert(pthread_self()) }
    }

    var count: Int { lock.withLock { threads.count } }
}

/// What a status is reduced to for comparing walks.
private func summary(_ status: TargetStatus) -> String {
    "\(status.target.planID)/\(status.target.id)/\(status.instanceYear ?? 0)/\(status.state.rawValue)"
}

@Test(arguments: [false, true])
func statusesJudgedInPartsOnSeveralThreadsComeBackInReportOrder(interleaved: Bool) throws {
    // Given a store of several plans, their targets one run of ids or not
    let (store, folder) = try makeStoreOfPlans(7, interleaved: interleaved)
    defer { try? FileManager.default.removeItem(at: folder) }
    let date = day("2024-06-30")
    let expected = try summariesOnOneThread(store, asOf: date)
    // When the statuses are gathered in parts of three ids on three threads
    var walked: [[String]] = []
    let threads = ThreadsSeen()
    // Each worker waits, at most five seconds in all, until all three have started: on a busy
    // machine one worker could otherwise judge every part before the others begin.
    let deadline = ContinuousClock.now + .seconds(5)
    try store.forEachStatusPart(
        asOf: date, scope: ReportScope(), withSources: true, idsPerPart: 3, workerCount: 3,
        makePart: { [String]() },
        add: { part, status in
            threads.note()
            while threads.count < 3, ContinuousClock.now < deadline { usleep(1000) }
            part.append(summary(status))
        }
    ) { walked.append($0) }
    // Then three threads judged them, and the parts come back in order, together as one walk on
    // one thread gives them
    #expect(threads.count == 3)
    #expect(expected.count > 35)
    #expect(walked.count > 5)
    #expect(Array(walked.joined()) == expected)
}

@Test(arguments: [1, 2])
func partsOfTheTargetsDueBeforeADateHoldTheOverdueOnes(workerCount: Int) throws {
    // Given a store of several plans
    let (store, folder) = try makeStoreOfPlans(4, interleaved: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let date = day("2024-06-30")
    // When the targets due before the date are gathered in parts, on one thread or two,
    // keeping the overdue ones
    var walked: [String] = []
    try store.forEachStatusPart(
        asOf: date, scope: ReportScope(dueBefore: date), withSources: false, idsPerPart: 2,
        workerCount: workerCount, makePart: { [String]() },
        add: { part, status in if status.isOverdue(asOf: date) { part.append(summary(status)) } }
    ) { walked += $0 }
    // Then exactly those of the overdue report are handed over
    let overdue = try store.statuses(asOf: date, plan: nil) { $0.isOverdue(asOf: date) }.map(summary)
    #expect(!overdue.isEmpty)
    #expect(walked == overdue)
}

@Test func aFigureLoggedWhileAReportRunsDoesNotShowInIt() throws {
    // Given a store whose report is being walked in parts on two threads
    let (store, folder) = try makeStoreOfPlans(6, interleaved: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let date = day("2024-06-30")
    let before = try summariesOnOneThread(store, asOf: date)
    let lastTarget = try #require(try store.targets(matching: TargetFilter()).last)
    // When a figure meeting the last target is logged after the first status came back
    var walked: [String] = []
    try store.forEachStatusPart(
        asOf: date, scope: ReportScope(), withSources: false, idsPerPart: 2, workerCount: 2,
        makePart: { [String]() }, add: { $0.append(summary($1)) }
    ) { part in
        if walked.isEmpty {
            try store.record(
                [ProgressFigure(targetID: lastTarget.id, period: period("2024Q1"), value: 1_000_000)],
                replacing: false)
        }
        walked += part
    }
    // Then the report shows the database as it was when it started, and the next one the figure
    #expect(walked == before)
    let after = try summariesOnOneThread(store, asOf: date)
    #expect(after != before)
}

@Test func aReportWhileAnotherConnectionWritesRunsOnOneThreadWithoutWaiting() throws {
    // Given a store of several plans, and a second connection in the middle of a write
    let (store, folder) = try makeStoreOfPlans(5, interleaved: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let date = day("2024-06-30")
    let expected = try summariesOnOneThread(store, asOf: date)
    let writer = try Store(path: store.path)
    try writer.writer.write { _ in
        // When a report gathers its parts meanwhile
        let start = ContinuousClock.now
        var walked: [String] = []
        try store.forEachStatusPart(
            asOf: date, scope: ReportScope(), withSources: false, idsPerPart: 2, workerCount: 2,
            makePart: { [String]() }, add: { $0.append(summary($1)) }
        ) { walked += $0 }
        // Then it reads the committed state on the calling thread, without waiting the busy
        // timeout for the write lock
        #expect(walked == expected)
        #expect(ContinuousClock.now - start < .seconds(Store.busyTimeout / 2))
    }
}

private struct Refusal: Error, Equatable {}

@Test func anErrorOfAddingOrOfTheBodyStopsTheWalkAsItIs() throws {
    // Given a store of several plans
    let (store, folder) = try makeStoreOfPlans(5, interleaved: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let date = day("2024-06-30")
    for workerCount in [1, 2] {
        // When adding one status throws, or the body for the third part
        // Then the walk stops with that error, on one thread or two
        #expect(throws: Refusal()) {
            try store.forEachStatusPart(
                asOf: date, scope: ReportScope(), withSources: false, idsPerPart: 2, workerCount: workerCount,
                makePart: { [String]() },
                add: { part, status in
                    if status.target.id == 7 { throw Refusal() }
                    part.append(summary(status))
                }
            ) { _ in }
        }
        var received = 0
        #expect(throws: Refusal()) {
            try store.forEachStatusPart(
                asOf: date, scope: ReportScope(), withSources: false, idsPerPart: 2, workerCount: workerCount,
                makePart: { [String]() }, add: { $0.append(summary($1)) }
            ) { _ in
                received += 1
                if received == 3 { throw Refusal() }
            }
        }
        #expect(received == 3)
    }
}
