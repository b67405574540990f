extension PDFTableLayout {
    /// `cell` with `line`, the next line of its text on the page, added.
    ///
    /// A cell's text wraps at the column's width: inside CJK text, where no space belongs
    /// (`新增省级以上` / `科技创新平台`), or between CJK text and a figure (`平台` / `20 个`), but
    /// between two Latin words only at the space that separates them (`Wi-Fi` / `6`). A line
    /// that opens with a year under a line that opened with one starts a date of its own
    /// (`2024年底前` / `2025年6月底前`). Each line first loses the gaps a page puts between CJK
    /// text and Latin letters or digits (`20 个`), as ``PDFPageText/withoutLatinGaps(_:)``
    /// removes them.
    ///
    /// ```swift
    /// PDFTableLayout.joiningWrappedLine("科技创新平台", to: "新增省级以上")  // "新增省级以上科技创新平台"
    /// PDFTableLayout.joiningWrappedLine("6", to: "Wi-Fi")              // "Wi-Fi 6"
    /// PDFTableLayout.joiningWrappedLine("2025 年 6 月底前", to: "2024年底前")  // "2024年底前 2025年6月底前"
    /// ```
    static func joiningWrappedLine(_ line: String, to cell: String) -> String {
        let line = PDFPageText.withoutLatinGaps(line)
        guard let last = cell.unicodeScalars.last, let first = line.unicodeScalars.first else {
            return cell + line
        }
        let isLatinBreak = last.isASCII && !wordJoiners.contains(last) && PDFPageText.isLatin(first)
        return cell + (isLatinBreak || startsNewDate(line, after: cell) ? " " : "") + line
    }

    /// Marks after which a wrapped Latin word goes on with no space: a hyphen that the line
    /// breaks after (`Wi-` / `Fi`), a slash, an opening bracket, a blank.
    static let wordJoiners: Set<Unicode.Scalar> = ["-", "/", "(", " "]

    /// Whether `line` starts a date of its own after `cell`: both open with a year (`2025年`),
    /// and `cell` does not end with a word that leads to the year (`2024年试点，到` / `2025年`).
    static func startsNewDate(_ line: String, after cell: String) -> Bool {
        let cell = ScalarText(cell)
        return opensWithYear(ScalarText(line)) && opensWithYear(cell)
            && Words.deadlinePrefixes.match(in: cell, endingAt: cell.count) == nil
    }

    /// Whether `text` opens with a year: four digits and the year's mark (`2025年`).
    static func opensWithYear(_ text: ScalarText) -> Bool {
        (0..<4).allSatisfy { text[safe: $0].flatMap(ChineseNumeral.arabicDigit) != nil }
            && text.has(Words.yearMark, at: 4)
    }
}
