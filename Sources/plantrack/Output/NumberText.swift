import PlanIngest

/// Numbers and quantities as people read them: no float noise, and money in 万 or 亿 the way the
/// plans write it.
///
/// ```swift
/// NumberText.plain(1500)                       // "1500"
/// NumberText.plain(3.5500000000000003)         // "3.55"
/// NumberText.quantity(500_000_000, unit: .yuan) // "5亿元"
/// NumberText.quantity(3.55, unit: .percent)     // "3.55%"
/// ```
enum NumberText {
    /// The most decimals shown; enough for 3.55% and 1.2345亿元, few enough to hide binary noise.
    static let maximumFractionDigits = 4

    /// The number with at most four decimals and no trailing zeros; whole numbers have no
    /// decimal point.
    static func plain(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
        let scale = 10_000.0  // 10^maximumFractionDigits
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else {
            // Beyond exact integers in a Double: no fraction is meaningful any more.
            return String(describing: value.rounded())
        }
        let units = UInt64(scaled)
        var fraction = units % UInt64(scale)
        var fractionDigits = fraction == 0 ? 0 : maximumFractionDigits
        while fraction != 0, fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        // Written byte by byte: reports print millions of numbers.
        return String(unsafeUninitializedCapacity: 32) { bytes in
            var count = 0
            if value < 0 && units != 0 {
                bytes[0] = UInt8(ascii: "-")
                count = 1
            }
            count += writeDigits(of: units / UInt64(scale), width: nil, into: bytes, at: count)
            if fractionDigits > 0 {
                bytes[count] = UInt8(ascii: ".")
                count += 1 + writeDigits(of: fraction, width: fractionDigits, into: bytes, at: count + 1)
            }
            return count
        }
    }

    /// Writes the decimal digits of `number` at `position`, left-padded with zeros to `width`
    /// when given, and returns how many were written.
    private static func writeDigits(
        of number: UInt64, width: Int?, into bytes: UnsafeMutableBufferPointer<UInt8>, at position: Int
    ) -> Int {
        var digitCount = 1
        var rest = number / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        let count = max(digitCount, width ?? 0)
        rest = number
        for offset in stride(from: count - 1, through: 0, by: -1) {
            bytes[position + offset] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        return count
    }

    /// The quantity in the unit the plans would write: 元 and 人 scale to 万 and 亿 when that
    /// reads better; `%` and other units follow the number directly.
    static func quantity(_ value: Double, unit: Unit) -> String {
        if isSame(unit, .yuan) || isSame(unit, .person) {
            let magnitude = abs(value)
            if magnitude >= 100_000_000 {
                return plain(value / 100_000_000) + "亿" + unit.rawValue
            }
            if magnitude >= 10_000 {
                return plain(value / 10_000) + "万" + unit.rawValue
            }
        }
        if isSame(unit, .percentagePoint) {
            return plain(value) + "个百分点"
        }
        return plain(value) + unit.rawValue
    }

    /// Whether two units are written alike, compared byte by byte: units are stored as written,
    /// and `==` on Chinese text first normalises it, which reports pay for millions of times.
    private static func isSame(_ unit: Unit, _ other: Unit) -> Bool {
        var text = unit.rawValue
        var otherText = other.rawValue
        return text.withUTF8 { bytes in otherText.withUTF8 { bytes.elementsEqual($0) } }
    }

    /// A target's value with its comparator: `>= 1500家`, `<= 500万元`, `~ 65%`, `3-5个`.
    static func target(_ target: Target) -> String {
        let amount = quantity(target.value, unit: target.unit)
        switch target.comparator {
        case .atLeast: return ">= " + amount
        case .atMost: return "<= " + amount
        case .approximately: return "~ " + amount
        case .exactly: return amount
        case .range:
            guard let upper = target.valueMax else { return amount }
            return quantity(target.value, unit: target.unit) + " - " + quantity(upper, unit: target.unit)
        }
    }

    /// A share as a percentage with one decimal: `87.5%`.
    static func percent(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return plain(rounded) + "%"
    }
}
