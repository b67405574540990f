import PlanIngest

/// A bare logged value that looks like a percentage written as a fraction: `0.0355` against a
/// target of 3.55%, as a spreadsheet cell formatted as a percentage exports it.
///
/// Stored as it is, such a value would be 0.0355%, a hundredth of what was meant, and the
/// target would look missed by far. A value with its unit (`3.55%`) is never questioned.
///
/// ```swift
/// PercentFraction.hint(for: "0.0355", value: 0.0355, target: rate)  // "3.55%"
/// PercentFraction.hint(for: "3.4", value: 3.4, target: rate)         // nil
/// ```
enum PercentFraction {
    /// How far, as a factor either way, a value × 100 may be from the target's value and still
    /// look like the same quantity written as a fraction.
    static let closeness = 3.0

    /// The percentage the user probably meant (`3.55%`), or `nil` when the value reads as typed.
    /// - Parameters:
    ///   - text: The value as typed.
    ///   - value: What it was read as, in the target's unit.
    ///   - target: The target it is logged against.
    static func hint(for text: String, value: Double, target: Target) -> String? {
        guard target.unit == .percent, target.value >= 1,
            FigureValue.isBare(text),
            value != 0, abs(value) < 1
        else { return nil }
        let scaled = abs(value) * 100
        guard scaled >= target.value / closeness, scaled <= target.value * closeness else { return nil }
        return NumberText.quantity(value * 100, unit: .percent)
    }

    /// The refusal for a value that looks like a fraction, naming what to write instead.
    static func problem(text: String, hint: String) -> String {
        "'\(text.trimmingWhitespace())' looks like a fraction: did you mean \(hint)? write \(hint), or pass --as-is to store it as \(text.trimmingWhitespace())%"
    }
}
