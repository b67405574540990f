import Testing

@testable import PlanIngest

@Suite struct QuantityTests {
    @Test(
        arguments: [
            ("5亿元", 500_000_000.0, Unit?.some(.yuan)),
            ("450家", 450, .some(.organisation)),
            ("3.2%", 3.2, .some(.percent)),
            ("1320", 1320, nil),
            ("1.5万", 15000, nil),
            ("1,320", 1320, nil),
            ("１２３家", 123, .some(.organisation)),
            ("３.２％", 3.2, .some(.percent)),
            ("百分之三十", 30, .some(.percent)),
            ("1.5个百分点", 1.5, .some(.percentagePoint)),
            ("20万元", 200_000, .some(.yuan)),
            ("1千万元", 10_000_000, .some(.yuan)),
            ("96万人", 960_000, .some(.person)),
            ("两千", 2000, nil),
            ("一千二百万", 12_000_000, nil),
            ("  100项 ", 100, .some(.item)),
            ("壹佰", 100, nil),
            ("二〇二三", 2023, nil),
            ("一百零五", 105, nil),
            ("十五", 15, nil),
            ("3千", 3000, nil),
            ("-5%", -5, .some(.percent)),
            ("150场次", 150, .some("场次")),
            ("12.5亿元", 1_250_000_000, .some(.yuan)),
            ("0.85", 0.85, nil),
        ] as [(String, Double, Unit?)])
    func parses(_ text: String, _ value: Double, _ unit: Unit?) throws {
        let quantity = try #require(Quantity(parsing: text))
        #expect(abs(quantity.value - value) < 1e-6)
        #expect(quantity.unit == unit)
    }

    @Test(arguments: ["", "很多", "十几家", "上百", "5家左右的", "abc", "3-5个", "十四五", "5 家 x"])
    func rejects(_ text: String) {
        #expect(Quantity(parsing: text) == nil)
    }
}
