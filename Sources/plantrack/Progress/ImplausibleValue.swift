import PlanIngest

/// The checks a logged figure passes before it is stored, unless `--as-is` is given: a bare
/// fraction of a percentage target (``PercentFraction``), a share a hundred times too large
/// (``PercentHundredfold``) and a bare amount in the target's 万 or 亿 (``UnscaledAmount``).
enum ImplausibleValue {
    /// Why `text`, read as `value`, does not look like a figure for `target`, with what to write
    /// instead; `nil` when it does.
    /// A change from a base year logs levels in the statistic's own unit, never questioned.
    static func problem(text: String, value: Double, target: Target) -> String? {
        guard target.baseYear == nil else { return nil }
        if let hint = PercentFraction.hint(for: text, value: value, target: target) {
            return PercentFraction.problem(text: text, hint: hint)
        }
        if let hint = PercentHundredfold.hint(value: value, target: target) {
            return PercentHundredfold.problem(text: text, hint: hint)
        }
        if let hint = UnscaledAmount.hint(for: text, value: value, target: target) {
            return UnscaledAmount.problem(text: text, hint: hint, unit: target.unit)
        }
        return nil
    }
}
