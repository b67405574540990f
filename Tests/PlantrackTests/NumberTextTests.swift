import PlanIngest
import Testing

@testable import plantrack

@Test(arguments: [
    (1500.0, "1500"),
    (1500.0000000001, "1500"),
    (3.55, "3.55"),
    (3.5500000000000003, "3.55"),
    (0.1 + 0.2, "0.3"),
    (-2.5, "-2.5"),
    (-0.00001, "0"),
    (0.0, "0"),
    (87.654321, "87.6543"),
    (500_000_000.0, "500000000"),
])
func plainNumbersHaveNoFloatNoise(_ value: Double, _ expected: String) {
    #expect(NumberText.plain(value) == expected)
}

@Test(arguments: [
    (500_000_000.0, Unit.yuan, "5亿元"),
    (10_000_000_000.0, .yuan, "100亿元"),
    (200_000.0, .yuan, "20万元"),
    (5_000.0, .yuan, "5000元"),
    (960_000.0, .person, "96万人"),
    (1500.0, .organisation, "1500家"),
    (3.55, .percent, "3.55%"),
    (1.5, .percentagePoint, "1.5个百分点"),
    (25.0, Unit(rawValue: "件/万人"), "25件/万人"),
])
func quantitiesReadAsThePlansWriteThem(_ value: Double, _ unit: Unit, _ expected: String) {
    #expect(NumberText.quantity(value, unit: unit) == expected)
}

@Test(arguments: [(87.5, "87.5%"), (100.0, "100%"), (33.333333, "33.3%")])
func percentages(_ value: Double, _ expected: String) {
    #expect(NumberText.percent(value) == expected)
}

@Test(arguments: [
    (1500.0, "1500"),
    (-2.5, "-2.5"),
    (123_456_789.25, "123456789.25"),
    (Double.nan, "NaN"),
    (-Double.infinity, "-inf"),
    (1e16, "1e+16"),
])
func plainNumbersAppendAfterWhatTheBufferHeld(_ value: Double, _ expected: String) {
    var bytes = Array("x=".utf8)
    NumberText.appendPlain(value, to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "x=" + expected)
}

@Test(arguments: [(0, "0"), (7, "7"), (-3, "-3"), (1_234_567, "1234567"), (Int.min, "-9223372036854775808")])
func integers(_ value: Int, _ expected: String) {
    var bytes: [UInt8] = []
    NumberText.appendInteger(value, to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == expected)
}

@Test(arguments: [
    (-500_000_000.0, Unit.yuan, "-5亿元"),
    (-20_000.0, .person, "-2万人"),
    (9_999.0, .person, "9999人"),
    (123_456_789_012.0, .yuan, "1234.5679亿元"),
    (-1.5, .percentagePoint, "-1.5个百分点"),
])
func negativeAndLargeQuantities(_ value: Double, _ unit: Unit, _ expected: String) {
    #expect(NumberText.quantity(value, unit: unit) == expected)
}
