/// A reporting period as an office writes it — `2025年`, `2025年三季度`, `2025年第3季度`,
/// `2025年上半年`, `2025年9月`, `2025-Q2`, `2025/9` — in the short form plantrack stores:
/// `2025`, `2025Q3`, `2025H1`, `2025-09`.
///
/// The words after the year are rows of `Vocabulary.tsv` (roles `reportPeriodWords` and
/// `reportPeriodOrdinals`); the number of a quarter or a month may be Arabic or Chinese.
///
/// ```swift
/// PeriodPhrase.canonical("2025年三季度")  // "2025Q3"
/// PeriodPhrase.canonical("2025年上半年")  // "2025H1"
/// PeriodPhrase.canonical("2025年9月")     // "2025-09"
/// PeriodPhrase.canonical("三季度")        // nil: no year
/// PeriodPhrase.canonical("2025-Q5")      // nil: no such quarter
/// ```
public enum PeriodPhrase {
    /// The part of a year a word after the year names.
    enum Part: String, CaseIterable {
        /// The whole year: 年, 全年.
        case year = "Y"
        /// A quarter, numbered: 季度.
        case quarter = "Q"
        /// A month, numbered: 月, 月份.
        case month = "M"
        /// The first half: 上半年.
        case firstHalf = "H1"
        /// The second half: 下半年.
        case secondHalf = "H2"
    }

    /// The short form of `text`, or `nil` when it is not a period written this way.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func canonical(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        guard scalars.count > 4 else { return nil }
        var year = 0
        for scalar in scalars.prefix(4) {
            guard let digit = ChineseNumeral.arabicDigit(scalar) else { return nil }
            year = year * 10 + digit
        }
        let yearText = String(year)
        var rest = ScalarText(scalars: Array(scalars.dropFirst(4)))
        // 2025-Q2, 2025/9: a separator, then the short form's part or a month.
        if let first = rest.scalars.first, first == "-" || first == "/" {
            let part = String(String.UnicodeScalarView(rest.scalars.dropFirst())).uppercased()
            if let number = part.dropFirst().first.flatMap({ Int(String($0)) }), part.count == 2 {
                switch part.first {
                case "Q": return (1...4).contains(number) ? yearText + part : nil
                case "H": return (1...2).contains(number) ? yearText + part : nil
                default: break
                }
            }
            return Int(part).flatMap { month(yearText, $0) }
        }
        if let yearWord = Words.reportPeriodWords.first(where: {
            $0.part == .year && rest.has($0.word, at: 0)
        }) {
            rest = rest.slice(yearWord.word.count, rest.count)
            if rest.count == 0 { return yearText }
        }
        if let whole = Words.reportPeriodWords.first(where: {
            $0.word.count == rest.count && rest.has($0.word, at: 0)
        }) {
            switch whole.part {
            case .firstHalf, .secondHalf, .year:
                return yearText + (whole.part == .year ? "" : whole.part.rawValue)
            case .quarter, .month: return nil
            }
        }
        var start = 0
        if let ordinal = Words.reportPeriodOrdinals.match(in: rest, at: 0) { start = ordinal.count }
        guard
            let word = Words.reportPeriodWords.first(where: { rest.has($0.word, endingAt: rest.count) }),
            word.word.count < rest.count - start
        else { return nil }
        let numberText = rest.string(start, rest.count - word.word.count)
        guard
            let number = Int(numberText) ?? ChineseNumeral.value(of: numberText).flatMap({ Int(exactly: $0) })
        else { return nil }
        switch word.part {
        case .quarter: return (1...4).contains(number) ? "\(yearText)Q\(number)" : nil
        case .month: return month(yearText, number)
        case .year, .firstHalf, .secondHalf: return nil
        }
    }

    private static func month(_ year: String, _ month: Int) -> String? {
        guard (1...12).contains(month) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)"
    }
}
