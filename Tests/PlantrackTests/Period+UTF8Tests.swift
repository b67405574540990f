import PlanStore
import Testing

@testable import plantrack

@Test(arguments: ["2024Q1", "2024Q3", "2024Q4", "2024H1", "2024H2", "2024", "2024-01", "2024-09", "2024-12", "0987"])
func periodBytesReadAsItsDescription(_ text: String) throws {
    let period = try #require(Period(text))
    var bytes = Array("x".utf8)
    period.appendDescription(to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "x" + period.description)
}
