import Foundation
import GRDB
import PlanIngest

extension Store {
    /// How many threads judge a report over all plans: one per core, at most four.
    static var reportWorkerCount: Int { min(4, ProcessInfo.processInfo.activeProcessorCount) }

    /// Turns each status as of `date` into a value with `transform`, on as many threads as
    /// there are cores, and calls `body` with the values in the order of
    /// ``forEachStatus(asOf:plan:dueBefore:withSources:_:)``, on the calling thread. Statuses
    /// that `transform` turns into `nil` are left out.
    ///
    /// A report over all plans is judged in parts of a few thousand targets on separate
    /// connections that all read one state of the database (see ``ParallelStatusWalk``), and
    /// holds a few parts' values at a time. A report on one plan, on a read-only database, or
    /// while a writer keeps the database locked, runs on the calling thread.
    ///
    /// - Parameters:
    ///   - date: The as-of date.
    ///   - plan: Only this plan's targets.
    ///   - dueBefore: Only targets due before this day, and recurring ones.
    ///   - withSources: Whether to load each target's statements (its quote).
    ///   - transform: Renders a status, or drops it; called from several threads at once.
    ///   - body: Receives the values in order.
    /// - Complexity: O(*t* + *y*) for *t* targets and *y* target years with figures.
    public func mapStatuses<Value: Sendable>(
        asOf date: CalendarDay, plan: Int64?, dueBefore: CalendarDay? = nil, withSources: Bool = true,
        transform: @escaping @Sendable (TargetStatus) throws -> Value?, _ body: (Value) throws -> Void
    ) throws {
        try mapStatuses(
            asOf: date, scope: ReportScope(plan: plan, dueBefore: dueBefore), withSources: withSources,
            idsPerPart: ReportParts.defaultIDsPerPart, workerCount: Store.reportWorkerCount,
            transform: transform, body)
    }

    /// ``mapStatuses(asOf:plan:dueBefore:withSources:transform:_:)`` with the size of the parts
    /// and the number of threads set, for tests.
    func mapStatuses<Value: Sendable>(
        asOf date: CalendarDay, scope: ReportScope, withSources: Bool, idsPerPart: Int64, workerCount: Int,
        transform: @escaping @Sendable (TargetStatus) throws -> Value?, _ body: (Value) throws -> Void
    ) throws {
        if scope.plan == nil, workerCount > 1, let pool = writer as? DatabasePool {
            let walk = ParallelStatusWalk(
                pool, asOf: date, scope: scope, withSources: withSources, idsPerPart: idsPerPart,
                workerCount: workerCount, transform: transform)
            if walk.start() {
                try walk.deliver(body)
                return
            }
        }
        try forEachStatus(
            asOf: date, plan: scope.plan, dueBefore: scope.dueBefore, withSources: withSources
        ) { status in
            if let value = try transform(status) { try body(value) }
        }
    }
}
