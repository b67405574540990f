import Testing

@testable import PlanIngest

@Test(arguments: [(2024, 6, 30, "2024-06-30"), (987, 1, 2, "0987-01-02"), (12_025, 12, 31, "12025-12-31")])
func daysAppendTheirISOText(_ year: Int, _ month: Int, _ day: Int, _ expected: String) throws {
    let date = try #require(CalendarDay(year: year, month: month, day: day))
    var bytes = Array("due ".utf8)
    date.appendISO(to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "due " + expected)
    #expect(date.iso == expected)
}
