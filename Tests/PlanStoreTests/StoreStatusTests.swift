import PlanIngest
import Testing
@testable import PlanStore

/// One row of the progress rules: a target of a 2023–2025 plan, its figures, an as-of date,
/// and the status expected.
struct StatusCase: Sendable, CustomStringConvertible {
    var name: String
    var target: Target
    var figures: [(String, Double)]
    var asOf: String
    var state: TargetState
    var achieved: Double?
    var daysOverdue: Int? = nil
    var description: String { name }
}

private let newFirms = makeTarget("新增企业100家", value: 100, isIncrement: true)
private let firmLevel = makeTarget("高新技术企业达1500家", value: 1500)
private let subsidyCap = makeTarget(
    "补助不超过500万元", value: 5_000_000, unit: .yuan, comparator: .atMost, kind: .subsidy)
private let about = makeTarget("达到100家左右", value: 100, comparator: .approximately)
private let range = makeTarget("3-5家", value: 3, valueMax: 5, comparator: .range)
private let exact = makeTarget("建成10个", value: 10, comparator: .exactly, isIncrement: true)
private let undated = makeTarget("高新技术企业达1500家", value: 1500, deadline: nil)
private let reduction = makeTarget("能耗降至0.5吨", value: 0.5, unit: "吨", comparator: .atMost, kind: .ratio)
private let levelCap = makeTarget(
    "失业率控制在4.5%以内", value: 4.5, unit: .percent, comparator: .atMost, kind: .ratio)
private let growth = makeTarget(
    "研发经费年均增长10%", value: 10, unit: .percent, kind: .growth)
private let flowCap = makeTarget(
    "累计支出不超过100万元", value: 1_000_000, unit: .yuan, comparator: .atMost, kind: .amount, isIncrement: true)

