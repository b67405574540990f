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
}
