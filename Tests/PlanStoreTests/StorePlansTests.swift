import GRDB
import PlanIngest
import Testing
@testable import PlanStore

@Test func importStoresPlanAndTargets() throws {
    // Given an empty store
    let store = try Store.makeInMemory()
    // When a plan with two targets is imported
    let result = try store.importPlan(
        makePlan([
            makeTarget("高新技术企业达1500家", metric: "高新技术企业", value: 1500),
            makeTarget(
                "研发投入强度达到3.55%", metric: "研发投入强度", value: 3.55, unit: .percent, kind: .ratio, start: 20),
        ]))
    // Then the plan, its metadata and its targets are stored
    #expect(result.isNew)
    #expect(result.plan.title == "科技创新三年行动方案")
    #expect(result.plan.documentNumber == "滨科字〔2022〕73号")
    #expect(result.plan.horizon == Horizon(startYear: 2023, endYear: 2025))
    #expect(result.plan.issueDate == CalendarDay(year: 2022, month: 12, day: 1))
    #expect(result.plan.targetCount == 2)
    #expect(result.targets.map(\.statement.metric) == ["高新技术企业", "研发投入强度"])
    #expect(result.targets.allSatisfy { $0.reviewState == .extracted && $0.planTitle == "科技创新三年行动方案" })
    #expect(try store.plans() == [result.plan])
    #expect(try store.planText(id: result.plan.id) == "到2025年，高新技术企业达1500家。")
    let stored = try #require(try store.target(id: result.targets[1].id))
    #expect(stored.statement.value == 3.55)
    #expect(stored.statement.unit == .percent)
    #expect(stored.statement.deadline == CalendarDay(year: 2025, month: 12, day: 31))
    #expect(stored.statement.span == TextSpan(start: 20, end: 33))
}

@Test func importingSameBytesAgainChangesNothing() throws {
    // Given a store with one imported plan
    let store = try Store.makeInMemory()
    let plan = makePlan([makeTarget("高新技术企业达1500家", value: 1500)])
    let first = try store.importPlan(plan)
    // When the same bytes are imported again (even with other extraction results)
    var again = plan
    again.targets.append(makeTarget("新增10家", value: 10, start: 40))
    again.sha256 = plan.sha256.uppercased()
    let second = try store.importPlan(again)
    // Then the existing plan comes back unchanged
    #expect(!second.isNew)
    #expect(second.plan == first.plan)
    #expect(second.targets == first.targets)
    #expect(try store.plans().count == 1)
    #expect(try store.targets(matching: TargetFilter()).count == 1)
}

@Test func statementsOfTheSameTargetAreTrackedOnce() throws {
    // Given a plan stating one target in its goals and again in a section, with other units
    let store = try Store.makeInMemory()
    let summary = makeTarget(
        "高新技术企业达1500家", metric: "高新技术企业", value: 1500, start: 10,
        responsible: [ResponsibleUnit(name: "市科技局")])
    let section = makeTarget(
        "全市高新技术企业达到1500家", metric: "高新技术企业", value: 1500, start: 200,
        responsible: [ResponsibleUnit(name: "市财政局"), ResponsibleUnit(name: "市 科技局", isLead: true)])
    let other = makeTarget("高新技术企业达1500家", metric: "高新技术企业", value: 1500, deadline: "2024-12-31", start: 300)
    // When it is imported
    let result = try store.importPlan(makePlan([summary, section, other]))
    // Then the two statements are one target with two sources and the union of units, lead first
    #expect(result.targets.count == 2)
    let merged = result.targets[0]
    #expect(merged.sources.map(\.quote) == ["高新技术企业达1500家", "全市高新技术企业达到1500家"])
    #expect(merged.sources.map(\.span.start) == [10, 200])
    #expect(merged.statement.quote == "高新技术企业达1500家")
    #expect(
        merged.statement.responsible == [
            ResponsibleUnit(name: "市科技局", isLead: true), ResponsibleUnit(name: "市财政局"),
        ])
    #expect(result.plan.targetCount == 2)
    let unitCount = try store.writer.read { db in
        try Int.fetchOne(db, sql: "SELECT count(*) FROM responsibleUnit")
    }
    #expect(unitCount == 2)
}

@Test func hostileTextIsStoredVerbatim() throws {
    // Given text full of quotes, semicolons and SQL keywords
    let store = try Store.makeInMemory()
    let nasty = "'); DROP TABLE plan; -- \"x\" OR 1=1 达100家"
    var plan = makePlan([
        makeTarget(
            nasty, metric: nasty, value: 100,
            responsible: [ResponsibleUnit(name: "市局'; DELETE FROM target;--")])
    ])
    plan.metadata.title = nasty
    plan.text = nasty
    plan.fileName = "a'b;\".txt"
    // When it is imported and logged against
    let result = try store.importPlan(plan)
    try store.record(
        [
            ProgressFigure(
                targetID: result.targets[0].id, period: period("2024Q1"), value: 1, note: nasty, source: nasty
            )
        ], replacing: false)
    // Then everything comes back as written
    let stored = try #require(try store.target(id: result.targets[0].id))
    #expect(stored.statement.quote == nasty)
    #expect(stored.statement.metric == nasty)
    #expect(stored.statement.responsible.map(\.name) == ["市局';DELETEFROMtarget;--"])
    #expect(try store.plans().first?.title == nasty)
    #expect(try store.plans().first?.fileName == "a'b;\".txt")
    #expect(try store.progress(ofTarget: stored.id, includingReplaced: false).first?.note == nasty)
    #expect(try store.resolveTarget(nasty, inPlan: nil).id == stored.id)
}

@Test func planBreakingSchemaRuleStoresNothing() throws {
    // Given a plan whose second target is a range without upper end
    let store = try Store.makeInMemory()
    let plan = makePlan([
        makeTarget("高新技术企业达1500家", value: 1500),
        makeTarget("新增3家", value: 3, comparator: .range, start: 30),
    ])
    // When it is imported
    #expect {
        try store.importPlan(plan)
    } throws: { error in
        guard case .invalidPlan(let fileName, _) = error as? StoreError else { return false }
        return fileName == "plan.txt"
    }
    // Then neither the plan nor its first target were stored
    #expect(try store.plans().isEmpty)
    #expect(try store.targets(matching: TargetFilter()).isEmpty)
}

@Test(arguments: ["", "abc", String(repeating: "g", count: 64), String(repeating: "a", count: 65)])
func planWithoutProperChecksumIsRefused(_ sha256: String) throws {
    // Given an empty store
    let store = try Store.makeInMemory()
    // When a plan with a malformed SHA-256 is imported
    // Then it is refused and nothing is stored
    #expect(throws: StoreError.self) {
        try store.importPlan(makePlan([makeTarget("高新技术企业达1500家", value: 1500)], sha256: sha256))
    }
    #expect(try store.plans().isEmpty)
}
