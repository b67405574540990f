import PlanIngest
import PlanWriting

/// A reporting period: a quarter, a half-year, a year or a month.
///
/// ```swift
/// Period("2024Q3")?.end   // 2024-09-30
/// Period("2024H1")?.end   // 2024-06-30
/// Period("2024-02")?.end  // 2024-02-29
/// Period("2024Q5")        // nil
/// ```
///
/// A period ends on its last day: a figure for it counts from that day on.
public struct Period: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The first day of the period.
    public var start: CalendarDay
    /// The last day of the period.
    public var end: CalendarDay
    /// The canonical text: `2024Q3`, `2024H1`, `2024` or `2024-07`.
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8)
        appendDescription(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the canonical text (``description``) to `bytes` as UTF-8, without building a
    /// string: reports print millions of periods.
    public func appendDescription(to bytes: inout [UInt8]) {
        if start.year < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDecimalDigits(of: UInt64(start.year.magnitude))
        switch end.month - start.month + 1 {
        case 1:
            bytes.append(UInt8(ascii: "-"))
            bytes.appendDecimalDigits(of: UInt64(start.month), minimumCount: 2)
        case 3:
            bytes.append(UInt8(ascii: "Q"))
            bytes.appendDecimalDigits(of: UInt64(start.month / 3 + 1))
        case 6:
            bytes.append(UInt8(ascii: "H"))
            bytes.appendDecimalDigits(of: UInt64(start.month / 6 + 1))
        default:
            break
        }
    }

    /// The years a figure may be logged for: a plan's figures are of this era, and a year such
    /// as `1000` is a typing slip. Stored periods of other years are still read.
    public static let years = 1900...2200

    /// A period as a person types it when logging a figure: ``init(_:)`` within ``years``.
    public init?(typed text: String) {
        guard let period = Period(text) ?? PeriodPhrase.canonical(text).flatMap({ Period($0) }),
            Self.years.contains(period.start.year)
        else { return nil }
        self = period
    }

    /// Parses `2024Q3`, `2024H1`, `2024` or `2024-07` (lower-case `q`/`h` accepted); returns
    /// `nil` for anything else, including periods that do not exist (`2024Q5`, `2024-13`).
    public init?(_ text: String) {
        let text = text.trimmingWhitespace().uppercased()
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 4, scalars.prefix(4).allSatisfy({ ("0"..."9").contains($0) }),
            let year = Int(String(String.UnicodeScalarView(scalars.prefix(4)))), year >= 1
        else { return nil }
        let rest = String(String.UnicodeScalarView(scalars.dropFirst(4)))
        let firstMonth: Int
        let monthCount: Int
        switch rest.count {
        case 0:
            (firstMonth, monthCount) = (1, 12)
        case 2 where rest.hasPrefix("Q"):
            guard let quarter = Int(rest.dropFirst()), (1...4).contains(quarter) else { return nil }
            (firstMonth, monthCount) = (quarter * 3 - 2, 3)
        case 2 where rest.hasPrefix("H"):
            guard let half = Int(rest.dropFirst()), (1...2).contains(half) else { return nil }
            (firstMonth, monthCount) = (half * 6 - 5, 6)
        case 3 where rest.hasPrefix("-"):
            guard rest.dropFirst().allSatisfy(\.isASCIIDigit), let month = Int(rest.dropFirst()),
                (1...12).contains(month)
            else { return nil }
            (firstMonth, monthCount) = (month, 1)
        default:
            return nil
        }
        guard let start = CalendarDay(year: year, month: firstMonth, day: 1),
            let end = CalendarDay.endOfMonth(firstMonth + monthCount - 1, of: year)
        else { return nil }
        self.start = start
        self.end = end
    }

    /// Orders periods by their last day, then their first: `2024Q1` < `2024H1` < `2024`.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.end, lhs.start) < (rhs.end, rhs.start)
    }

    /// Whether the two periods share at least one day.
    public func overlaps(_ other: Period) -> Bool {
        start <= other.end && other.start <= end
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = Period(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a period: \(text)"))
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Period {
    /// The period running from `start` to `end`, when it is a month, quarter, half-year or
    /// year; `nil` otherwise.
    ///
    /// ```swift
    /// Period(start: CalendarDay(iso: "2024-07-01")!, end: CalendarDay(iso: "2024-09-30")!)  // 2024Q3
    /// ```
    public init?(start: CalendarDay, end: CalendarDay) {
        guard (1000...9999).contains(start.year), start.year == end.year, start.day == 1,
            end.day == CalendarDay.daysIn(month: end.month, year: end.year)
        else { return nil }
        switch end.month - start.month + 1 {
        case 1, 12: break
        case 3 where start.month % 3 == 1: break
        case 6 where start.month % 6 == 1: break
        default: return nil
        }
        self.start = start
        self.end = end
    }
}
