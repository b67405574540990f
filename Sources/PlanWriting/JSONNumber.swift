/// How the JSON contract prints a quantity: without binary noise and without an exponent.
package enum JSONNumber {
    /// The decimals a quantity keeps: finer than any figure a plan states, coarse enough to
    /// drop the binary noise of a sum or a difference (0.14, not 0.13999999999999968).
    package static let quantityDecimals = 6

    /// The decimals a ratio or a percentage keeps: 1.8049, 96.6667.
    package static let ratioDecimals = 4

    /// `value` rounded to six decimals and printed as the shortest decimal that reads back as
    /// the same `Double`, in plain notation: 1500, 3.55, 0.85, 0.00001, 10000000000000000.
    ///
    /// This is what `Decimal(string: "\(rounded)")` prints, without Foundation: Swift's own
    /// description already gives the shortest digits, only its exponent form needs rewriting.
    /// Infinities and NaN print as 0.
    package static func exact(_ value: Double) -> String {
        rounded(value, toDecimals: quantityDecimals)
    }

    /// `value` rounded to `decimals` decimals and printed as ``exact(_:)`` prints it:
    /// 1.8049 for 1.8049450549450547 at four decimals.
    package static func rounded(_ value: Double, toDecimals decimals: Int) -> String {
        guard value.isFinite else { return "0" }
        let scale = (0..<decimals).reduce(1.0) { product, _ in product * 10 }
        let rounded = (value * scale).rounded() / scale
        if let whole = whole(rounded) { return String(whole) }
        let description = "\(rounded)"
        // 3.55, 0.85: already plain, with no trailing zero to drop.
        let isPlain = !description.utf8.contains(UInt8(ascii: "e")) && !description.hasSuffix(".0")
        return isPlain ? description : plainNotation(of: description)
    }

    /// `value` rounded to six decimals, when that is a whole number that ``exact(_:)`` prints as
    /// an integer (1500 for 1500.0000001); `nil` for fractions, huge values and non-finite ones.
    package static func whole(_ value: Double) -> Int64? {
        guard value.isFinite else { return nil }
        let rounded = (value * 1e6).rounded() / 1e6
        guard rounded == rounded.rounded(), abs(rounded) < 9e15 else { return nil }
        return Int64(rounded)
    }

    /// A number's description (`-1.5e-06`, `9000000000000000.0`) in plain decimal notation
    /// without trailing fraction zeros (`-0.0000015`, `9000000000000000`).
    static func plainNotation(of description: String) -> String {
        var isNegative = false
        var digits: [UInt8] = []
        var pointAfter: Int?
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        for byte in description.utf8 {
            switch byte {
            case UInt8(ascii: "-") where inExponent: exponentSign = -1
            case UInt8(ascii: "-"): isNegative = true
            case UInt8(ascii: "+"): continue
            case UInt8(ascii: "."): pointAfter = digits.count
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "0")...UInt8(ascii: "9") where inExponent:
                exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
            default: digits.append(byte)
            }
        }
        // How many of `digits` stand before the decimal point.
        var integerDigits = (pointAfter ?? digits.count) + exponentSign * exponent
        while digits.first == UInt8(ascii: "0") {
            digits.removeFirst()
            integerDigits -= 1
        }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        guard !digits.isEmpty else { return "0" }
        let zero = UInt8(ascii: "0")
        var output: [UInt8] = isNegative ? [UInt8(ascii: "-")] : []
        if integerDigits <= 0 {
            output += [zero, UInt8(ascii: ".")] + Array(repeating: zero, count: -integerDigits) + digits
        } else if integerDigits >= digits.count {
            output += digits + Array(repeating: zero, count: integerDigits - digits.count)
        } else {
            output += digits[..<integerDigits] + [UInt8(ascii: ".")] + digits[integerDigits...]
        }
        return String(decoding: output, as: UTF8.self)
    }
}
