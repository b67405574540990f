import PlanIngest
import Testing

@testable import PlanStore

/// How the levels logged for a change from a base year become the change achieved.
struct BaseYearChangeCase: Sendable, CustomStringConvertible {
    var name: String
    var unit: PlanIngest.Unit
    var kind: TargetKind
    var base: Double
    var latest: Double
    var change: Double?
    var description: String { name }
}

@Test(arguments: [
    BaseYearChangeCase(
        name: "0.60 to 0.54: a fall of 10 %", unit: "%", kind: .growth, base: 0.6, latest: 0.54, change: -10),
    BaseYearChangeCase(
        name: "1000 to 1085: a rise of 8.5 %", unit: "%", kind: .growth, base: 1000, latest: 1085, change: 8.5
    ),
    BaseYearChangeCase(
        name: "40 to 44 %: 4 points", unit: "百分点", kind: .delta, base: 40, latest: 44, change: 4),
    BaseYearChangeCase(
        name: "a rate from 0: none", unit: "%", kind: .growth, base: 0, latest: 5, change: nil),
    BaseYearChangeCase(
        name: "0.62 to 0.53: -14.52 %, two decimals", unit: "%", kind: .growth, base: 0.62, latest: 0.53,
        change: -14.52),
])
func aChangeIsMeasuredFromTheBaseLevel(_ row: BaseYearChangeCase) throws {
    let target = makeTarget("比2020年变化", value: 10, unit: row.unit, comparator: .exactly, kind: row.kind)
    let change = BaseYearChange.change(of: target, from: row.base, to: row.latest)
    #expect((change == nil) == (row.change == nil))
    if let change, let expected = row.change { #expect(change == expected) }
}

@Test func theBaseIsTheLastFigureOfTheBaseYearElseTheBaselineGiven() {
    // Given a target measured from 2020 with 2020 logged by quarters
    var target = makeTarget("比2020年下降13.5%", value: 13.5, unit: "%", comparator: .exactly, kind: .growth)
    target.baseYear = 2020
    let quarters = YearFigures(
        year: 2020,
        summary: FigureSummary(
            count: 4, total: 2.4, maximum: 0.62, latest: 0.58, lastPeriod: period("2020Q4"), first: 0.62,
            firstPeriod: period("2020Q1")))
    // Then the base is the 2020Q4 figure, once 2020Q4 has ended
    #expect(BaseYearChange.base(of: target, in: 2020, years: [quarters], asOf: day("2024-06-30")) == 0.58)
    #expect(BaseYearChange.base(of: target, in: 2020, years: [quarters], asOf: day("2020-11-30")) == nil)
    // And without it, a baseline given for 2020, but not one given for another year
    #expect(BaseYearChange.base(of: target, in: 2020, years: [], asOf: day("2024-06-30")) == nil)
    target.baseline = Baseline(value: 0.6, year: 2020)
    #expect(BaseYearChange.base(of: target, in: 2020, years: [], asOf: day("2024-06-30")) == 0.6)
    target.baseline = Baseline(value: 0.6, year: 2019)
    #expect(BaseYearChange.base(of: target, in: 2020, years: [], asOf: day("2024-06-30")) == nil)
}
