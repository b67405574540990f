import PlanWriting

/// A calendar date without time or time zone, printed as `YYYY-MM-DD`.
///
/// Deadlines in policy plans are days (`到2025年` is 2025-12-31), so a full `Date` would only
/// add time-zone mistakes.
public struct CalendarDay: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a day; returns `nil` when the month or day does not exist (2023-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...CalendarDay.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; returns `nil` for anything else.
    ///
    /// ```swift
    /// CalendarDay(iso: "2025-12-31")  // 2025-12-31
    /// CalendarDay(iso: "2025-13-01")  // nil
    /// ```
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The last day of `year`: the deadline meant by `到2025年`.
    public static func endOfYear(_ year: Int) -> CalendarDay {
        CalendarDay(uncheckedYear: year, month: 12, day: 31)
    }

    /// The last day of `month` in `year`: the deadline meant by `2024年6月底前`.
    public static func endOfMonth(_ month: Int, of year: Int) -> CalendarDay? {
        guard (1...12).contains(month) else { return nil }
        return CalendarDay(uncheckedYear: year, month: month, day: daysIn(month: month, year: year))
    }

    /// Number of days in `month` of `year`, following the Gregorian leap-year rule.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether `year` has a 29 February.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day as `YYYY-MM-DD`.
    public var iso: String {
        guard (0...9999).contains(year) else {
            func pad(_ number: Int, _ width: Int) -> String {
                let digits = String(number)
                return String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        // Ten ASCII bytes written in place: reports print millions of dates.
        return String(unsafeUninitializedCapacity: 10) { bytes in
            writeISO(into: bytes)
            return 10
        }
    }

    /// Appends ``iso`` as UTF-8 to `bytes`, without building a string: a CSV report writes a
    /// date or two for each of a million rows straight into its output buffer.
    ///
    /// ```swift
    /// var bytes = Array("due ".utf8)
    /// CalendarDay(year: 2025, month: 12, day: 31)?.appendISO(to: &bytes)
    /// // bytes holds "due 2025-12-31"
    /// ```
    ///
    /// - Parameter bytes: The buffer the ten bytes (more for a year past 9999) are appended to.
    public func appendISO(to bytes: inout [UInt8]) {
        guard (0...9999).contains(year) else {
            bytes.append(contentsOf: iso.utf8)
            return
        }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: 10))
        bytes.withUnsafeMutableBufferPointer { buffer in
            writeISO(into: UnsafeMutableBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// Writes the ten bytes of ``iso`` at the start of `bytes`, for a year of four digits.
    private func writeISO(into bytes: UnsafeMutableBufferPointer<UInt8>) {
        DecimalDigits.write(UInt64(year), count: 4, into: bytes, at: 0)
        bytes[4] = UInt8(ascii: "-")
        DecimalDigits.write(UInt64(month), count: 2, into: bytes, at: 5)
        bytes[7] = UInt8(ascii: "-")
        DecimalDigits.write(UInt64(day), count: 2, into: bytes, at: 8)
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
