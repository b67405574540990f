/// The day a table's deadline cell names: `2024年底前`, `2025年6月底前`, `2024年第三季度`.
///
/// A cell with no year (`长期坚持`, `持续推进`) states no deadline, so its row keeps none of its
/// own and never borrows the row above's.
enum TableDeadline {
    /// A year written in a cell, with the month or period after it when one is named.
    struct YearPhrase: Sendable, Hashable {
        /// The year: 2024 in `2024年底前`.
        var year: Int
        /// The last month named after the year: 6 in `2025年6月底前`, 9 in `2024年第三季度`.
        var month: Int?
    }

    /// The last day named by `cell`: the end of the last year it names, or of the month or
    /// quarter after that year.
    ///
    /// ```swift
    /// TableDeadline.day(in: "2025年6月底前")  // 2025-06-30
    /// TableDeadline.day(in: "长期坚持")       // nil
    /// ```
    static func day(in cell: String) -> CalendarDay? {
        guard let last = years(in: ScalarText(cell)).last else { return nil }
        if let month = last.month { return CalendarDay.endOfMonth(month, of: last.year) }
        return CalendarDay.endOfYear(last.year)
    }

    /// Every four-digit year followed by 年 in `text`, in order, with its month or period.
    /// - Complexity: O(*n*) in the length of the text.
    static func years(in text: ScalarText) -> [YearPhrase] {
        var found: [YearPhrase] = []
        var offset = 0
        while offset < text.count {
            var year = 0
            var digits = 0
            while digits < 4, let digit = text[safe: offset + digits].flatMap(ChineseNumeral.arabicDigit) {
                year = year * 10 + digit
                digits += 1
            }
            let precededByDigit = text[safe: offset - 1].flatMap(ChineseNumeral.arabicDigit) != nil
            guard digits == 4, !precededByDigit, text.has(Words.yearMark, at: offset + 4) else {
                offset += max(1, digits)
                continue
            }
            offset += 4 + Words.yearMark.count
            found.append(YearPhrase(year: year, month: month(in: text, at: &offset)))
        }
        return found
    }

    /// The mark after a month's number: 月.
    private static let monthMark = Word(Lexicon.monthMark)

    /// The month written at `offset` (`6月`) or the month a period there ends (`第三季度`),
    /// moving `offset` past it.
    private static func month(in text: ScalarText, at offset: inout Int) -> Int? {
        if let period = Words.periodEnds.first(where: { text.has($0.word, at: offset) }) {
            offset += period.word.count
            return period.month
        }
        var month = 0
        var digits = 0
        while digits < 2, let digit = text[safe: offset + digits].flatMap(ChineseNumeral.arabicDigit) {
            month = month * 10 + digit
            digits += 1
        }
        guard digits > 0, (1...12).contains(month), text.has(monthMark, at: offset + digits) else {
            return nil
        }
        offset += digits + monthMark.count
        return month
    }
}
