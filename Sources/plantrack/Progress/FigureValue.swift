import PlanIngest

/// Why a logged value does not fit its target.
struct FigureValueError: Error, Hashable, CustomStringConvertible {
    var description: String
}

/// Reads a logged value in the target's base unit.
///
/// A bare number is taken in the target's unit; a number with a unit (`5亿元`, `450家`, `3.2%`) is
/// read by `Quantity(parsing:)`, must be in the target's unit, and is converted to its base. A
/// change from a base year logs levels of the statistic, whose unit the plan does not state
/// (`比上年增长8%`): any unit is taken there, only its scale words count (`5000亿元` is
/// 500000000000).
///
/// ```swift
/// try FigureValue.value(of: "5亿元", unit: .yuan)          // 500000000
/// try FigureValue.value(of: "1320", unit: .organisation)  // 1320
/// try FigureValue.value(of: "5亿元", unit: .organisation) // throws: 元, not 家
/// ```
enum FigureValue {
    /// The characters of a plain decimal number: digits, a sign and a point.
    static let decimalScalars: Set<Unicode.Scalar> = Set("0123456789.-+".unicodeScalars)

    /// Whether `text` is a plain number with no unit (`380`, `0.0355`), which the checks of
    /// plausibility read in the target's base unit.
    static func isBare(_ text: String) -> Bool {
        text.trimmingWhitespace().unicodeScalars.allSatisfy(decimalScalars.contains)
    }
    /// The characters of what looks like a number in another notation (hexadecimal, exponent).
    static let numberLikeScalars: Set<Unicode.Scalar> = Set("0123456789.-+xXeEabcdefABCDEF".unicodeScalars)

    /// `3.2 %` and `5 亿元` as `3.2%` and `5亿元`: spaces between a decimal number and the unit
    /// after it are only layout; spaces anywhere else are kept, so `1 20` stays no number.
    static func joiningUnit(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard let unitStart = scalars.firstIndex(where: { !decimalScalars.contains($0) }), unitStart > 0,
            scalars[unitStart].properties.isWhitespace
        else { return text }
        var next = unitStart
        while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
        guard next < scalars.count, !decimalScalars.contains(scalars[next]) else { return text }
        var joined = String.UnicodeScalarView()
        joined.append(contentsOf: scalars[..<unitStart])
        joined.append(contentsOf: scalars[next...])
        return String(joined)
    }

    /// The value `text` gives for `target`, in its base unit: a level in any unit for a change
    /// from a base year, else a value in the target's unit.
    static func value(of text: String, for target: Target) throws(FigureValueError) -> Double {
        try value(of: text, unit: target.baseYear == nil ? target.unit : nil)
    }

    /// The value `text` gives in the base of `unit`, or of any unit when `unit` is `nil`.
    static func value(of text: String, unit: Unit?) throws(FigureValueError) -> Double {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw FigureValueError(description: "the value is empty") }
        // Decimal notation only: Double would also read 0x10, 1e-400 (as 0), inf and nan.
        if trimmed.unicodeScalars.allSatisfy(Self.decimalScalars.contains), let number = Double(trimmed) {
            guard number.isFinite else {
                throw FigureValueError(description: "'\(trimmed)' is too large to store")
            }
            if number == 0, trimmed.contains(where: { ("1"..."9").contains($0) }) {
                throw FigureValueError(
                    description: "'\(trimmed)' is too small to store; write it in a larger unit")
            }
            return number
        }
        if let first = trimmed.unicodeScalars.first, Self.decimalScalars.contains(first),
            trimmed.unicodeScalars.allSatisfy(Self.numberLikeScalars.contains)
        {
            throw FigureValueError(
                description: "'\(trimmed)' is not a decimal number; write e.g. 1320, -3.5 or 0.25")
        }
        guard let quantity = Quantity(parsing: Self.joiningUnit(trimmed)), quantity.value.isFinite else {
            throw FigureValueError(
                description: "'\(trimmed)' is not a number; write e.g. 1320, 3.2 or 5亿元")
        }
        guard let given = quantity.unit, let unit else { return quantity.value }
        // 16.5件 for a target counted in 件/万人: the head is the target's, the count is given.
        guard given == unit || unit.rawValue.hasPrefix(given.rawValue + "/") else {
            throw FigureValueError(
                description: "'\(trimmed)' is in \(given), but the target is counted in \(unit)")
        }
        return quantity.value
    }
}
