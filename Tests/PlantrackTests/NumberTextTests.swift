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
