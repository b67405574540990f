import PlanWriting
import Testing

@Test(arguments: [
    (UInt64(0), 1, "0"), (7, 1, "7"), (7, 2, "07"), (0, 4, "0000"), (10, 1, "10"), (2024, 2, "2024"),
    (1500, 6, "001500"), (UInt64.max, 1, "18446744073709551615"),
])
func decimalDigitsAreAppendedAfterWhatTheBufferHolds(
    _ number: UInt64, _ minimumCount: Int, _ expected: String
) {
    // Given a buffer that already holds text
    var bytes = Array("到".utf8)
    // When the digits of a number are appended
    bytes.appendDecimalDigits(of: number, minimumCount: minimumCount)
    // Then they follow it, padded with zeros to the minimum count
    #expect(String(decoding: bytes, as: UTF8.self) == "到" + expected)
}
