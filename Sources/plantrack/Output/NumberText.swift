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
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var fraction = units % Int64(scale)
        let sign = value < 0 && units != 0 ? "-" : ""
        guard fraction != 0 else { return sign + String(whole) }
        var width = maximumFractionDigits
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        let digits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: width - digits.count) + digits
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
        unit.rawValue.utf8.elementsEqual(other.rawValue.utf8)
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
