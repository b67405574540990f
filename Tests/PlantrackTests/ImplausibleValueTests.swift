import PlanIngest
import Testing

@testable import plantrack

/// Which logged values against a percentage target are taken for a slip: a fraction of the
/// percentage or a hundredfold share, never a figure that can be right.
@Suite struct ImplausibleValueTests {
    /// A target of `value`% of `kind`, a change from 2020 when `baseYear` is given.
    static func target(_ value: Double, _ kind: TargetKind, baseYear: Int? = nil) -> Target {
        Target(
            quote: "比重\(value)%", span: TextSpan(start: 0, end: 4), section: nil, metric: "比重", kind: kind,
            value: value, unit: .percent, comparator: .atLeast, deadline: nil, deadlineSource: nil,
            isIncrement: false, confidence: 1, baseYear: baseYear)
    }

    @Test(arguments: [
        ("0.0355", 3.55, TargetKind.ratio, "did you mean 3.55%?"),
        ("1200", 3.2, .ratio, "did you mean 12%?"),
        ("355", 3.55, .ratio, "did you mean 3.55%?"),
        ("320%", 30, .subsidy, "did you mean 3.2%?"),
    ])
    func refusesASlipWithTheValueMeant(_ typed: String, _ value: Double, _ kind: TargetKind, _ hint: String)
        throws
    {
        let figure = try FigureValue.value(of: typed, unit: .percent)
        let problem = try #require(
            ImplausibleValue.problem(text: typed, value: figure, target: Self.target(value, kind)))
        #expect(problem.contains(hint), "\(problem)")
        #expect(problem.contains("--as-is"))
    }

    @Test(arguments: [
        ("102", 98.0, TargetKind.ratio, nil as Int?),  // a share just above 100, close to its target
        ("150", 10, .growth, nil),  // a growth rate may pass 100 %
        ("120", 5, .delta, nil),  // so may a change
        ("130", 120, .ratio, nil),  // a target above 100 % allows figures above it
        ("3.4", 3.55, .ratio, nil),  // the share as meant
        ("0.1", 13.5, .growth, 2020),  // a level of a change from a base year, not 10%
        ("1085", 8, .growth, 2023),
    ])
    func storesWhatCanBeRight(_ typed: String, _ value: Double, _ kind: TargetKind, _ baseYear: Int?) throws {
        let figure = try FigureValue.value(of: typed, unit: .percent)
        #expect(
            ImplausibleValue.problem(
                text: typed, value: figure, target: Self.target(value, kind, baseYear: baseYear))
                == nil)
    }

    /// An amount of `value` in `unit`.
    static func amount(_ value: Double, _ unit: Unit) -> Target {
        Target(
            quote: "投资", span: TextSpan(start: 0, end: 2), section: nil, metric: "投资", kind: .amount,
            value: value, unit: unit, comparator: .atLeast, deadline: nil, deadlineSource: nil,
            isIncrement: false, confidence: 1)
    }

    @Test(arguments: [
        ("380", 35_000_000_000.0, Unit.yuan, "did you mean 380亿元?" as String?),
        ("90", 1_000_000_000, .yuan, "did you mean 90亿元?"),  // a quarter of a yearly 10亿元
        ("1.3", 12_000, .person, "did you mean 1.3万人?"),
        ("38000000000", 35_000_000_000, .yuan, nil),  // the amount in 元, as stored
        ("380亿元", 35_000_000_000, .yuan, nil),  // a unit says what is meant
        ("50000", 35_000_000_000, .yuan, nil),  // 50000亿元 is far from the target too
        ("8", 5_000, .yuan, nil),  // a target too small to be shown in 万
        ("3", 200, Unit(rawValue: "家"), nil),
    ])
    func aBareAmountInTheScaleShownIsTakenForASlip(
        _ typed: String, _ value: Double, _ unit: Unit, _ hint: String?
    ) throws {
        let figure = try FigureValue.value(of: typed, unit: unit)
        let problem = ImplausibleValue.problem(text: typed, value: figure, target: Self.amount(value, unit))
        if let hint {
            #expect(problem?.contains(hint) == true, "\(problem ?? "accepted")")
        } else {
            #expect(problem == nil)
        }
    }
}