let statusCases: [StatusCase] = [
    // Increments: the sum of the figures inside the window (2023-01-01 ... deadline).
    StatusCase(
        name: "increment met on deadline day", target: newFirms,
        figures: [("2023", 40), ("2024", 40), ("2025", 20)], asOf: "2025-12-31", state: .met, achieved: 100),
    StatusCase(
        name: "increment: period ending on as-of counts, the day before it does not", target: newFirms,
        figures: [("2023", 40), ("2024", 40), ("2025", 20)], asOf: "2025-12-30", state: .atRisk, achieved: 80),
    StatusCase(
        name: "increment overdue the day after the deadline", target: newFirms,
        figures: [("2023", 40), ("2024", 40)], asOf: "2026-01-01", state: .overdue, achieved: 80,
        daysOverdue: 1),
    StatusCase(
        name: "increment: figures before the plan start do not count", target: newFirms,
        figures: [("2022", 90), ("2023", 40)], asOf: "2023-12-31", state: .onTrack, achieved: 40),
    StatusCase(
        name: "increment: figures after the deadline do not count", target: newFirms,
        figures: [("2025", 80), ("2026Q1", 30)], asOf: "2026-06-30", state: .overdue, achieved: 80,
        daysOverdue: 181),
    StatusCase(
        name: "increment met early", target: newFirms, figures: [("2023", 60), ("2024Q1", 45)],
        asOf: "2024-03-31", state: .met, achieved: 105),
    StatusCase(
        name: "increment off track", target: newFirms, figures: [("2023", 10), ("2024Q1", 5)],
        asOf: "2024-06-30", state: .offTrack, achieved: 15),
    StatusCase(
        name: "increment on track", target: newFirms, figures: [("2023", 33), ("2024H1", 17)],
        asOf: "2024-06-30", state: .onTrack, achieved: 50),
    // Levels: the latest figure up to the as-of date; pace from the first figure.
    StatusCase(
        name: "level uses the latest figure", target: firmLevel, figures: [("2023", 1000), ("2024Q2", 1320)],
        asOf: "2024-06-30", state: .onTrack, achieved: 1320),
    StatusCase(
        name: "level: a period not ended yet does not count, leaving one figure: no trend", target: firmLevel,
        figures: [("2023", 1000), ("2024Q2", 1320)], asOf: "2024-06-29", state: .noTrend, achieved: 1000),
    StatusCase(
        name: "level with one figure and no baseline has no trend", target: firmLevel,
        figures: [("2024Q1", 1490)], asOf: "2024-06-30", state: .noTrend, achieved: 1490),
    StatusCase(
        name: "level with one figure that meets the value is met", target: firmLevel,
        figures: [("2024Q1", 1500)], asOf: "2024-06-30", state: .met, achieved: 1500),
    StatusCase(
        name: "level with one figure past the deadline is overdue", target: firmLevel,
        figures: [("2025", 1400)], asOf: "2026-01-01", state: .overdue, achieved: 1400, daysOverdue: 1),
    StatusCase(
        name: "reduction with one figure above its value has no trend", target: reduction,
        figures: [("2023", 1.0)], asOf: "2024-12-31", state: .noTrend, achieved: 1.0),
    StatusCase(
        name: "level met before its deadline", target: firmLevel,
        figures: [("2023", 1000), ("2024Q2", 1500)], asOf: "2024-06-30", state: .met, achieved: 1500),
    StatusCase(
        name: "level at risk", target: firmLevel, figures: [("2022", 1000), ("2024Q2", 1180)],
        asOf: "2024-06-30", state: .atRisk, achieved: 1180),
    StatusCase(
        name: "level missed on deadline day is not overdue yet", target: firmLevel,
        figures: [("2022", 1000), ("2025", 1480)], asOf: "2025-12-31", state: .onTrack, achieved: 1480),
    StatusCase(
        name: "level missed is overdue from the next day", target: firmLevel,
        figures: [("2022", 1000), ("2025", 1480)], asOf: "2026-01-01", state: .overdue, achieved: 1480,
        daysOverdue: 1),
    StatusCase(
        name: "level met late counts as met", target: firmLevel, figures: [("2022", 1000), ("2026Q1", 1510)],
        asOf: "2026-03-31", state: .met, achieved: 1510),
    // Caps.
    StatusCase(
        name: "subsidy above the cap is breached", target: subsidyCap,
        figures: [("2024Q1", 4_000_000), ("2024Q2", 6_000_000), ("2024Q3", 1_000_000)], asOf: "2024-09-30",
        state: .breached, achieved: 1_000_000),
    StatusCase(
        name: "subsidy at the cap is not breached", target: subsidyCap, figures: [("2024Q1", 5_000_000)],
        asOf: "2024-09-30", state: .onTrack, achieved: 5_000_000),
    StatusCase(
        name: "cap held to the deadline is met", target: subsidyCap, figures: [("2024Q1", 4_000_000)],
        asOf: "2025-12-31", state: .met, achieved: 4_000_000),
    StatusCase(
        name: "level cap exceeded is breached", target: levelCap, figures: [("2023", 4.0), ("2024Q1", 4.8)],
        asOf: "2024-06-30", state: .breached, achieved: 4.8),
    StatusCase(
        name: "flow cap exceeded by its sum is breached", target: flowCap,
        figures: [("2023", 600_000), ("2024", 500_000)], asOf: "2024-12-31", state: .breached,
        achieved: 1_100_000),
    StatusCase(
        name: "reduction starting above its value is judged on pace", target: reduction,
        figures: [("2022", 1.0), ("2024", 0.65)], asOf: "2024-12-31", state: .onTrack, achieved: 0.65),
    StatusCase(
        name: "reduction behind its path is at risk", target: reduction,
        figures: [("2022", 1.0), ("2024", 0.7)], asOf: "2024-12-31", state: .atRisk, achieved: 0.7),
    StatusCase(
        name: "reduction missed is overdue", target: reduction, figures: [("2022", 1.0), ("2025", 0.6)],
        asOf: "2026-01-01", state: .overdue, achieved: 0.6, daysOverdue: 1),
    // Growth rates: the rate reached against the rate promised.
    StatusCase(
        name: "growth at the promised rate is met", target: growth, figures: [("2023", 8), ("2024", 10.5)],
        asOf: "2024-12-31", state: .met, achieved: 10.5),
    StatusCase(
        name: "growth at 80% of the promised rate is at risk", target: growth,
        figures: [("2023", 12), ("2024", 8)], asOf: "2024-12-31", state: .atRisk, achieved: 8),
    StatusCase(
        name: "growth at half the promised rate is off track", target: growth, figures: [("2024", 5)],
        asOf: "2024-12-31", state: .offTrack, achieved: 5),
    // Other comparators.
    StatusCase(
        name: "about: within 5% on the deadline is met", target: about, figures: [("2025", 96)],
        asOf: "2025-12-31", state: .met, achieved: 96),
    StatusCase(
        name: "about: 6% short after the deadline is overdue", target: about, figures: [("2025", 94)],
        asOf: "2026-01-01", state: .overdue, achieved: 94, daysOverdue: 1),
    StatusCase(
        name: "about: 5% over on the deadline is met", target: about, figures: [("2025", 105)],
        asOf: "2026-02-01", state: .met, achieved: 105),
    StatusCase(
        name: "range: inside on the deadline is met", target: range, figures: [("2025", 4)],
        asOf: "2025-12-31", state: .met, achieved: 4),
    StatusCase(
        name: "range: above after the deadline is overdue", target: range, figures: [("2025", 6)],
        asOf: "2026-01-02", state: .overdue, achieved: 6, daysOverdue: 2),
    StatusCase(
        name: "exactly: reaching the value is met", target: exact, figures: [("2023", 6), ("2024", 4)],
        asOf: "2024-12-31", state: .met, achieved: 10),
    StatusCase(
        name: "exactly: beyond the value is met", target: exact, figures: [("2023", 6), ("2024", 6)],
        asOf: "2024-12-31", state: .met, achieved: 12),
    // No data, no deadline.
    StatusCase(
        name: "no figures is no data", target: firmLevel, figures: [], asOf: "2024-06-30", state: .noData,
        achieved: nil),
    StatusCase(
        name: "no figures past the deadline is no data, days overdue counted", target: firmLevel, figures: [],
        asOf: "2026-01-10", state: .noData, achieved: nil, daysOverdue: 10),
    StatusCase(
        name: "figures only after as-of is no data", target: firmLevel, figures: [("2024Q3", 1400)],
        asOf: "2024-09-29", state: .noData, achieved: nil),
    StatusCase(
        name: "no deadline is not assessable", target: undated, figures: [("2024", 1200)], asOf: "2024-12-31",
        state: .notAssessable, achieved: 1200),
    StatusCase(
        name: "no deadline but met is met", target: undated, figures: [("2024", 1600)], asOf: "2024-12-31",
        state: .met, achieved: 1600),
]

