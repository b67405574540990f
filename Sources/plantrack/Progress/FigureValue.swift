import PlanIngest

/// Why a logged value does not fit its target.
struct FigureValueError: Error, Hashable, CustomStringConvertible {
    var description: String
}

/// Reads a logged value in the target's base unit.
///
/// A bare number is taken in the target's unit; a number with a unit (`5亿元`, `450家`, `3.2%`) is
/// read by `Quantity(parsing:)`, must be in the target's unit, and is converted to its base.
///
/// ```swift
/// try FigureValue.value(of: "5亿元", unit: .yuan)          // 500000000
/// try FigureValue.value(of: "1320", unit: .organisation)  // 1320
/// try FigureValue.value(of: "5亿元", unit: .organisation) // throws: 元, not 家
/// ```
enum FigureValue {
    static func value(of text: String, unit: Unit) throws(FigureValueError) -> Double {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw FigureValueError(description: "the value is empty") }
        if let number = Double(trimmed), number.isFinite {
            return number
        }
        guard let quantity = Quantity(parsing: trimmed), quantity.value.isFinite else {
            throw FigureValueError(
                description: "'\(trimmed)' is not a number; write e.g. 1320, 3.2 or 5亿元")
        }
        guard let given = quantity.unit else { return quantity.value }
        guard given == unit else {
            throw FigureValueError(
                description: "'\(trimmed)' is in \(given), but the target is counted in \(unit)")
        }
        return quantity.value
    }
}

extension String {
    /// The text without leading and trailing white space, ideographic space included.
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
