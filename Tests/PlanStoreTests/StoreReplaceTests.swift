import PlanIngest
import Testing
@testable import PlanStore

@Test func replacingAPlanKeepsReviewsAndProgress() throws {
    // Given a plan with a confirmed target with figures, an unreviewed one, and one that will go
    let store = try Store.makeInMemory()
    let old = try store.importPlan(
        makePlan([
            makeTarget("高新技术企业达1500家", metric: "高新技术企业", value: 1500, start: 10),
            makeTarget("研发机构达100家", metric: "研发机构", value: 100, start: 30),
            makeTarget("孵化器达10家", metric: "孵化器", value: 10, start: 50),
        ])
    ).targets
    try store.confirmTargets([old[0].id], by: "wang")
    try store.record(
        [ProgressFigure(targetID: old[0].id, period: period("2024Q2"), value: 1320)], replacing: false)
    // When a newer version states other values, moves the text, drops one target and adds one
    let newer = makePlan(
        [
            makeTarget("高新技术企业达1500家", metric: "高新技术企业", value: 1600, start: 110),
            makeTarget("研发机构达100家", metric: "研发机构", value: 120, start: 130),
            makeTarget("新增专利500件", metric: "专利", value: 500, unit: "件", isIncrement: true, start: 150),
        ], sha256: String(repeating: "b", count: 64), title: "修订版")
    let result = try store.replacePlan(old[0].planID, with: newer, by: "li")
    // Then the matched targets keep their ids; the confirmed one keeps its value and figures,
    // the unreviewed one takes the new value; the dropped one, never reviewed nor logged, is
    // removed; the new one is added
    #expect(result.plan.title == "修订版")
    #expect(result.plan.sha256 == String(repeating: "b", count: 64))
    #expect(result.kept.map(\.id) == [old[0].id, old[1].id])
    #expect(result.kept.map(\.statement.value) == [1500, 120])
    #expect(result.kept[0].reviewState == .confirmed)
    #expect(result.kept[0].sources.map(\.span.start) == [110])
    #expect(result.added.map(\.statement.metric) == ["专利"])
    #expect(result.added.first?.reviewState == .extracted)
    #expect(result.removed.map(\.id) == [old[2].id])
    #expect(result.retired.isEmpty)
    #expect(try store.target(id: old[2].id) == nil)
    #expect(try store.progress(ofTarget: old[0].id, includingReplaced: false).map(\.value) == [1320])
    #expect(try store.plans().count == 1)
    #expect(try store.statuses(asOf: day("2024-06-30"), plan: nil).count == 3)
}

@Test func aTargetWithFiguresOrAReviewIsRetiredAndReturnsWhenStatedAgain() throws {
    // Given a plan with a logged target and a rejected one
    let store = try Store.makeInMemory()
    let old = try store.importPlan(
        makePlan([
            makeTarget("高新技术企业达1500家", metric: "高新技术企业", value: 1500, start: 10),
            makeTarget("孵化器达10家", metric: "孵化器", value: 10, start: 30),
        ])
    ).targets
    try store.record(
        [ProgressFigure(targetID: old[0].id, period: period("2024Q2"), value: 1320)], replacing: false)
    try store.rejectTargets([old[1].id], reason: "不是目标", by: "wang")
    // When a newer version states neither
    let newer = makePlan([], sha256: String(repeating: "b", count: 64), text: "修订版")
    let result = try store.replacePlan(old[0].planID, with: newer, by: "li")
    // Then both are retired with their figures and review, out of reports and lookups
    #expect(result.retired.map(\.id) == [old[0].id, old[1].id])
    #expect(result.retired.map(\.isRetired) == [true, true])
    #expect(result.retired.map(\.reviewState) == [.extracted, .rejected])
    #expect(try store.progress(ofTarget: old[0].id, includingReplaced: false).map(\.value) == [1320])
    #expect(try store.statuses(asOf: day("2024-06-30"), plan: nil).isEmpty)
    #expect(throws: StoreError.self) { try store.resolveTarget("高新技术企业达1500家", inPlan: nil) }
    #expect(try store.history(ofTarget: old[0].id).last?.reason == "no longer in the plan")
    // And when a later version states the first again, it returns with its id
    let again = makePlan(
        [makeTarget("高新技术企业达1500家", metric: "高新技术企业", value: 1500, start: 0)],
        sha256: String(repeating: "c", count: 64))
    let restored = try store.replacePlan(old[0].planID, with: again, by: "li")
    #expect(restored.kept.map(\.id) == [old[0].id])
    #expect(restored.kept.first?.isRetired == false)
    #expect(try store.statuses(asOf: day("2024-06-30"), plan: nil).map(\.target.id) == [old[0].id])
}

