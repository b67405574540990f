import Testing

@testable import PlanIngest

@Suite struct QuantityReaderTests {
    @Test(
        arguments: [
            ("3-5个", 3.0, 5.0, "个"), ("3至5家", 3, 5, "家"), ("60%-95%", 60, 95, "%"),
            ("1-2亿元", 100_000_000, 200_000_000, "元"), ("10～20项", 10, 20, "项"),
            ("5到8名", 5, 8, "名"), ("30%—40%", 30, 40, "%"), ("２-３个", 2, 3, "个"),
        ] as [(String, Double, Double, String)])
    func range(_ written: String, _ low: Double, _ high: Double, _ unit: String) throws {
        let reading = try #require(QuantityReader.read(in: ScalarText(written), at: 0))
        #expect(reading.value == low)
        #expect(reading.valueMax == high)
        #expect(reading.unit == Unit(rawValue: unit))
        #expect(reading.end == written.unicodeScalars.count)
    }

    @Test(
        arguments: [
            ("5亿元", 500_000_000.0, "元"), ("20万元", 200_000, "元"), ("1千万元", 10_000_000, "元"),
            ("96万人", 960_000, "人"), ("1.5个百分点", 1.5, "百分点"), ("3.55%", 3.55, "%"),
            ("百分之三十", 30, "%"), ("150场次", 150, "场次"), ("2场", 2, "场"), ("两个", 2, "个"),
            ("十五家", 15, "家"), ("100万平方米", 1_000_000, "平方米"), ("500吨", 500, "吨"),
            ("30公里", 30, "公里"), ("1000亩", 1000, "亩"), ("5‰", 0.5, "%"), ("8件", 8, "件"),
            ("3所", 3, "所"), ("12条", 12, "条"), ("6座", 6, "座"),
            ("500张", 500, "张"), ("300家次", 300, "家次"), ("30微克/立方米", 30, "微克/立方米"),
            ("20毫克/升", 20, "毫克/升"),
        ] as [(String, Double, String)])
    func unit(_ written: String, _ value: Double, _ unit: String) throws {
        let reading = try #require(QuantityReader.read(in: ScalarText(written), at: 0))
        #expect(reading.value == value)
        #expect(reading.unit == Unit(rawValue: unit))
    }

    @Test(arguments: ["8部门", "五位一体", "3条件", "2台阶"])
    func lookalikesAreNotUnits(_ written: String) throws {
        let reading = try #require(QuantityReader.read(in: ScalarText(written), at: 0))
        #expect(reading.unit == nil)
    }

    @Test func openEnded() throws {
        let reading = try #require(QuantityReader.read(in: ScalarText("100多家"), at: 0))
        #expect(reading.isOpenEnded)
        #expect(reading.value == 100)
        #expect(reading.unit == .organisation)
    }

    /// An upper end below the lower end is not a range: the first number stands alone.
    @Test(arguments: ["6-4所", "9至3家", "50%-20%", "5-2亿元", "十至五个", "8～1项"])
    func invertedPairIsNotARange(_ written: String) throws {
        let reading = try #require(QuantityReader.read(in: ScalarText(written), at: 0))
        #expect(reading.valueMax == nil)
    }

    @Test func dateRangeIsNotAQuantityRange() throws {
        let reading = try #require(QuantityReader.read(in: ScalarText("2023-2025年"), at: 0))
        #expect(reading.valueMax == nil)
    }
}
