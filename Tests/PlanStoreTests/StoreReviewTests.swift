import PlanIngest
import Testing
@testable import PlanStore

private let planText = "一、主要目标\n到2025年，高新技术企业达1500家，新增研发机构3-5家。"

private func makeReviewStore() throws -> (Store, [StoredTarget]) {
    let store = try Store.makeInMemory()
    let targets = try store.importPlan(
        makePlan(
            [
                makeTarget("高新技术企业达1500家", metric: "高新技术企业", value: 1500, start: 12),
                makeTarget(
                    "新增研发机构3-5家", metric: "研发机构", value: 3, valueMax: 5, comparator: .range, start: 26),
            ], text: planText)
    ).targets
    return (store, targets)
}

@Test func confirmingRecordsWhoAndWhen() throws {
    // Given two extracted targets
    let (store, targets) = try makeReviewStore()
    #expect(try store.unreviewedTargets(inPlan: nil).count == 2)
    // When one is confirmed
    try store.confirmTargets([targets[0].id], by: "wang")
    // Then it is confirmed, the other still unreviewed, and the history says who did it
    #expect(try store.target(id: targets[0].id)?.reviewState == .confirmed)
    #expect(try store.unreviewedTargets(inPlan: targets[0].planID).map(\.id) == [targets[1].id])
    let history = try store.history(ofTarget: targets[0].id)
    #expect(history.map(\.field) == ["reviewState"])
    #expect(history.first?.oldValue == "extracted")
    #expect(history.first?.newValue == "confirmed")
    #expect(history.first?.changedBy == "wang")
}

@Test func confirmingAnUnknownTargetChangesNothing() throws {
    // Given two extracted targets
    let (store, targets) = try makeReviewStore()
    // When a batch with an unknown id is confirmed
    #expect(throws: StoreError.targetNotFound(reference: "999", plan: nil, candidates: [])) {
        try store.confirmTargets([targets[0].id, 999], by: "wang")
    }
    // Then the known one was not confirmed either
    #expect(try store.target(id: targets[0].id)?.reviewState == .extracted)
    #expect(try store.history(ofTarget: targets[0].id).isEmpty)
}

@Test func rejectedTargetKeepsItsReason() throws {
    // Given two targets
    let (store, targets) = try makeReviewStore()
    // When one is rejected
    try store.rejectTargets([targets[1].id], reason: "不是目标", by: "li")
    // Then it leaves the reports, and its history keeps the reason
    #expect(try store.statuses(asOf: day("2024-06-30"), plan: nil).map(\.target.id) == [targets[0].id])
    #expect(try store.history(ofTarget: targets[1].id).first?.reason == "不是目标")
    #expect(try store.target(id: targets[1].id)?.reviewState == .rejected)
}

@Test func editingChangesFieldsAndRecordsEach() throws {
    // Given a range target of 3-5 due 2025
    let (store, targets) = try makeReviewStore()
    // When its range is moved up and its deadline brought forward
    let edited = try store.editTarget(
        targets[1].id, TargetEdit(value: 6, valueMax: 8, deadline: day("2024-12-31")), by: "zhao")
    // Then the target has the new fields, is marked edited, and each change is in its history
    #expect(edited.statement.value == 6)
    #expect(edited.statement.valueMax == 8)
    #expect(edited.statement.deadline == day("2024-12-31"))
    #expect(edited.statement.deadlineSource == .stated)
    #expect(edited.reviewState == .edited)
    let history = try store.history(ofTarget: targets[1].id)
    #expect(history.map(\.field) == ["value", "valueMax", "deadline", "reviewState"])
    #expect(history.map(\.oldValue) == ["3", "5", "2025-12-31", "extracted"])
    #expect(history.map(\.newValue) == ["6", "8", "2024-12-31", "edited"])
    // And an edit that changes nothing records nothing
    try store.editTarget(targets[1].id, TargetEdit(value: 6), by: "zhao")
    #expect(try store.history(ofTarget: targets[1].id).count == 4)
}

