/// The text of a PDF as a person reads it, from what `pdftotext -layout` prints.
///
/// `pdftotext` keeps every line of the page: a paragraph arrives broken at the page's width,
/// often inside a word or a number (`新增高新技术企` / `业100家以上`), with running headers and
/// footers and page numbers (`— 3 —`, `- 3 -`, `第3页 共12页`) between the pages, which form feeds
/// separate. This puts a paragraph's lines back together and drops the page furniture, while
/// headings, table rows and lists keep their own lines.
///
/// ```swift
/// PDFPageText.readable("一、目标\n到2025年，新增高新技术企\n业100家以上。\n")
/// // "一、目标\n到2025年，新增高新技术企业100家以上。\n"
/// ```
public enum PDFPageText {
    /// The readable text of `layoutText`.
    /// - Complexity: O(*n*) in the length of the text.
    public static func readable(_ layoutText: String) -> String {
        let pages = layoutText.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        let furniture = runningLines(of: pages)
        var lines: [String] = []
        for page in pages {
            for line in page {
                let trimmed = line.trimmingWhitespace()
                if isPageNumber(trimmed) || furniture.contains(trimmed) && !trimmed.isEmpty { continue }
                lines.append(line)
            }
        }
        let width = typicalWidth(of: lines)
        var result = ""
        var previous: String?
        var isFirst = true
        for line in lines {
            let trimmed = line.trimmingWhitespace()
            if let last = previous, continues(last, with: line, width: width) {
                result += trimmed
                previous = trimmed
                continue
            }
            if !isFirst { result += "\n" }
            isFirst = false
            result += trimmed.isEmpty ? "" : (isTableRow(line) ? line.trimmingTrailingWhitespace() : trimmed)
            previous = trimmed.isEmpty ? nil : trimmed
        }
        return result + "\n"
    }

    /// Whether the paragraph of `previous` goes on with `line`: the previous line filled the
    /// page's width and broke inside text, not after a sentence, a heading or a table row.
    static func continues(_ previous: String, with line: String, width: Int) -> Bool {
        let next = line.trimmingWhitespace()
        guard let last = previous.unicodeScalars.last, let first = next.unicodeScalars.first else {
            return false
        }
        if sentenceEnds.contains(last) || isHeading(previous) || isHeading(next) || isTableRow(line) {
            return false
        }
        // A paragraph's first line is indented; a short line ends its paragraph.
        if line.hasPrefix("  ") || line.hasPrefix("\u{3000}") { return false }
        if lineWidth(previous) < width * 4 / 5 { return false }
        return isText(last) && (isText(first) || first == "%" || first == "％")
    }

    /// Characters that end a sentence or a clause that introduces a list.
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", "：", "！", "？", ";", ":", "!", "?"]

    /// CJK text, digits and the marks inside numbers: what a page may break inside.
    static func isText(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isIdeographic || ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
            || scalar == "." || scalar == "，" || scalar == "、" || scalar == "（" || scalar == "）"
            || scalar == "“"
            || scalar == "”" || scalar == "《" || scalar == "》" || scalar.properties.isAlphabetic
    }

    /// A numbered heading (`一、`, `（一）`, `1.`, `第一章`), short enough to stand alone.
    static func isHeading(_ text: String) -> Bool {
        let scalars = Array(text.trimmingWhitespace().unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 40 else { return false }
        if ChineseNumeral.isChineseNumeral(scalars[0]), scalars.dropFirst().prefix(3).contains("、") {
            return true
        }
        if scalars[0] == "（" || scalars[0] == "(", scalars.count > 2,
            ChineseNumeral.isChineseNumeral(scalars[1])
        {
            return true
        }
        let head = ScalarText(scalars: Array(scalars.prefix(8)))
        if Words.ordinalPrefixes.match(in: head, at: 0) != nil,
            Words.headingUnitWords.firstOccurrence(in: head, from: 1, to: head.count) != nil
        {
            return true
        }
        if ("0"..."9").contains(scalars[0]),
            let dot = scalars.firstIndex(where: { $0 == "." || $0 == "．" || $0 == "、" }),
            dot <= 2, scalars.count <= 30
        {
            return true
        }
        return false
    }

    /// A line of a table laid out in columns: a run of three or more spaces inside it.
    static func isTableRow(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace()
        return trimmed.contains("   ")
    }

    /// A line that is only a page number: `3`, `- 3 -`, `— 3 —`, `第3页`, `第3页 共12页`, `3/12`.
    static func isPageNumber(_ line: String) -> Bool {
        let compact = line.unicodeScalars.filter { !$0.properties.isWhitespace }
        guard !compact.isEmpty, compact.count <= 12 else { return false }
        let digits = compact.filter { ("0"..."9").contains($0) }
        guard !digits.isEmpty else { return false }
        return compact.allSatisfy { ("0"..."9").contains($0) || pageNumberMarks.contains($0) }
    }

    /// What a page number line holds besides digits: dashes, slashes and the page words of
    /// the vocabulary (`第3页 共12页`).
    static let pageNumberMarks: Set<Unicode.Scalar> = Set(
        ["-", "—", "–", "－", "/", "／", "P", "p", "a", "g", "e"]
            + Lexicon.pageNumberWords.flatMap { Array($0.unicodeScalars) })

    /// Lines that stand first or last on at least three pages and half of them: running
    /// headers and footers.
    static func runningLines(of pages: [[String]]) -> Set<String> {
        guard pages.count >= 3 else { return [] }
        var counts: [String: Int] = [:]
        for page in pages {
            let nonEmpty = page.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            var edges = Set<String>()
            if let first = nonEmpty.first { edges.insert(first) }
            if let last = nonEmpty.last { edges.insert(last) }
            for edge in edges { counts[edge, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value >= max(3, pages.count / 2) }.keys)
    }

    /// The width of a full line of the page: the most common width among the longer lines.
    static func typicalWidth(of lines: [String]) -> Int {
        var counts: [Int: Int] = [:]
        for line in lines {
            let width = lineWidth(line.trimmingWhitespace())
            if width >= 20 { counts[width, default: 0] += 1 }
        }
        return counts.max { $0.value == $1.value ? $0.key < $1.key : $0.value < $1.value }?.key ?? 0
    }

    /// The columns a line takes on the page, a CJK character counting two: enough to tell a
    /// full line from a short one.
    static func lineWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }
}
