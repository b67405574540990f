import PlanIngest
import Testing
@testable import PlanStore

/// A plan without targets read from `fileName`, with its own bytes.
private func makePlan(fileName: String, title: String, digit: Character) -> PlanImport {
    var plan = makePlan([], sha256: String(repeating: digit, count: 64), title: title)
    plan.fileName = fileName
    return plan
}

@Test func newestPlanFromTheSameFileElseWithTheSameTitleIsReplaced() throws {
    // Given two versions of a.txt and a plan from b.txt with another title
    let store = try Store.makeInMemory()
    _ = try store.importPlan(makePlan(fileName: "a.txt", title: "甲方案", digit: "1"))
    let newerA = try store.importPlan(makePlan(fileName: "a.txt", title: "甲方案", digit: "2")).plan
    let b = try store.importPlan(makePlan(fileName: "b.txt", title: "乙方案", digit: "3")).plan
    // When the plan to replace is looked up
    // Then the newest plan from the same file is found, whatever its title, else one with the
    // same title, else none
    #expect(try store.planToReplace(fileName: "a.txt", title: "乙方案") == newerA)
    #expect(try store.planToReplace(fileName: "c.txt", title: "乙方案") == b)
    #expect(try store.planToReplace(fileName: "c.txt", title: "丙方案") == nil)
    #expect(try store.planToReplace(fileName: "c.txt", title: nil) == nil)
}
