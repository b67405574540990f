import GRDB
import PlanIngest
import Testing
@testable import PlanStore

private func makeStoreWithTarget() throws -> (Store, Int64) {
    let store = try Store.makeInMemory()
    let result = try store.importPlan(makePlan([makeTarget("高新技术企业达1500家", value: 1500)]))
    return (store, result.targets[0].id)
}

@Test func recordsFiguresOrderedByPeriod() throws {
    // Given a target
    let (store, id) = try makeStoreWithTarget()
    // When figures are recorded out of order
    try store.record(
        [
            ProgressFigure(targetID: id, period: period("2024Q2"), value: 1320, note: "快报", source: "统计局"),
            ProgressFigure(targetID: id, period: period("2023"), value: 1200),
            ProgressFigure(targetID: id, period: period("2024Q1"), value: 1250),
        ], replacing: false)
    // Then they come back in period order with their notes
    let records = try store.progress(ofTarget: id, includingReplaced: false)
    #expect(records.map(\.period.description) == ["2023", "2024Q1", "2024Q2"])
    #expect(records.map(\.value) == [1200, 1250, 1320])
    #expect(records[2].note == "快报")
    #expect(records[2].source == "统计局")
    #expect(records.allSatisfy { $0.replacedAt == nil && $0.recordedAt.hasSuffix("Z") })
}

enum BadFigure: String, CaseIterable, Sendable {
    case unknownTarget, duplicateInBatch, notFinite, future, overlapping
}

@Test(arguments: BadFigure.allCases)
func oneBadFigureStoresNothing(_ bad: BadFigure) throws {
    // Given a target with one figure for 2023
    let (store, id) = try makeStoreWithTarget()
    try store.record([ProgressFigure(targetID: id, period: period("2023"), value: 1200)], replacing: false)
    // When a batch with good figures and one bad figure is recorded
    let badFigure: ProgressFigure
    switch bad {
    case .unknownTarget: badFigure = ProgressFigure(targetID: 999, period: period("2024Q3"), value: 1)
    case .duplicateInBatch: badFigure = ProgressFigure(targetID: id, period: period("2024Q1"), value: 2)
    case .notFinite: badFigure = ProgressFigure(targetID: id, period: period("2024Q3"), value: .nan)
    case .future: badFigure = ProgressFigure(targetID: id, period: period("2199Q1"), value: 1)
    case .overlapping: badFigure = ProgressFigure(targetID: id, period: period("2024H1"), value: 1)
    }
    let batch = [
        ProgressFigure(targetID: id, period: period("2024Q1"), value: 1250),
        ProgressFigure(targetID: id, period: period("2024Q2"), value: 1320),
        badFigure,
    ]
    #expect(throws: StoreError.self) { try store.record(batch, replacing: false) }
    // Then nothing of the batch was stored
    #expect(try store.progress(ofTarget: id, includingReplaced: true).map(\.period.description) == ["2023"])
}

@Test func duplicatePeriodIsRefused() throws {
    // Given a figure for 2024Q2
    let (store, id) = try makeStoreWithTarget()
    try store.record([ProgressFigure(targetID: id, period: period("2024Q2"), value: 1320)], replacing: false)
    // When another one for 2024Q2 is recorded without replacing
    // Then it is refused
    #expect(throws: StoreError.duplicatePeriod(targetID: id, period: "2024Q2")) {
        try store.record(
            [ProgressFigure(targetID: id, period: period("2024q2"), value: 1330)], replacing: false)
    }
    #expect(try store.progress(ofTarget: id, includingReplaced: true).map(\.value) == [1320])
}

@Test func replacingKeepsHistory() throws {
    // Given a figure for 2024Q2
    let (store, id) = try makeStoreWithTarget()
    try store.record([ProgressFigure(targetID: id, period: period("2024Q2"), value: 1320)], replacing: false)
    // When it is replaced twice
    try store.record([ProgressFigure(targetID: id, period: period("2024Q2"), value: 1330)], replacing: true)
    try store.record(
        [ProgressFigure(targetID: id, period: period("2024Q2"), value: 1340, note: "终值")], replacing: true)
    // Then only the last is current, and the history keeps all three
    #expect(try store.progress(ofTarget: id, includingReplaced: false).map(\.value) == [1340])
    let history = try store.progress(ofTarget: id, includingReplaced: true)
    #expect(history.map(\.value) == [1320, 1330, 1340])
    #expect(history.map { $0.replacedAt != nil } == [true, true, false])
}

@Test func overlappingPeriodOfAnIncrementIsRefusedEvenWhenReplacing() throws {
    // Given an increment with a figure for 2024Q1
    let store = try Store.makeInMemory()
    let id = try store.importPlan(makePlan([makeTarget("新增企业100家", value: 100, isIncrement: true)]))
        .targets[0].id
    try store.record([ProgressFigure(targetID: id, period: period("2024Q1"), value: 10)], replacing: false)
    // When a figure for the whole year is recorded
    // Then it is refused, naming the figure it overlaps
    #expect(throws: StoreError.overlappingPeriod(targetID: id, period: "2024", existing: "2024Q1")) {
        try store.record([ProgressFigure(targetID: id, period: period("2024"), value: 40)], replacing: true)
    }
}

