import PlanIngest
import Testing

@testable import PlanStore

/// Levels with a baseline stated by an indicator table start from it, not from their first
/// figure.
@Suite struct StatusRuleBaselineTests {
    static let firms = makeTarget("高新技术企业数量\t家\t850\t1500\t预期性", metric: "高新技术企业数量", value: 1500)
    static let fineDust = makeTarget(
        "细颗粒物年均浓度\t微克/立方米\t32\t≤30\t约束性", metric: "细颗粒物年均浓度", value: 30, unit: "微克/立方米",
        comparator: .atMost, kind: .ratio)

    static func verdict(_ target: Target, baseline: Baseline?, figures: [Double], asOf: String)
        -> StatusRule.Verdict
    {
        var target = target
        target.baseline = baseline
        let summary = FigureSummary(
            count: figures.count, total: figures.reduce(0, +), maximum: figures.max(), latest: figures.last,
            lastPeriod: period("2023"), first: figures.first, firstPeriod: period("2022"))
        return StatusRule.verdict(
            for: target, isSum: false, windowStart: day("2021-01-01"), deadline: day("2025-12-31"),
            asOf: day(asOf), figures: summary)
    }

    @Test func aLevelIsPacedFromItsStatedBaseline() throws {
        // From 850 at the end of 2020 towards 1500 at the end of 2025, 1100 by the end of 2023
        // is 250 of the 389.8 expected: at risk. With no baseline, its only figure shows no trend.
        let paced = Self.verdict(
            Self.firms, baseline: Baseline(value: 850, year: 2020), figures: [1100], asOf: "2023-12-31")
        #expect(paced.state == .atRisk)
        let expected: Double = 650 * 1095 / 1826
        let pace = try #require(paced.paceRatio)
        #expect(abs(pace - 250 / expected) < 1e-9)
        let unpaced = Self.verdict(Self.firms, baseline: nil, figures: [1100], asOf: "2023-12-31")
        #expect(unpaced.state == .noTrend)
    }

    @Test func aLevelStartingAboveItsCapIsAReductionNotABreach() {
        // PM2.5 from 32 towards at most 30: 29.5 then 31 is a reduction under way, not a cap
        // broken; without the baseline the first figure makes it a cap.
        let reduction = Self.verdict(
            Self.fineDust, baseline: Baseline(value: 32, year: 2020), figures: [29.5, 31], asOf: "2023-12-31")
        #expect(reduction.state == .atRisk)
        let cap = Self.verdict(Self.fineDust, baseline: nil, figures: [29.5, 31], asOf: "2023-12-31")
        #expect(cap.state == .breached)
    }
}
