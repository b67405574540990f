import Testing

@testable import PlanIngest

/// The header and footer a browser prints on each page of a web page.
@Suite struct BrowserPrintMarginTests {
    @Test(arguments: [
        "12/4/26, 8:16 PM                                 江北市科技创新“十四五”规划",
        "2026/12/4 20:16        江北市科技创新“十四五”规划",
        "04.12.26, 20:16",
        "file:///tmp/pt/indicator-plan.html                    1/1",
        "https://www.example.gov.cn/art/2024/3/1/art_1.html      12/30",
    ])
    func isAMargin(_ line: String) {
        #expect(BrowserPrintMargin.isMargin(line))
    }

    @Test(arguments: [
        "2025年12月31日", "2024-03-01", "江北市科技创新“十四五”规划", "1/5", "http://www.example.gov.cn 是市政府门户网站",
        "10:30 开会",
    ])
    func isNoMargin(_ line: String) {
        #expect(!BrowserPrintMargin.isMargin(line))
    }

    @Test func aChromiumPrintReadsWithoutItsMargins() {
        let page = """
            12/4/26, 8:13 PM                 江北市实施方案
              江北市实施方案
              发布时间：2024-03-08 浏览次数：1283746次 【字号：大 中 小】
              到2026年，全市高新技术企业达到1500家。




            file:///tmp/plan.html                                 1/1
            """
        // The page's visitor counter and font-size switch go, as they go from the web page.
        #expect(
            PDFPageText.readable(page) == "江北市实施方案\n发布时间：2024-03-08\n到2026年，全市高新技术企业达到1500家。\n")
    }
}

/// A browser's print is told from the frame on most of its pages, not from one line.
@Suite struct BrowserPrintDocumentTests {
    static let header = "12/4/26, 8:16 PM                 江北市实施方案"
    static let footer = "https://www.example.gov.cn/art/2024/3/1/art_1.html      1/3"

    /// A page of text with the given first and last lines.
    static func page(top: String?, bottom: String?) -> [String] {
        [top, "  到2026年，全市高新技术企业达到1500家。", bottom].compactMap { $0 }
    }

    /// Each page as a string: `T` when it opens with the print header, `B` when it closes with
    /// the footer.
    static let documents: [(frames: String, isBrowserPrint: Bool)] = [
        // Every page framed: a browser's print, however many pages.
        ("TB", true), ("TB TB TB", true),
        // Half of the pages, and two of them.
        ("TB TB - -", true),
        // One framed page among several is no browser's print, nor pages with one margin line.
        ("TB -", false), ("TB - -", false), ("B T B", false), ("B", false), ("-", false),
    ]

    @Test(arguments: documents)
    func framesMostPages(_ frames: String, _ isBrowserPrint: Bool) {
        let pages = frames.split(separator: " ").map {
            Self.page(top: $0.contains("T") ? Self.header : nil, bottom: $0.contains("B") ? Self.footer : nil)
        }
        // pdftotext ends the last page with a form feed, which leaves an empty page after it.
        #expect(BrowserPrintMargin.framesMostPages(pages + [[""]]) == isBrowserPrint)
    }
}
