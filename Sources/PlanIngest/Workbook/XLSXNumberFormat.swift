/// Which of a workbook's number formats show dates, and the day a serial number stands for.
///
/// A workbook stores a date as a number of days (45473 is 2024-06-30) and says only through
/// the cell's number format that it is one: built-in formats 14–22, 27–36, 45–47 and 50–58
/// (the last ones Chinese and Japanese dates), or a custom code with a year or day part
/// (`yyyy-mm-dd`, `yyyy"年"m"月"d"日"`).
enum XLSXNumberFormat {
    /// The built-in format ids that show a date or a time.
    static let builtInDateIDs: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Whether a custom format code shows a date: it has a year or day part, or months without
    /// hours (`mm:ss` is minutes), once quoted text, `[...]` sections and escapes are set aside.
    static func isDate(code: String) -> Bool {
        var letters = Set<Character>()
        var isQuoted = false
        var isBracketed = false
        var isEscaped = false
        for character in code {
            if isEscaped {
                isEscaped = false
                continue
            }
            switch character {
            case "\"": isQuoted.toggle()
            case "\\" where !isQuoted: isEscaped = true
            case "[" where !isQuoted: isBracketed = true
            case "]" where !isQuoted: isBracketed = false
            default:
                if !isQuoted, !isBracketed { letters.insert(Character(character.lowercased())) }
            }
        }
        if letters.contains("y") || letters.contains("d") { return true }
        return letters.contains("m") && !letters.contains("h") && !letters.contains("s")
    }

    /// The day a serial number stands for, ignoring any time of day.
    /// - Parameters:
    ///   - serial: The cell's number.
    ///   - uses1904: Whether the workbook counts from 1904 (old Mac Excel) rather than 1900.
    /// - Returns: `nil` for a number that is no day (negative, or beyond year 9999).
    static func day(serial: Double, uses1904: Bool) -> CalendarDay? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if uses1904 {
            days += 1462
        } else if days < 61 {
            // Excel counts a 29 February 1900 that never was: serials up to 60 run one day early.
            days += 1
        }
        // Days since 1899-12-30 to a civil date (Howard Hinnant's days_from_civil, inverted).
        let sinceEpoch = days - 25_569 + 719_468
        let era = sinceEpoch / 146_097
        let dayOfEra = sinceEpoch - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDay(year: year, month: month, day: day)
    }
}