@Test(arguments: statusCases)
func statusFollowsTheProgressRules(_ row: StatusCase) throws {
    // Given a 2023–2025 plan with the target and its figures
    let store = try Store.makeInMemory()
    let id = try store.importPlan(makePlan([row.target])).targets[0].id
    try store.record(
        row.figures.map { ProgressFigure(targetID: id, period: period($0.0), value: $0.1) }, replacing: false,
        today: day("2030-01-01"))
    // When its status is computed as of the date
    let statuses = try store.statuses(asOf: day(row.asOf), plan: nil)
    // Then it follows the rule
    let status = try #require(statuses.first)
    #expect(statuses.count == 1)
    #expect(status.state == row.state)
    #expect(status.achieved == row.achieved)
    #expect(status.daysOverdue == row.daysOverdue)
}

@Test func gapAndPercentAreInTheTargetsUnit() throws {
    // Given a level target of 1500 at 1320
    let store = try Store.makeInMemory()
    let id = try store.importPlan(makePlan([firmLevel])).targets[0].id
    try store.record([ProgressFigure(targetID: id, period: period("2024Q2"), value: 1320)], replacing: false)
    // When its status is computed after the deadline
    let status = try #require(try store.statuses(asOf: day("2026-01-01"), plan: nil).first)
    // Then gap, percent, last period and deadline are reported
    #expect(status.gap == 180)
    #expect(status.percentAchieved == 88)
    #expect(status.lastPeriod == period("2024Q2"))
    #expect(status.deadline == day("2025-12-31"))
    #expect(status.windowStart == day("2023-01-01"))
}

@Test func recurringTargetsAreJudgedPerYear() throws {
    // Given 每年新增8家 in a 2023–2025 plan with figures for 2023 and half of 2024
    let store = try Store.makeInMemory()
    let yearly = makeTarget(
        "每年新增高新技术企业8家以上", value: 8, deadline: "2025-12-31", recurrence: .annual, isIncrement: true)
    let id = try store.importPlan(makePlan([yearly])).targets[0].id
    try store.record(
        [("2023Q4", 9.0), ("2024Q1", 2), ("2024Q2", 2), ("2024H2", 3)].map {
            ProgressFigure(targetID: id, period: period($0.0), value: $0.1)
        }, replacing: false)
    // When statuses are computed mid-2024
    let mid = try store.statuses(asOf: day("2024-06-30"), plan: nil)
    // Then 2023 is met on its own sum and 2024 is judged on its sum so far
    #expect(mid.map(\.instanceYear) == [2023, 2024])
    #expect(mid.map(\.state) == [.met, .onTrack])
    #expect(mid.map(\.achieved) == [9, 4])
    #expect(mid[1].deadline == day("2024-12-31"))
    // And on 2025-01-01, 2024 (7 of 8) is overdue by one day and 2025 has no data
    let next = try store.statuses(asOf: day("2025-01-01"), plan: nil)
    #expect(next.map(\.instanceYear) == [2023, 2024, 2025])
    #expect(next.map(\.state) == [.met, .overdue, .noData])
    #expect(next[1].achieved == 7)
    #expect(next[1].daysOverdue == 1)
    #expect(next[1].lastPeriod == period("2024H2"))
}

