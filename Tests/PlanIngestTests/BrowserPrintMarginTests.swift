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
