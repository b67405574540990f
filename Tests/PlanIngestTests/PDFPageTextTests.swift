import Testing

@testable import PlanIngest

/// PDF text put back as a person reads it: paragraphs broken at the page's width joined again,
/// page numbers and running headers dropped, headings and table rows kept as lines.
@Suite struct PDFPageTextTests {
    /// A page of a plan as `pdftotext -layout` prints it: lines broken at a fixed width.
    static let page = """
        某市人民政府办公室文件
        一、主要目标
            到2025年，全市科技创新能力显著增强，新增高新技术企
        业100家以上，研发投入强度达到3.55%，培育省级以上创新平台1
        5家，技术合同成交额突破50亿元。
            二是强化人才支撑。
        （一）重点任务
        指标名称            单位      2025年
        高新技术企业        家        1500

                                   — 3 —
        """

    @Test func joinsAParagraphBrokenInsideWordsAndNumbers() {
        let text = PDFPageText.readable(Self.page)
        #expect(text.contains("新增高新技术企业100家以上，研发投入强度达到3.55%，培育省级以上创新平台15家，技术合同成交额突破50亿元。"), "\(text)")
    }

    @Test func keepsHeadingsShortLinesAndTableRowsOnTheirOwnLines() {
        let lines = PDFPageText.readable(Self.page).split(separator: "\n").map(String.init)
        #expect(lines.contains("一、主要目标"))
        #expect(lines.contains("（一）重点任务"))
        #expect(lines.contains("二是强化人才支撑。"))
        #expect(lines.contains { $0.hasPrefix("指标名称") && $0.contains("2025年") })
        #expect(lines.contains { $0.hasPrefix("高新技术企业") && $0.hasSuffix("1500") })
    }

    @Test(arguments: ["— 3 —", "- 3 -", "第3页 共12页", "3", "3/12", "第 3 页"])
    func dropsPageNumbers(_ line: String) {
        #expect(PDFPageText.isPageNumber(line))
    }

    @Test(arguments: ["2025年", "新增100家", "3.55%", "第三条"])
    func keepsLinesThatAreNotPageNumbers(_ line: String) {
        #expect(!PDFPageText.isPageNumber(line))
    }

    @Test func dropsRunningHeadersRepeatedOnEveryPage() {
        let pages = (1...4).map { "某市科技局文件\n第\($0)页的正文，新增企业\($0)家。\n" }.joined(separator: "\u{0C}")
        let text = PDFPageText.readable(pages)
        #expect(!text.contains("某市科技局文件"), "\(text)")
        #expect(text.contains("第2页的正文"))
    }

    @Test func extractionReadsTheJoinedText() {
        let targets = TargetExtractor().extraction(of: PDFPageText.readable(Self.page)).targets
        #expect(targets.contains { $0.value == 100 && $0.unit.rawValue == "家" })
        #expect(targets.contains { $0.value == 15 && $0.unit.rawValue == "家" })
    }
}
