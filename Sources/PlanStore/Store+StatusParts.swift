import Foundation
import GRDB
import PlanIngest

extension Store {
    /// How many threads judge a report over all plans: one per core, at most four.
    static var reportWorkerCount: Int { min(4, ProcessInfo.processInfo.activeProcessorCount) }

    /// Gathers the statuses as of `date` part by part, on as many threads as there are cores:
    /// `add` puts each status of a part into the value `makePart` started it with, and `body`
    /// receives the parts' values in the order of
    /// ``forEachStatus(asOf:plan:dueBefore:binding:withSources:_:)``, on the calling thread.
    ///
    /// A report over all plans is judged in parts of a few thousand targets on separate
    /// connections that all read one state of the database (see ``ParallelStatusWalk``), and
    /// holds a few parts at a time. A report on one plan (one part), on a read-only database, or
    /// while another connection is writing, runs on the calling thread, without waiting.
    ///
    /// - Parameters:
    ///   - date: The as-of date.
    ///   - plan: Only this plan's targets.
    ///   - dueBefore: Only targets due before this day, and recurring ones.
    ///   - binding: Only binding targets (`true`) or only expected ones (`false`).
    ///   - withSources: Whether to load each target's statements (its quote).
    ///   - makePart: An empty value for a part, such as a buffer of rendered rows.
    ///   - add: Adds a status to its part's value; called from several threads at once.
    ///   - body: Receives the parts' values in order.
    /// - Complexity: O(*t* + *y*) for *t* targets and *y* target years with figures.
    public func forEachStatusPart<Part: Sendable>(
        asOf date: CalendarDay, plan: Int64?, dueBefore: CalendarDay? = nil, binding: Bool? = nil,
        withSources: Bool = true, makePart: @escaping @Sendable () -> Part,
        add: @escaping @Sendable (inout Part, TargetStatus) throws -> Void,
        _ body: (Part) throws -> Void
    ) throws {
        try forEachStatusPart(
            asOf: date, scope: ReportScope(plan: plan, dueBefore: dueBefore, binding: binding),
            withSources: withSources,
            idsPerPart: ReportParts.defaultIDsPerPart, workerCount: Store.reportWorkerCount,
            makePart: makePart, add: add, body)
    }

    /// ``forEachStatusPart(asOf:plan:dueBefore:binding:withSources:makePart:add:_:)`` with the size of
    /// the parts and the number of threads set, for tests.
    func forEachStatusPart<Part: Sendable>(
        asOf date: CalendarDay, scope: ReportScope, withSources: Bool, idsPerPart: Int64, workerCount: Int,
        makePart: @escaping @Sendable () -> Part,
        add: @escaping @Sendable (inout Part, TargetStatus) throws -> Void,
        _ body: (Part) throws -> Void
    ) throws {
        if scope.plan == nil, workerCount > 1, let pool = writer as? DatabasePool {
            let walk = ParallelStatusWalk(
                pool, asOf: date, withSources: withSources, workerCount: workerCount, makePart: makePart,
                add: add)
            if try walk.run(scope, idsPerPart: idsPerPart, body) { return }
        }
        let callerErrors = CallerErrors()
        do {
            try writer.read { db in
                var part = makePart()
                try Store.forEachStatus(
                    db, asOf: date, scope: scope, withSources: withSources, idsPerPart: idsPerPart,
                    partEnded: {
                        try callerErrors.passing { try body(part) }
                        part = makePart()
                    }
                ) { status in try callerErrors.passing { try add(&part, status) } }
            }
        } catch {
            throw callerErrors.translating(error, path: path)
        }
    }
}
