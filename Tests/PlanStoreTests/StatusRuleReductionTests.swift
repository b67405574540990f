import PlanIngest
import Testing

@testable import PlanStore

/// A fall (`下降2.5%左右`) is logged as a signed change and judged by its size.
struct ReductionCase: Sendable, CustomStringConvertible {
    var name: String
    var comparator: PlanIngest.Comparator
    var figure: Double
    var state: TargetState
    var description: String { name }
}

@Test(arguments: [
    ReductionCase(
        name: "fell 3.1 % against about 2.5 %: met", comparator: .approximately, figure: -3.1, state: .met),
    ReductionCase(
        name: "fell 2.0 % against about 2.5 %: missed", comparator: .approximately, figure: -2,
        state: .overdue),
    ReductionCase(
        name: "rose 1 % against a fall of 2.5 %: missed", comparator: .exactly, figure: 1, state: .overdue),
    ReductionCase(
        name: "fell 2.6 % against a fall of 2.5 %: met", comparator: .exactly, figure: -2.6, state: .met),
])
func aFallIsJudgedByItsSize(_ row: ReductionCase) {
    // Given a reduction target due at the end of 2025 and one yearly change logged for it
    var target = makeTarget(
        "单位地区生产总值能耗下降2.5%", value: 2.5, unit: "%", comparator: row.comparator, kind: .growth)
    target.isReduction = true
    let figures = FigureSummary(
        count: 1, total: row.figure, maximum: row.figure, latest: row.figure, lastPeriod: period("2025"),
        first: row.figure, firstPeriod: period("2025"))
    // When it is judged after the deadline
    let verdict = StatusRule.verdict(
        for: target, isSum: false, windowStart: day("2025-01-01"), deadline: target.deadline,
        asOf: day("2026-01-10"), figures: figures)
    // Then the size of the fall decides, and the figure is reported as logged
    #expect(verdict.state == row.state)
    #expect(verdict.achieved == row.figure)
}

@Test func growthBeyondAnApproximatePromiseIsMet() {
    // Given 增长6%左右 and a growth of 7 % logged for the year
    let target = makeTarget("地区生产总值增长6%左右", value: 6, unit: "%", comparator: .approximately, kind: .growth)
    let figures = FigureSummary(
        count: 1, total: 7, maximum: 7, latest: 7, lastPeriod: period("2025"), first: 7,
        firstPeriod: period("2025"))
    // When it is judged after the deadline
    let verdict = StatusRule.verdict(
        for: target, isSum: false, windowStart: day("2025-01-01"), deadline: target.deadline,
        asOf: day("2026-01-10"), figures: figures)
    // Then more growth than promised meets it
    #expect(verdict.state == .met)
}
