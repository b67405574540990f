import PlanIngest
import Testing

@testable import plantrack

/// A logged value as people type it: bare, with its unit, with a space before the unit, or as
/// the count of a target measured per head.
@Suite struct FigureValueTests {
    @Test(arguments: [
        ("1320", "家", 1320.0), ("3.2%", "%", 3.2), ("3.2 %", "%", 3.2), ("5 亿元", "元", 500_000_000),
        ("-3.1", "%", -3.1), ("16.5件", "件/万人", 16.5), ("30 家", "家", 30),
    ])
    func readsTheValue(_ text: String, _ unit: String, _ value: Double) throws {
        #expect(try FigureValue.value(of: text, unit: Unit(rawValue: unit)) == value)
    }

    @Test(arguments: [
        ("5000亿元", 500_000_000_000.0), ("1085万吨标准煤", 10_850_000), ("24.5%", 24.5), ("1085", 1085),
    ])
    func readsALevelOfAChangeFromABaseYearInAnyUnit(_ text: String, _ value: Double) throws {
        var target = Target(
            quote: "地区生产总值比上年增长6%", span: TextSpan(start: 0, end: 13), section: nil, metric: "地区生产总值",
            kind: .growth, value: 6, unit: .percent, comparator: .atLeast, deadline: nil, deadlineSource: nil,
            isIncrement: false, confidence: 0.9, baseYear: 2023)
        #expect(try FigureValue.value(of: text, for: target) == value)
        // A growth rate logged as such keeps its unit check
        target.baseYear = nil
        #expect(throws: FigureValueError.self) { try FigureValue.value(of: "5000亿元", for: target) }
    }

    @Test(arguments: [
        ("1 20", "家", "'1 20' is not a number"),
        ("5亿元", "家", "'5亿元' is in 元, but the target is counted in 家"),
        ("0x10", "家", "is not a decimal number"), ("16.5件", "家/万人", "'16.5件' is in 件"),
    ])
    func refusesWhatIsNoFigureOfTheTarget(_ text: String, _ unit: String, _ message: String) {
        #expect(throws: FigureValueError.self) { try FigureValue.value(of: text, unit: Unit(rawValue: unit)) }
        do {
            _ = try FigureValue.value(of: text, unit: Unit(rawValue: unit))
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }
}
