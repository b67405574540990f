import GRDB
import PlanIngest
import Testing
@testable import PlanStore

/// `count` distinct targets, each stated once at its own offset with its own unit responsible.
private func makeTargets(_ count: Int) -> [Target] {
    (0..<count).map { index in
        makeTarget(
            "新增\(index + 1)家", value: Double(index + 1), start: index * 10,
            responsible: [ResponsibleUnit(name: "第\(index % 3)局", isLead: index % 2 == 0)])
    }
}

@Test(arguments: [1, Store.targetRowsPerStatement, Store.targetRowsPerStatement * 2 + 5])
func everyTargetIsStoredWithItsOwnSourcesAndUnits(count: Int) throws {
    // Given a store with a plan in it already, and a plan stating `count` targets
    let store = try Store.makeInMemory()
    let earlier = try store.importPlan(makePlan(makeTargets(3), sha256: String(repeating: "b", count: 64)))
    let targets = makeTargets(count)
    // When the plan is imported
    let result = try store.importPlan(makePlan(targets))
    // Then its targets follow the earlier ones, in order, each with its own quote and unit
    let lastEarlierID = try #require(earlier.targets.last?.id)
    #expect(result.targets.map(\.id) == Array(lastEarlierID + 1...lastEarlierID + Int64(count)))
    #expect(result.targets.map(\.statement.quote) == targets.map(\.quote))
    #expect(result.targets.map(\.statement.value) == targets.map(\.value))
    #expect(result.targets.map(\.statement.responsible) == targets.map(\.responsible))
    #expect(result.plan.targetCount == count)
    for target in result.targets {
        #expect(try store.target(id: target.id) == target)
    }
}

@Test func targetBreakingRuleInLaterBatchIsNamedAndNothingIsStored() throws {
    // Given a plan whose target after the first batch is a range without upper end
    let store = try Store.makeInMemory()
    var targets = makeTargets(Store.targetRowsPerStatement + 3)
    let faulty = Store.targetRowsPerStatement + 1
    targets[faulty].comparator = .range
    // When it is imported
    // Then that target is named, and neither the plan nor any target was stored
    #expect {
        try store.importPlan(makePlan(targets))
    } throws: { error in
        guard case .invalidPlan(let fileName, let reason) = error as? StoreError else { return false }
        return fileName == "plan.txt"
            && reason.hasPrefix("the target \"\(targets[faulty].quote)\" breaks a rule")
    }
    #expect(try store.plans().isEmpty)
    #expect(try store.targets(matching: TargetFilter()).isEmpty)
}

@Test func firstTargetBreakingRuleIsNamedWhateverItBreaks() throws {
    // Given a plan whose second target has an empty quote and whose third is a range without
    // upper end
    let store = try Store.makeInMemory()
    var targets = makeTargets(4)
    targets[1].quote = ""
    targets[2].comparator = .range
    // When it is imported
    // Then the second target is named, as the first one to break a rule
    #expect {
        try store.importPlan(makePlan(targets))
    } throws: { error in
        guard case .invalidPlan(_, let reason) = error as? StoreError else { return false }
        return reason.hasPrefix("the target \"\" breaks a rule")
    }
    #expect(try store.plans().isEmpty)
}
