import PlanIngest

/// A bare figure in the scale a target is shown in, not in its base unit: `380` against a
/// target of 350亿元, stored in 元, would be 380元, though the person who typed it read the
/// target as "350" and meant 380亿元.
///
/// Only amounts that reports show in 万 or 亿 (元 and 人) can be misread so. A bare figure a
/// thousand times or more below the target that, taken in the target's 万 or 亿, lands near the
/// target is taken for such a slip.
///
/// ```swift
/// UnscaledAmount.hint(for: "380", value: 380, target: fund)             // "380亿元"
/// UnscaledAmount.hint(for: "38000000000", value: 3.8e10, target: fund)  // nil
/// ```
enum UnscaledAmount {
    /// How far, as a factor either way, the scaled figure may be from the target's value.
    static let closeness = 20.0

    /// The amount the user probably meant (`380亿元`), or `nil` when the value reads as typed.
    /// - Parameters:
    ///   - text: The value as typed.
    ///   - value: What it was read as, in the target's base unit.
    ///   - target: The target it is logged against.
    static func hint(for text: String, value: Double, target: Target) -> String? {
        guard target.unit == .yuan || target.unit == .person,
            FigureValue.isBare(text),
            value != 0
        else { return nil }
        let goal = abs(target.valueMax ?? target.value)
        let scale: Double = goal >= 100_000_000 ? 100_000_000 : 10_000
        guard goal >= 10_000, abs(value) * 1000 <= goal else { return nil }
        let scaled = abs(value) * scale
        guard scaled >= goal / closeness, scaled <= goal * closeness else { return nil }
        return NumberText.quantity(value * scale, unit: target.unit)
    }

    /// The refusal for a bare figure that reads far below its target, naming what to write.
    static func problem(text: String, hint: String, unit: Unit) -> String {
        let typed = text.trimmingWhitespace()
        return
            "'\(typed)' without a unit is \(typed)\(unit.rawValue), far below this target: did you mean \(hint)? write \(hint), or pass --as-is to store \(typed)\(unit.rawValue)"
    }
}