@Test func levelPeriodsOverlapButNotOnTheirLastDay() throws {
    // Given a level with a figure for 2023H1
    let (store, id) = try makeStoreWithTarget()
    try store.record([ProgressFigure(targetID: id, period: period("2023H1"), value: 1000)], replacing: false)
    // When a figure for the whole year follows
    try store.record([ProgressFigure(targetID: id, period: period("2023"), value: 1100)], replacing: false)
    // Then both are current, and a third reading of 2023-12-31 is refused
    #expect(try store.progress(ofTarget: id, includingReplaced: false).map(\.value) == [1000, 1100])
    #expect(throws: StoreError.sameReadingDay(targetID: id, period: "2023Q4", existing: "2023")) {
        try store.record(
            [ProgressFigure(targetID: id, period: period("2023Q4"), value: 1120)], replacing: false)
    }
}

@Test func replacedFigureKeepsItsNoteUnlessANewOneIsGiven() throws {
    // Given a figure with a note and a source
    let (store, id) = try makeStoreWithTarget()
    try store.record(
        [ProgressFigure(targetID: id, period: period("2024Q1"), value: 1300, note: "快报", source: "统计局")],
        replacing: false)
    // When it is replaced without a note, then with one
    try store.record([ProgressFigure(targetID: id, period: period("2024Q1"), value: 1310)], replacing: true)
    let kept = try store.progress(ofTarget: id, includingReplaced: false)
    try store.record(
        [ProgressFigure(targetID: id, period: period("2024Q1"), value: 1320, note: "年报")], replacing: true)
    // Then the first replacement kept both, the second took its own note
    #expect(kept.map(\.note) == ["快报"])
    #expect(kept.map(\.source) == ["统计局"])
    let current = try store.progress(ofTarget: id, includingReplaced: false)
    #expect(current.map(\.note) == ["年报"])
    #expect(current.map(\.source) == ["统计局"])
}

@Test func everyDuplicateOfABatchIsNamed() throws {
    // Given figures for 2023 and 2024
    let (store, id) = try makeStoreWithTarget()
    let figures = ["2023", "2024"].map { ProgressFigure(targetID: id, period: period($0), value: 1200) }
    try store.record(figures, replacing: false)
    // When the same figures are recorded again
    // Then both are named and nothing is recorded
    #expect(
        throws: StoreError.duplicatePeriods([
            TargetPeriod(targetID: id, period: "2023"), TargetPeriod(targetID: id, period: "2024"),
        ])
    ) { try store.record(figures, replacing: false) }
    #expect(try store.progress(ofTarget: id, includingReplaced: true).count == 2)
}

@Test func errorsSayWhatToDo() {
    let errors: [StoreError] = [
        .duplicatePeriod(targetID: 3, period: "2024Q2"),
        .newerSchema(path: "/tmp/x.sqlite", unknownMigrations: ["0009_add_x"]),
        .isDirectory(path: "/tmp"),
        .targetNotFound(
            reference: "高新", plan: 2,
            candidates: [TargetCandidate(id: 1, planID: 2, metric: "高新技术企业", quote: "高新技术企业达1500家")]),
        .ambiguousTarget(
            reference: "高新技术企业", plan: 2,
            candidates: [1, 2].map { TargetCandidate(id: $0, planID: 2, metric: "高新技术企业", quote: "达1500家") }),
        .ambiguousTarget(
            reference: "高新技术企业", plan: nil,
            candidates: [1, 2].map { TargetCandidate(id: $0, planID: 2, metric: "高新技术企业", quote: "达1500家") }),
    ]
    let descriptions = errors.map(\.description)
    #expect(descriptions[0].contains("--replace"))
    #expect(descriptions[1].contains("0009_add_x") && descriptions[1].contains("upgrade"))
    #expect(descriptions[2].contains("/tmp"))
    #expect(descriptions[3].contains("#1 高新技术企业达1500家 (plan 2)"))
    // A lookup already narrowed to a plan does not suggest --plan again.
    #expect(!descriptions[4].contains("--plan") && descriptions[5].contains("--plan"))
    #expect(descriptions.allSatisfy { !$0.contains("\n") })
}

@Test(arguments: [
    ("2024Q3", "2024-07-01", true),
    ("2024Q3", "2024-06-30", false),
    ("2024", "2024-01-01", true),
    ("2025-01", "2024-12-31", false),
])
func periodMustHaveStarted(_ text: String, _ today: String, _ isAccepted: Bool) throws {
    // Given a target
    let (store, id) = try makeStoreWithTarget()
    // When a figure is recorded on `today`
    let record = {
        try store.record(
            [ProgressFigure(targetID: id, period: period(text), value: 1)], replacing: false,
            today: day(today))
    }
    // Then a period that started by today is taken, a later one refused
    if isAccepted {
        try record()
        #expect(try store.progress(ofTarget: id, includingReplaced: false).count == 1)
    } else {
        #expect(throws: StoreError.futurePeriod(targetID: id, period: text, today: day(today))) {
            try record()
        }
    }
}
