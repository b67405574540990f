import Testing

@testable import PlanIngest

/// The written conventions of an indicator table's value cells.
@Suite struct IndicatorValueTests {
    @Test(
        arguments: [
            ("1500", "家", 1500.0, "家", Comparator.exactly, false),
            (">7", "%", 7, "%", .atLeast, false),
            ("＞7", "%", 7, "%", .atLeast, false),
            ("≥2.5", "%", 2.5, "%", .atLeast, false),
            (">=2.5", "%", 2.5, "%", .atLeast, false),
            ("≤30", "微克/立方米", 30, "微克/立方米", .atMost, false),
            ("<5", "%", 5, "%", .atMost, false),
            ("[13.5]", "%", 13.5, "%", .exactly, false),
            ("［18］", "%", 18, "%", .exactly, false),
            ("【3】", "%", 3, "%", .exactly, false),
            ("≥100", "亿元", 10_000_000_000, "元", .atLeast, false),
            ("45", "万人", 450_000, "人", .exactly, false),
            ("90以上", "%", 90, "%", .atLeast, false),
            ("2.8%", nil, 2.8, "%", .exactly, false),
            ("3-5", "个", 3, "个", .range, false),
            ("60.6*", "%", 60.6, "%", .exactly, false),
            ("[5.5]※", "%", 5.5, "%", .exactly, false),
        ] as [(String, String?, Double, String, Comparator, Bool)])
    func readsTheValueAsWritten(
        _ cell: String, _ unit: String?, _ value: Double, _ base: String, _ comparator: Comparator, _: Bool
    ) throws {
        let read = try #require(IndicatorValue(cell: cell, unit: unit), "\(cell)")
        #expect(abs(read.value - value) < 1e-6, "\(cell)")
        #expect(read.unit.rawValue == base, "\(cell)")
        #expect(read.comparator == comparator, "\(cell)")
    }

    @Test func aRangeKeepsBothEnds() throws {
        let read = try #require(IndicatorValue(cell: "3-5", unit: "亿元"))
        #expect(read.value == 300_000_000)
        #expect(read.valueMax == 500_000_000)
    }

    @Test(arguments: ["[13.5]", "［18］", "【3】", "≥[2]"])
    func bracketsMarkAValueAccumulatedOverThePeriod(_ cell: String) throws {
        #expect(try #require(IndicatorValue(cell: cell, unit: "%")).isCumulative)
    }

    @Test(arguments: ["1500", ">7", "2.8%"])
    func otherValuesAreLevels(_ cell: String) throws {
        #expect(try #require(IndicatorValue(cell: cell, unit: "%")).isCumulative == false)
    }

    @Test(arguments: ["", " ", "—", "——", "-", "－", "–", "/", "／", "无", "待定", "1500家左右吗"])
    func noValue(_ cell: String) {
        #expect(IndicatorValue(cell: cell, unit: "%") == nil)
    }
}
