/// The text of a PDF as a person reads it, from what `pdftotext -layout` prints.
///
/// `pdftotext` keeps every line of the page: a paragraph arrives broken at the page's width,
/// often inside a word or a number (`新增高新技术企` / `业100家以上`), with running headers and
/// footers and page numbers (`— 3 —`, `- 3 -`, `第3页 共12页`) between the pages, which form feeds
/// separate. This puts a paragraph's lines back together and drops the page furniture, while
/// headings and lists keep their own lines and a table laid out in columns becomes one line per
/// row, cells separated by tabs (``PDFTableLayout``). A browser's print of a web page loses the
/// header and footer the browser adds (``BrowserPrintMargin``) and the page's own tools.
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
        let isBrowserPrint = BrowserPrintMargin.framesMostPages(pages)
        for page in pages {
            var pageLines: [String] = []
            let textLines = page.indices.filter { !page[$0].trimmingWhitespace().isEmpty }
            let edges = [textLines.first, textLines.last].compactMap { $0 }
            // Page numbers stand first or last, over or under a header or footer: elsewhere a
            // number alone is text, such as a row's number that a browser centres in its row.
            let margins = Set(textLines.prefix(2) + textLines.suffix(2))
            for (index, line) in page.enumerated() {
                let trimmed = line.trimmingWhitespace()
                if margins.contains(index), isPageNumber(trimmed) { continue }
                if furniture.contains(trimmed) && !trimmed.isEmpty { continue }
                if isBrowserPrint, edges.contains(index), BrowserPrintMargin.isMargin(trimmed) { continue }
                pageLines.append(line)
            }
            // The blank lines around a page break are the page's margins, not paragraph breaks:
            // a paragraph that the break cuts goes on at the top of the next page.
            while pageLines.first?.trimmingWhitespace().isEmpty == true { pageLines.removeFirst() }
            while pageLines.last?.trimmingWhitespace().isEmpty == true { pageLines.removeLast() }
            lines += pageLines
        }
        lines = withoutCommonMargin(lines)
        // Tables laid out in columns become tab-separated rows; the rest loses its layout gaps.
        lines = PDFTableLayout.rebuildingTables(in: lines, cellGap: isBrowserPrint ? 1 : 2).compactMap {
            if isTabRow($0) { return $0 }
            // A web page printed by a browser shows its visitor counter, font-size switch and
            // print links as text, which goes as it goes from the page itself.
            guard !isBrowserPrint || $0.trimmingWhitespace().isEmpty else {
                return PageChrome.documentPart(of: $0).map(withoutLatinGaps)
            }
            return withoutLatinGaps($0)
        }
        let width = typicalWidth(of: lines)
        let blockWidths = blockWidths(of: lines)
        let textLines = lines.filter { !$0.trimmingWhitespace().isEmpty }
        let indentsParagraphs = textLines.filter(isIndented).count * 5 >= textLines.count
        var result = ""
        var previous: String?
        var isFirst = true
        // The lines of text begun so far: the first is the document's title.
        var textLinesBegun = 0
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingWhitespace()
            if let last = previous,
                continues(
                    last, with: line, width: width, blockWidth: blockWidths[index],
                    indentsParagraphs: indentsParagraphs, isTitle: textLinesBegun == 1)
            {
                result += trimmed
                previous = line
                continue
            }
            if !isFirst { result += "\n" }
            isFirst = false
            if isTabRow(line) {
                result += line
            } else {
                result +=
                    trimmed.isEmpty ? "" : (isTableRow(line) ? line.trimmingTrailingWhitespace() : trimmed)
            }
            previous = trimmed.isEmpty ? nil : line
            if !trimmed.isEmpty { textLinesBegun += 1 }
        }
        return result + "\n"
    }

    /// Whether the paragraph of `previous` goes on with `line`: the previous line filled the
    /// page's width, or the width of its block of lines (a title in a larger font, whose last
    /// line is centred), and broke inside text, not after a sentence, a heading or a table row.
    /// - Parameters:
    ///   - previousLine: The line before, as the page has it.
    ///   - width: The width of a full line of the page.
    ///   - blockWidth: The width of the widest line among the lines that stand together with
    ///     `line`, no blank line between them.
    ///   - indentsParagraphs: Whether the document starts its paragraphs indented.
    ///   - isTitle: Whether `previousLine` is part of the document's first line of text.
    static func continues(
        _ previousLine: String, with line: String, width: Int, blockWidth: Int,
        indentsParagraphs: Bool = false, isTitle: Bool = false
    ) -> Bool {
        let previous = previousLine.trimmingWhitespace()
        let next = line.trimmingWhitespace()
        guard let last = previous.unicodeScalars.last, let first = next.unicodeScalars.first,
            !isTabRow(previousLine)
        else {
            return false
        }
        if isHeading(next) || startsWithItemNumber(next) || isTableRow(line) {
            return false
        }
        let previousWidth = lineWidth(previous)
        if sentenceEnds.contains(last) {
            // A full line that ends a clause (`；`) goes on at the margin; so does one that ends a
            // sentence where every paragraph starts indented.
            let fillsLine = previousWidth * 10 >= width * 9 && !isIndented(line) && isText(first)
            return fillsLine && (indentsParagraphs || clauseEnds.contains(last))
        }
        guard isText(last) && (isText(first) || first == "%" || first == "％") else { return false }
        let fillsBlock = blockWidth >= width * 3 / 5 && previousWidth * 10 >= blockWidth * 9
        // A paragraph's first line is indented; so is the centred rest of a title, under the
        // line before it, which starts at the margin and spans most of the page.
        if isIndented(line) {
            return !isIndented(previousLine) && previousWidth >= width * 3 / 5
                && isCentred(line, under: previousLine)
        }
        // A short line (a heading, say) ends its paragraph, while a numbered paragraph
        // (`1.系统布局…`) that fills the line goes on.
        // A title is shorter than the page most often: it goes on only from a line that fills it.
        let fillsLine = isTitle ? previousWidth * 10 >= width * 9 : previousWidth >= width * 4 / 5
        return fillsLine || fillsBlock
    }

    /// Whether a line begins with the number of an item (`17.引育集聚科技人才`, `3、`, `（二）`,
    /// `(4)`), however long it is: an item starts a paragraph of its own. A decimal number
    /// (`2.3万批次`) is no item number.
    static func startsWithItemNumber(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(8))
        let digits = scalars.prefix { ("0"..."9").contains($0) || ("０"..."９").contains($0) }.count
        if (1...2).contains(digits), digits < scalars.count, [".", "．", "、"].contains(scalars[digits]) {
            let after = scalars.dropFirst(digits + 1).first
            return !(after.map { ("0"..."9").contains($0) || ("０"..."９").contains($0) } ?? true)
        }
        if let open = scalars.first, open == "（" || open == "(",
            let close = scalars.firstIndex(where: { $0 == "）" || $0 == ")" }), close >= 2
        {
            return scalars[1..<close].allSatisfy {
                ChineseNumeral.isChineseNumeral($0) || ("0"..."9").contains($0)
            }
        }
        let numerals = scalars.prefix(while: ChineseNumeral.isChineseNumeral).count
        return (1...3).contains(numerals) && numerals < scalars.count && scalars[numerals] == "、"
    }

    /// Whether `line` is the centred rest of `previous`: shorter by a few characters at least,
    /// and its middle, in the columns `pdftotext -layout` prints, under the middle of `previous`.
    static func isCentred(_ line: String, under previous: String) -> Bool {
        let indent = line.unicodeScalars.prefix { $0 == " " }.count
        let length = line.trimmingWhitespace().unicodeScalars.count
        let previousIndent = previous.unicodeScalars.prefix { $0 == " " }.count
        let previousLength = previous.trimmingWhitespace().unicodeScalars.count
        guard length + 4 <= previousLength else { return false }
        let offset = abs((2 * indent + length) - (2 * previousIndent + previousLength))
        return offset <= 2 * max(4, previousLength / 5)
    }

    /// For each line, the width of the widest line of its block: the lines between blank lines.
    static func blockWidths(of lines: [String]) -> [Int] {
        var widths = [Int](repeating: 0, count: lines.count)
        var start = 0
        while start < lines.count {
            var end = start
            var widest = 0
            while end < lines.count, !lines[end].trimmingWhitespace().isEmpty {
                if !isTabRow(lines[end]) { widest = max(widest, lineWidth(lines[end].trimmingWhitespace())) }
                end += 1
            }
            for index in start..<end { widths[index] = widest }
            start = end + 1
        }
        return widths
    }

    /// `lines` without the spaces that every line of text starts with: a browser prints a page
    /// with a margin that `pdftotext -layout` keeps, so that no line would start at the margin.
    static func withoutCommonMargin(_ lines: [String]) -> [String] {
        let margin =
            lines.lazy.filter { !$0.trimmingWhitespace().isEmpty }
            .map { $0.unicodeScalars.prefix { $0 == " " }.count }.min() ?? 0
        guard margin > 0 else { return lines }
        return lines.map { line in
            line.unicodeScalars.count > margin ? String(line.unicodeScalars.dropFirst(margin)) : ""
        }
    }

    /// Whether a line starts with an indent, as a paragraph's first line does.
    static func isIndented(_ line: String) -> Bool {
        line.hasPrefix("  ") || line.hasPrefix("\u{3000}")
    }

    /// `line` without the single spaces that a page puts between CJK text and Latin letters or
    /// digits (`突破 3 项`, `2022 年 12 月`): word processors widen that gap on the page, and
    /// `pdftotext` prints it as a space that the document's text does not have. A justified line
    /// that the page spread out character by character (`《 东 岭 市 科 技`) loses every single
    /// space inside it.
    static func withoutLatinGaps(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > 2 else { return line }
        if let spreadOut = withoutLetterSpacing(scalars) { return spreadOut }
        var kept = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", index > 0, index + 1 < scalars.count {
                let before = scalars[index - 1]
                let after = scalars[index + 1]
                if before.properties.isIdeographic && isLatin(after)
                    || isLatin(before) && after.properties.isIdeographic
                {
                    continue
                }
            }
            kept.append(scalar)
        }
        return kept.count == scalars.count ? line : String(kept)
    }

    /// The line without its single spaces when it is spread out character by character: its
    /// text, after the indent, has a single space after at least every other CJK character and
    /// no wider gap (which would make it a table row); else `nil`.
    static func withoutLetterSpacing(_ scalars: [Unicode.Scalar]) -> String? {
        let indent = scalars.prefix { $0 == " " }.count
        var body = scalars[indent...]
        while body.last?.properties.isWhitespace == true { body.removeLast() }
        var gaps = 0
        var characters = 0
        var previous: Unicode.Scalar = " "
        for scalar in body {
            if scalar == " " {
                if previous == " " { return nil }
                gaps += 1
            } else {
                characters += 1
            }
            previous = scalar
        }
        let cjk = body.filter { $0.properties.isIdeographic }.count
        guard gaps >= 5, cjk >= 5, gaps * 2 >= characters - 2 else { return nil }
        return String(String.UnicodeScalarView(scalars[..<indent] + body.filter { $0 != " " }))
    }

    /// An ASCII letter or digit.
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }

    /// Characters that end a sentence or a clause that introduces a list.
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", "：", "！", "？", ";", ":", "!", "?"]

    /// Marks that end a clause of a sentence, not the sentence.
    static let clauseEnds: Set<Unicode.Scalar> = ["；", ";"]

    /// CJK text, digits and the marks inside numbers: what a page may break inside.
    static func isText(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isIdeographic || ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
            || scalar == "." || scalar == "，" || scalar == "、" || scalar == "（" || scalar == "）"
            || scalar == "“"
            || scalar == "”" || scalar == "《" || scalar == "》" || scalar.properties.isAlphabetic
            || scalar == "," || scalar == "(" || scalar == ")" || scalar == "\"" || scalar == "-"
            || scalar == "—" || scalar == "/" || scalar == "%" || scalar == "％" || scalar == "〔"
            || scalar == "〕"
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
        // `1.系统布局`, but not a decimal number that a line begins with (`2.3万批次`).
        if ("0"..."9").contains(scalars[0]),
            let dot = scalars.firstIndex(where: { $0 == "." || $0 == "．" || $0 == "、" }),
            dot <= 2, scalars.count <= 30,
            !(scalars.dropFirst(dot + 1).first.map { ("0"..."9").contains($0) } ?? false)
        {
            return true
        }
        return false
    }

    /// A line of a table laid out in columns: a run of three or more spaces inside it, or a row
    /// that ``PDFTableLayout`` rebuilt.
    static func isTableRow(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace()
        return trimmed.contains("   ") || isTabRow(line)
    }

    /// A row of a table that ``PDFTableLayout`` rebuilt, its cells separated by tabs.
    static func isTabRow(_ line: String) -> Bool {
        line.unicodeScalars.contains("\t")
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

    /// The width of a full line of the page: the most common width among the longer lines,
    /// those at least two thirds as wide as the widest. (A browser prints each short paragraph
    /// on a line of its own, and many alike, `责任单位：区科技局`, are no measure of the page.)
    static func typicalWidth(of lines: [String]) -> Int {
        var counts: [Int: Int] = [:]
        for line in lines where !isTabRow(line) {
            let width = lineWidth(line.trimmingWhitespace())
            if width >= 20 { counts[width, default: 0] += 1 }
        }
        let widest = counts.keys.max() ?? 0
        return counts.filter { $0.key * 3 >= widest * 2 }
            .max { $0.value == $1.value ? $0.key < $1.key : $0.value < $1.value }?.key ?? 0
    }

    /// The columns a line takes on the page, a CJK character counting two: enough to tell a
    /// full line from a short one.
    static func lineWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }
}
