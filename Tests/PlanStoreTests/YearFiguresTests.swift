import PlanIngest
import Testing
@testable import PlanStore

/// A year of figures from its first and last period (`2024Q1`…`2024Q4`), each figure 10.
private func year(_ first: String, _ last: String, count: Int) -> YearFigures {
    guard let firstPeriod = Period(first), let lastPeriod = Period(last) else {
        preconditionFailure("not periods: \(first), \(last)")
    }
    return YearFigures(
        year: firstPeriod.end.year,
        summary: FigureSummary(
            count: count, total: Double(count) * 10, maximum: 10, latest: 10, lastPeriod: lastPeriod,
            first: 10, firstPeriod: firstPeriod))
}

private let years = [year("2023Q1", "2023Q4", count: 4), year("2024Q1", "2024Q3", count: 3)]

struct CombiningCase: Sendable, CustomTestStringConvertible {
    var from: String?
    var through: String
    /// Figures counted, or nil when the years cannot tell.
    var count: Int?
    var lastPeriod: String?
    var testDescription: String { "\(from ?? "any")…\(through)" }
}

@Test(arguments: [
    CombiningCase(from: nil, through: "2024-12-31", count: 7, lastPeriod: "2024Q3"),
    CombiningCase(from: nil, through: "2024-09-30", count: 7, lastPeriod: "2024Q3"),
    CombiningCase(from: "2024-01-01", through: "2024-12-31", count: 3, lastPeriod: "2024Q3"),
    CombiningCase(from: nil, through: "2023-12-31", count: 4, lastPeriod: "2023Q4"),
    CombiningCase(from: "2021-01-01", through: "2023-12-31", count: 4, lastPeriod: "2023Q4"),
    CombiningCase(from: "2025-01-01", through: "2025-12-31", count: 0, lastPeriod: nil),
    CombiningCase(from: nil, through: "2022-12-31", count: 0, lastPeriod: nil),
    // A bound inside a year with figures on both sides: only the figures can tell.
    CombiningCase(from: nil, through: "2024-06-30", count: nil, lastPeriod: nil),
    CombiningCase(from: "2023-07-01", through: "2024-12-31", count: nil, lastPeriod: nil),
])
func yearsCombineWhenTheyLieWhollyInsideOrOutside(_ row: CombiningCase) {
    // Given two years of figures
    // When they are combined for a window
    let combined = FigureSummary.combining(
        years, from: row.from.map { CalendarDay(iso: $0)! }, through: CalendarDay(iso: row.through)!)
    // Then whole years inside count, those outside do not, and a split year defers to the figures
    #expect(combined?.count == row.count)
    #expect(combined?.lastPeriod == row.lastPeriod.flatMap { Period($0) })
    if let count = row.count, count > 0 {
        #expect(combined?.total == Double(count) * 10)
        #expect(combined?.firstPeriod != nil)
    }
}
