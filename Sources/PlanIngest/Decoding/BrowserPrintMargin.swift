import PlanWriting

/// The header and footer that a browser prints on each page of a web page saved as PDF.
///
/// Chromium and Firefox put the date and time of printing and the page's title at the top of
/// every page, and its address and the page count at the bottom:
///
/// ```
/// 12/4/26, 8:16 PM                      江北市科技创新“十四五”规划
/// …
/// https://www.example.gov.cn/art/2024/3/1/art_1.html                          1/5
/// ```
///
/// Neither belongs to the document; the date of printing must not become its issue date, nor
/// the page count a figure.
enum BrowserPrintMargin {
    /// Whether `line`, the first or last line of a page, is a browser's print header or footer.
    ///
    /// ```swift
    /// BrowserPrintMargin.isMargin("12/4/26, 8:16 PM      江北市规划")  // true
    /// BrowserPrintMargin.isMargin("file:///tmp/plan.html      1/1")  // true
    /// BrowserPrintMargin.isMargin("2025年12月31日")  // false
    /// ```
    static func isMargin(_ line: String) -> Bool {
        let pieces = PDFTableLayout.pieces(of: line, minimumGap: 2).map(\.text)
        guard let first = pieces.first else { return false }
        if isPrintTime(first) { return true }
        let isAddress = (first.contains("://") || first.hasPrefix("www.")) && !first.contains(" ")
        return isAddress && (pieces.count == 1 || pieces.count == 2 && isPageCount(pieces[1]))
    }

    /// Whether `pages` are a browser's print: at least half of the pages that hold text, and at
    /// least two when there are several, open with a print header and close with a print footer.
    ///
    /// A browser frames every page it prints, while a word processor's page may open with a time
    /// stamp (`2024/3/1 10:00`) or close with a bare address (`https://www.gov.cn/…`) of its own:
    /// one such line must not turn the whole document into a browser's print.
    /// - Parameter pages: The lines of each page, as `pdftotext -layout` prints them.
    /// - Complexity: O(*n*) in the total length of the pages.
    static func framesMostPages(_ pages: [[String]]) -> Bool {
        let edges = pages.compactMap { page -> (first: String, last: String)? in
            let textLines = page.lazy.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            guard let first = textLines.first, let last = textLines.last else { return nil }
            return (first, last)
        }
        let framed = edges.filter { isMargin($0.first) && isMargin($0.last) }.count
        return !edges.isEmpty && framed * 2 >= edges.count && framed >= min(2, edges.count)
    }

    /// A date and time as browsers print them: `12/4/26, 8:16 PM`, `2026/12/4 20:16`,
    /// `04.12.26, 20:16`, `2026/12/4 下午8:16`.
    static func isPrintTime(_ text: String) -> Bool {
        var rest = text
        for word in ["AM", "PM", "am", "pm", "上午", "下午"] { rest = rest.replacingAll(word, with: "") }
        let scalars = rest.unicodeScalars
        let digitGroups = rest.split { !("0"..."9").contains($0.unicodeScalars.first ?? " ") }.count
        return scalars.contains(":") && scalars.contains { "/.-".unicodeScalars.contains($0) }
            && digitGroups >= 4
            && scalars.allSatisfy { ("0"..."9").contains($0) || "/.-,: ".unicodeScalars.contains($0) }
    }

    /// A page count: `1/5`, `12 / 30`.
    static func isPageCount(_ text: String) -> Bool {
        let parts = text.split(separator: "/").map { String($0).trimmingWhitespace() }
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }
}
