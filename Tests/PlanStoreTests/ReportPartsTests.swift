import PlanIngest
import Testing
@testable import PlanStore

@Test(arguments: [
    (0, Int64(8192), [ClosedRange<Int64>]()), (5, 5, [1...5]), (5, 8192, [1...5]),
    (5, 2, [1...2, 3...4, 5...5]),
    (6, 3, [1...3, 4...6]), (3, 1, [1...1, 2...2, 3...3]),
])
func aReportOverAllPlansIsCutIntoRunsOfIds(
    _ targetCount: Int, _ idsPerPart: Int64, _ expected: [ClosedRange<Int64>]
)
    throws
{
    // Given a plan with some targets, their ids counted from 1
    let store = try Store.makeInMemory()
    if targetCount > 0 {
        _ = try store.importPlan(
            makePlan((0..<targetCount).map { makeTarget("企业达\($0)", value: Double($0 + 1), start: $0 * 10) }))
    }
    // When a report over all plans is cut into parts
    let parts = try store.writer.read { db in
        try ReportParts(db, scope: ReportScope(), idsPerPart: idsPerPart)
    }
    // Then the parts cover the ids from the first to the last, each at most `idsPerPart` long
    #expect(parts.scopes.map(\.ids) == expected)
    #expect(parts.scopes.allSatisfy { $0.plan == nil })
}

@Test func aReportOnOnePlanIsOnePart() throws {
    // Given two plans
    let store = try Store.makeInMemory()
    _ = try store.importPlan(makePlan([makeTarget("企业达1500家", value: 1500)]))
    let second = try store.importPlan(
        makePlan([makeTarget("机构达100家", value: 100)], sha256: String(repeating: "b", count: 64)))
    // When a report on the second is cut into parts
    let parts = try store.writer.read { db in
        try ReportParts(db, scope: ReportScope(plan: second.plan.id), idsPerPart: 1)
    }
    // Then it is one part, the plan itself, whatever the size of a part
    #expect(parts.scopes == [ReportScope(plan: second.plan.id)])
    #expect(parts.plans.keys.sorted() == [second.plan.id])
}
