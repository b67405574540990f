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
/// ```
public enum PeriodPhrase {
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
        // 2025-Q2, 2025/9, 2025.09: a separator, then the short form's part or a month.
        if let first = rest.scalars.first, "-/.".unicodeScalars.contains(first) {
            let part = String(String.UnicodeScalarView(rest.scalars.dropFirst())).uppercased()
            if let letter = part.first, letter == "Q" || letter == "H", part.count == 2 {
                return yearText + part
            }
            return Int(part).flatMap { month(yearText, $0) }
        }
        if let yearWord = Words.reportPeriodWords.first(where: { $0.part == "Y" && rest.has($0.word, at: 0) })
        {
            rest = rest.slice(yearWord.word.count, rest.count)
            if rest.count == 0 { return yearText }
        }
        if let whole = Words.reportPeriodWords.first(where: {
            $0.word.count == rest.count && rest.has($0.word, at: 0)
        }) {
            switch whole.part {
            case "H1", "H2": return yearText + whole.part
            case "Y": return yearText
            default: break
            }
        }
        var start = 0
        if let ordinal = Words.reportPeriodOrdinals.match(in: rest, at: 0) { start = ordinal.count }
        guard
            let word = Words.reportPeriodWords.first(where: { rest.has($0.word, endingAt: rest.count) }),
            word.word.count < rest.count - start
        else { return nil }
        let numberText = rest.string(start, rest.count - word.word.count)
        guard let number = Int(numberText) ?? ChineseNumeral.value(of: numberText).map({ Int($0) }) else {
            return nil
        }
        switch word.part {
        case "Q": return (1...4).contains(number) ? "\(yearText)Q\(number)" : nil
        case "M": return month(yearText, number)
        default: return nil
        }
    }

    private static func month(_ year: String, _ month: Int) -> String? {
        guard (1...12).contains(month) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)"
    }
}
