import PlanIngest
import PlanWriting

/// Numbers and quantities as people read them: no float noise, and money in 万 or 亿 the way the
/// plans write it.
///
/// Each kind of number is written once, as UTF-8 bytes appended to a buffer, so that a CSV
/// report of a million rows builds no string per number; the functions returning a `String`
/// read those bytes back.
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
        String(writingUTF8: { appendPlain(value, to: &$0) })
    }

    /// Appends ``plain(_:)`` of `value` to `bytes`.
    static func appendPlain(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else {
            bytes.append(contentsOf: (value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf")).utf8)
            return
        }
        let scale = 10_000.0  // 10^maximumFractionDigits
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else {
            // Beyond exact integers in a Double: no fraction is meaningful any more.
            bytes.append(contentsOf: String(describing: value.rounded()).utf8)
            return
        }
        let units = UInt64(scaled)
        var fraction = units % UInt64(scale)
        var fractionDigits = fraction == 0 ? 0 : maximumFractionDigits
        while fraction != 0, fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        if value < 0 && units != 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDecimalDigits(of: units / UInt64(scale))
        if fractionDigits > 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.appendDecimalDigits(of: fraction, minimumCount: fractionDigits)
        }
    }

    /// Appends an integer in decimal, `-` first when negative: `1500`, `-3`.
    static func appendInteger(_ value: some BinaryInteger, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDecimalDigits(of: UInt64(value.magnitude))
    }

    /// The quantity in the unit the plans would write: 元 and 人 scale to 万 and 亿 when that
    /// reads better; `%` and other units follow the number directly.
    static func quantity(_ value: Double, unit: Unit) -> String {
        String(writingUTF8: { appendQuantity(value, unit: unit, to: &$0) })
    }

    /// Appends ``quantity(_:unit:)`` of `value` to `bytes`.
    static func appendQuantity(_ value: Double, unit: Unit, to bytes: inout [UInt8]) {
        var unitText = unit.rawValue
        unitText.withUTF8 { unitBytes in
            let isCounted = isSame(unitBytes, Unit.yuan) || isSame(unitBytes, Unit.person)
            let magnitude = abs(value)
            if isCounted && magnitude >= 100_000_000 {
                appendPlain(value / 100_000_000, to: &bytes)
                bytes.append(contentsOf: "亿".utf8)
            } else if isCounted && magnitude >= 10_000 {
                appendPlain(value / 10_000, to: &bytes)
                bytes.append(contentsOf: "万".utf8)
            } else {
                appendPlain(value, to: &bytes)
                if isSame(unitBytes, Unit.percentagePoint) {
                    bytes.append(contentsOf: "个百分点".utf8)
                    return
                }
            }
            bytes.append(contentsOf: unitBytes)
        }
    }

    /// Whether a unit written as these bytes is `other`, compared byte by byte: units are stored
    /// as written, and `==` on Chinese text first normalises it, which reports pay for millions
    /// of times.
    private static func isSame(_ bytes: UnsafeBufferPointer<UInt8>, _ other: Unit) -> Bool {
        var otherText = other.rawValue
        return otherText.withUTF8 { otherBytes in
            otherBytes.count == bytes.count && otherBytes.indices.allSatisfy { bytes[$0] == otherBytes[$0] }
        }
    }

    /// A target's value with its comparator: `>= 1500家`, `<= 500万元`, `~ 65%`, `3-5个`.
    static func target(_ target: Target) -> String {
        String(writingUTF8: { appendTarget(target, to: &$0) })
    }

    /// Appends ``target(_:)`` of `target` to `bytes`.
    static func appendTarget(_ target: Target, to bytes: inout [UInt8]) {
        switch target.comparator {
        case .atLeast: bytes.append(contentsOf: ">= ".utf8)
        case .atMost: bytes.append(contentsOf: "<= ".utf8)
        case .approximately: bytes.append(contentsOf: "~ ".utf8)
        case .exactly, .range: break
        }
        appendQuantity(target.value, unit: target.unit, to: &bytes)
        if target.comparator == .range, let upper = target.valueMax {
            bytes.append(contentsOf: " - ".utf8)
            appendQuantity(upper, unit: target.unit, to: &bytes)
        }
    }

    /// A share as a percentage with one decimal: `87.5%`.
    static func percent(_ value: Double) -> String {
        String(writingUTF8: { appendPercent(value, to: &$0) })
    }

    /// Appends ``percent(_:)`` of `value` to `bytes`.
    static func appendPercent(_ value: Double, to bytes: inout [UInt8]) {
        appendPlain((value * 10).rounded() / 10, to: &bytes)
        bytes.append(UInt8(ascii: "%"))
    }
}
