import PlanIngest
import Testing
@testable import PlanStore

@Test(arguments: [
    ("2024Q3", "2024-07-01", "2024-09-30", "2024Q3"),
    ("2024q1", "2024-01-01", "2024-03-31", "2024Q1"),
    ("2024H1", "2024-01-01", "2024-06-30", "2024H1"),
    ("2024H2", "2024-07-01", "2024-12-31", "2024H2"),
    ("2024", "2024-01-01", "2024-12-31", "2024"),
    ("2024-07", "2024-07-01", "2024-07-31", "2024-07"),
    ("2024-02", "2024-02-01", "2024-02-29", "2024-02"),
    ("2023-02", "2023-02-01", "2023-02-28", "2023-02"),
    (" 2024Q4 ", "2024-10-01", "2024-12-31", "2024Q4"),
])
func periodParses(_ text: String, _ start: String, _ end: String, _ canonical: String) throws {
    let period = try #require(Period(text))
    #expect(period.start.iso == start)
    #expect(period.end.iso == end)
    #expect(period.description == canonical)
    var bytes = Array("至".utf8)
    period.appendDescription(to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "至" + canonical)
}

@Test(arguments: [
    "2024Q5", "2024Q0", "2024H3", "2024-13", "2024-00", "2024-7", "24Q1", "Q3", "", "2024Q", "２０２４",
])
func periodRejects(_ text: String) {
    #expect(Period(text) == nil)
}

@Test func periodsOrderByEndThenStart() {
    #expect(period("2024Q1") < period("2024H1"))
    #expect(period("2024H1") < period("2024"))
    #expect(period("2024Q2").overlaps(period("2024H1")))
    #expect(!period("2024Q2").overlaps(period("2024Q3")))
}

@Test(arguments: [
    ("2025-12-31", "2026-01-01", 1),
    ("2024-02-28", "2024-03-01", 2),
    ("2023-02-28", "2023-03-01", 1),
    ("2023-01-01", "2025-12-31", 1095),
    ("2026-01-01", "2025-12-31", -1),
])
func dayDifference(_ from: String, _ to: String, _ expected: Int) {
    #expect(day(from).days(to: day(to)) == expected)
}

@Test(arguments: [
    ("2024-07-01", "2024-09-30", "2024Q3"),
    ("2024-01-01", "2024-06-30", "2024H1"),
    ("2024-01-01", "2024-12-31", "2024"),
    ("2024-02-01", "2024-02-29", "2024-02"),
    ("2024-11-01", "2024-11-30", "2024-11"),
])
func periodFromItsDays(_ start: String, _ end: String, _ expected: String) throws {
    #expect(Period(start: day(start), end: day(end))?.description == expected)
}

@Test(arguments: [
    ("2024-02-01", "2024-04-30"), ("2024-01-02", "2024-03-31"), ("2024-01-01", "2024-03-30"),
    ("2023-07-01", "2024-06-30"), ("2024-04-01", "2024-09-30"),
])
func periodFromOtherDaysIsNil(_ start: String, _ end: String) {
    #expect(Period(start: day(start), end: day(end)) == nil)
}