@Test(arguments: [
    TargetEdit(valueMax: 2),
    TargetEdit(value: .infinity),
    TargetEdit(comparator: .range),
])
func editBreakingARuleChangesNothing(_ edit: TargetEdit) throws {
    // Given a range target of 3-5 and a level target without upper end
    let (store, targets) = try makeReviewStore()
    let id = edit.comparator == .range ? targets[0].id : targets[1].id
    let before = try store.target(id: id)
    // When an edit would break a rule
    #expect {
        try store.editTarget(id, edit, by: "zhao")
    } throws: { error in
        guard case .invalidEdit(let targetID, _) = error as? StoreError else { return false }
        return targetID == id
    }
    // Then the target and its history are unchanged
    #expect(try store.target(id: id) == before)
    #expect(try store.history(ofTarget: id).isEmpty)
}

@Test func addedTargetMustQuoteThePlan() throws {
    // Given a plan whose extraction missed nothing
    let (store, targets) = try makeReviewStore()
    let planID = targets[0].planID
    // When a person adds a target quoting the plan, with offsets not pointing at the quote
    let added = try store.addTarget(
        makeTarget("到2025年", metric: "年份", value: 2025, kind: .parameter, start: 0), toPlan: planID,
        by: "qian")
    // Then it is stored confirmed with the quote's real offsets and an entry in its history
    #expect(added.reviewState == .confirmed)
    #expect(added.statement.span == TextSpan(start: 7, end: 13))
    #expect(try store.history(ofTarget: added.id).map(\.field) == ["target"])
    // And a quote the plan does not contain, or an unknown plan, is refused
    #expect(throws: StoreError.quoteNotInPlan(planID: planID, quote: "新增企业100家")) {
        try store.addTarget(makeTarget("新增企业100家", value: 100), toPlan: planID, by: "qian")
    }
    #expect(throws: StoreError.planNotFound(id: 999)) {
        try store.addTarget(makeTarget("到2025年", value: 2025), toPlan: 999, by: "qian")
    }
    #expect(try store.targets(matching: TargetFilter()).count == 3)
}

@Test func aSameTargetIsALiveOneWithTheSameFields() throws {
    // Given a plan with a confirmed target, one rejected, one retired and one without a deadline
    let text = "企业达1500家，机构达100家，基地达20家，平台达5个。"
    let store = try Store.makeInMemory()
    let targets = try store.importPlan(
        makePlan(
            [
                makeTarget("企业达1500家", metric: "企业", value: 1500, start: 0),
                makeTarget("机构达100家", metric: "机构", value: 100, start: 9),
                makeTarget("基地达20家", metric: "基地", value: 20, start: 17),
                makeTarget("平台达5个", metric: "平台", value: 5, unit: "个", deadline: nil, start: 24),
            ], text: text)
    ).targets
    let planID = targets[0].planID
    try store.confirmTargets([targets[0].id, targets[3].id], by: "wang")
    try store.rejectTargets([targets[1].id], reason: "不是目标", by: "wang")
    try store.record(
        [ProgressFigure(targetID: targets[2].id, period: period("2024"), value: 18)], replacing: false)
    let newer = makePlan(
        [targets[0].statement, targets[1].statement, targets[3].statement],
        sha256: String(repeating: "b", count: 64), text: text)
    #expect(try store.replacePlan(planID, with: newer, by: "li").retired.map(\.id) == [targets[2].id])
    func sameTarget(_ target: Target) throws -> Int64? {
        try store.read { db in try Store.sameTarget(as: target, inPlan: planID, db) }
    }
    // When the same statements are looked up again
    // Then the live ones are found, the rejected and the retired ones are not
    #expect(try sameTarget(targets[0].statement) == targets[0].id)
    #expect(try sameTarget(targets[1].statement) == nil)
    #expect(try sameTarget(targets[2].statement) == nil)
    // And no deadline matches no deadline, but not a stated one
    #expect(try sameTarget(targets[3].statement) == targets[3].id)
    var dated = targets[3].statement
    dated.deadline = day("2025-12-31")
    #expect(try sameTarget(dated) == nil)
    // And another value, unit or comparator is another target
    var other = targets[0].statement
    other.value = 1600
    #expect(try sameTarget(other) == nil)
    other = targets[0].statement
    other.comparator = .atMost
    #expect(try sameTarget(other) == nil)
    // And adding a live one again is refused
    #expect(throws: StoreError.duplicateTarget(planID: planID, existingID: targets[0].id)) {
        try store.addTarget(targets[0].statement, toPlan: planID, by: "qian")
    }
}