@Test func replacingWithAnotherPlansBytesIsRefused() throws {
    // Given two plans
    let store = try Store.makeInMemory()
    let first = try store.importPlan(makePlan([makeTarget("高新技术企业达1500家", value: 1500)]))
    let second = try store.importPlan(
        makePlan([makeTarget("研发机构达100家", value: 100)], sha256: String(repeating: "c", count: 64)))
    // When the first is replaced with the second's bytes, or an unknown plan is replaced
    // Then both are refused and nothing changes
    #expect {
        try store.replacePlan(first.plan.id, with: makePlan([], sha256: second.plan.sha256), by: "li")
    } throws: { error in
        guard case .invalidPlan(_, let reason) = error as? StoreError else { return false }
        return reason.contains("plan \(second.plan.id)")
    }
    #expect(throws: StoreError.planNotFound(id: 999)) {
        try store.replacePlan(999, with: makePlan([]), by: "li")
    }
    #expect(try store.plans() == [first.plan, second.plan])
}

@Test func targetsAddedToAnOlderPlanAreListedWithIt() throws {
    // Given two plans
    let store = try Store.makeInMemory()
    let first = try store.importPlan(makePlan([makeTarget("高新技术企业达1500家", value: 1500)]))
    let second = try store.importPlan(
        makePlan([makeTarget("研发机构达100家", value: 100)], sha256: String(repeating: "c", count: 64)))
    // When the first gains a target in a newer version
    let newer = makePlan(
        [makeTarget("高新技术企业达1500家", value: 1500), makeTarget("新增专利500件", value: 500, start: 20)],
        sha256: String(repeating: "d", count: 64))
    let added = try store.replacePlan(first.plan.id, with: newer, by: "li").added
    // Then listings keep plan order: the first plan's targets, its new one included, come first
    let listed = try store.targets(matching: TargetFilter()).map(\.id)
    #expect(listed == [first.targets[0].id, added[0].id, second.targets[0].id])
    #expect(added[0].id > second.targets[0].id)
}

@Test func aTargetWithGrowthRatesLoggedKeepsNoBaseYear() throws {
    // Given two growth targets stored without a base year, one with a growth rate logged
    let store = try Store.makeInMemory()
    var rate = makeTarget("工业增加值比上年增长8%", metric: "工业增加值", value: 8, unit: "%", kind: .growth, start: 10)
    var exports = makeTarget("出口额比上年增长5%", metric: "出口额", value: 5, unit: "%", kind: .growth, start: 30)
    let old = try store.importPlan(makePlan([rate, exports])).targets
    try store.record(
        [ProgressFigure(targetID: old[0].id, period: period("2024"), value: 8.5)], replacing: false)
    // When a newer version is read as measured from 2024
    rate.baseYear = 2024
    exports.baseYear = 2024
    let newer = makePlan([rate, exports], sha256: String(repeating: "b", count: 64))
    let result = try store.replacePlan(old[0].planID, with: newer, by: "li")
    // Then the one with a figure keeps no base year, so its 8.5 stays a growth rate, and its
    // history says why; the other takes the base year
    #expect(result.kept.map(\.statement.baseYear) == [nil, 2024])
    let change = try #require(try store.history(ofTarget: old[0].id).last)
    #expect(change.field == "baseYear")
    #expect(change.reason?.contains("measures it from 2024") == true)
    #expect(try store.history(ofTarget: old[1].id).isEmpty)
}