/// The statuses of the overdue report, in report order: targets due before `date` (and recurring
/// ones) walked, those past their deadline and not met kept.
private func overdueTargets(_ store: Store, asOf date: CalendarDay, plan: Int64? = nil) throws
    -> [TargetStatus]
{
    var overdue: [TargetStatus] = []
    try store.forEachStatus(asOf: date, plan: plan, dueBefore: date) { _, status in
        if status.isOverdue(asOf: date) { overdue.append(status) }
    }
    return overdue
}

@Test func overdueListsPastDeadlineTargetsUnmet() throws {
    // Given a plan with a target due 2024, one due 2025 without figures, one met, one undated
    let store = try Store.makeInMemory()
    let targets = try store.importPlan(
        makePlan([
            makeTarget("高新技术企业达1500家", value: 1500, deadline: "2025-12-31"),
            makeTarget("研发机构达100家", value: 100, deadline: "2024-12-31", start: 20),
            makeTarget("孵化器达10家", value: 10, deadline: "2024-12-31", start: 40),
            makeTarget("专利达500件", value: 500, unit: "件", deadline: nil, start: 60),
        ])
    ).targets
    try store.record(
        [
            ProgressFigure(targetID: targets[1].id, period: period("2024"), value: 80),
            ProgressFigure(targetID: targets[2].id, period: period("2024"), value: 12),
            ProgressFigure(targetID: targets[3].id, period: period("2024"), value: 100),
        ], replacing: false)
    // When the overdue report runs in mid-2026
    let overdue = try overdueTargets(store, asOf: day("2026-03-31"))
    // Then the 2025 target with no figure and the 2024 one are listed in id order; the met and
    // undated targets are left out
    #expect(overdue.map(\.target.id) == [targets[0].id, targets[1].id])
    #expect(overdue.map(\.daysOverdue) == [90, 455])
    #expect(overdue[0].achieved == nil)
    #expect(overdue[0].state == .noData)
    #expect(overdue[1].gap == 20)
    #expect(try overdueTargets(store, asOf: day("2026-03-31"), plan: targets[0].planID) == overdue)
    #expect(try overdueTargets(store, asOf: day("2026-03-31"), plan: 999).isEmpty)
}

@Test func rejectedTargetsLeaveReports() throws {
    // Given two targets, one of them rejected
    let store = try Store.makeInMemory()
    let targets = try store.importPlan(
        makePlan([makeTarget("高新技术企业达1500家", value: 1500), makeTarget("研发机构达100家", value: 100, start: 20)])
    ).targets
    try store.writer.write { db in
        try db.execute(
            sql: "UPDATE target SET reviewState = 'rejected' WHERE id = ?", arguments: [targets[1].id])
    }
    // When statuses are computed for the plan
    let statuses = try store.statuses(asOf: day("2026-01-01"), plan: targets[0].planID)
    // Then only the other one is judged
    #expect(statuses.map(\.target.id) == [targets[0].id])
    #expect(try store.statuses(asOf: day("2026-01-01"), plan: 999).isEmpty)
}

@Test func overdueListsPastYearsOfRecurringTargets() throws {
    // Given 每年新增8家 due each year of 2023–2025, with 9 in 2023 and 5 in 2024
    let store = try Store.makeInMemory()
    let yearly = makeTarget("每年新增高新技术企业8家以上", value: 8, recurrence: .annual, isIncrement: true)
    let id = try store.importPlan(makePlan([yearly])).targets[0].id
    try store.record(
        [("2023", 9.0), ("2024", 5)].map { ProgressFigure(targetID: id, period: period($0.0), value: $0.1) },
        replacing: false)
    // When the overdue report runs in March 2025
    let overdue = try overdueTargets(store, asOf: day("2025-03-31"))
    // Then the 2024 instance is listed, 3 short, and the met 2023 and running 2025 ones are not
    #expect(overdue.map(\.instanceYear) == [2024])
    #expect(overdue.first?.gap == 3)
    #expect(overdue.first?.daysOverdue == 90)
}
