import PlanIngest
import Testing

@testable import PlanStore

/// A level target with one figure, judged with and without a known baseline.
struct BaselineCase: Sendable, CustomStringConvertible {
    var name: String
    var latest: Double
    var baseline: StatusRule.Baseline?
    var state: TargetState
    var description: String { name }
}

private let level = makeTarget("高新技术企业达1500家", value: 1500)

@Test(arguments: [
    BaselineCase(name: "no baseline: no trend", latest: 1300, baseline: nil, state: .noTrend),
    BaselineCase(
        name: "baseline 1000 at the end of 2022, 1300 by mid-2024: ahead of the path",
        latest: 1300, baseline: StatusRule.Baseline(value: 1000, day: day("2022-12-31")), state: .onTrack),
    BaselineCase(
        name: "baseline 1000 at the end of 2022, 1100 by mid-2024: well behind the path",
        latest: 1100, baseline: StatusRule.Baseline(value: 1000, day: day("2022-12-31")), state: .offTrack),
])
func levelWithOneFigureIsJudgedFromItsBaseline(_ row: BaselineCase) {
    // Given one figure of a level target due at the end of 2025
    let figures = FigureSummary(
        count: 1, total: row.latest, maximum: row.latest, latest: row.latest, lastPeriod: period("2024Q2"),
        first: row.latest, firstPeriod: period("2024Q2"))
    // When it is judged in mid-2024
    let verdict = StatusRule.verdict(
        for: level, isSum: false, windowStart: day("2023-01-01"), deadline: level.deadline,
        asOf: day("2024-06-30"), figures: figures, baseline: row.baseline)
    // Then a baseline gives it a pace, and its absence leaves the pace unknown
    #expect(verdict.state == row.state)
    #expect((verdict.paceRatio == nil) == (row.baseline == nil))
}
