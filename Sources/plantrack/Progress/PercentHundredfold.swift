import PlanIngest

/// A logged value a hundred times the scale of a share: `1200` against a target of 3.2%, as a
/// figure typed in hundredths or copied from a column of basis points reads.
///
/// A share (a ratio, a subsidy rate, a parameter) of at most 100% cannot pass 100%, so a figure
/// above both 100 and three times the target is taken for a slip. What can pass 100% is left
/// alone: growth rates and changes in points (`增长150%`), and targets whose own value is above
/// 100% (`产销率120%`).
///
/// ```swift
/// PercentHundredfold.hint(value: 1200, target: share)  // "12%"
/// PercentHundredfold.hint(value: 102, target: share)   // nil
/// ```
enum PercentHundredfold {
    /// How many times the target's value a figure above 100% must be to look a hundredfold.
    static let closeness = 3.0

    /// The percentage the user probably meant (`12%`), or `nil` when the value fits the target.
    /// - Parameters:
    ///   - value: What the figure was read as, in the target's unit.
    ///   - target: The target it is logged against.
    static func hint(value: Double, target: Target) -> String? {
        guard target.unit == .percent, target.kind != .growth, target.kind != .delta,
            max(target.value, target.valueMax ?? target.value) <= 100,
            abs(value) > 100, abs(value) > target.value * closeness
        else { return nil }
        return NumberText.quantity(value / 100, unit: .percent)
    }

    /// The refusal for a value a hundredfold, naming what to write instead.
    static func problem(text: String, hint: String) -> String {
        let typed = text.trimmingWhitespace()
        return
            "'\(typed)' is above 100%, more than this share can reach: did you mean \(hint)? write \(hint), or pass --as-is to store it as typed"
    }
}
