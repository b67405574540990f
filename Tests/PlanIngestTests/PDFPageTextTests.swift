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

    @Test(arguments: [
        ("突破 3 项绿色低碳技术", "突破3项绿色低碳技术"),
        ("2022 年 12 月 6 日", "2022年12月6日"),
        ("滨科字〔2022〕73 号", "滨科字〔2022〕73号"),
        ("提高到 60%。", "提高到60%。"),
        ("指标名称            单位", "指标名称            单位"),
        ("  《 东 岭 市 科 技 创 新 能 力 提 升 行 动 方 案 （ 2024—2026", "  《东岭市科技创新能力提升行动方案（2024—2026"),
        ("This plan is read in English", "This plan is read in English"),
    ])
    func dropsTheGapAPageLeavesBetweenCJKAndDigits(_ line: String, _ expected: String) {
        #expect(PDFPageText.withoutLatinGaps(line) == expected)
    }

    @Test func joinsAParagraphThatAPageBreakCuts() {
        let pages = """
              为深入贯彻落实国家和省市关于绿色低碳发展的决策部署，聚焦
            重点领域，到2025年突破3项绿色低碳重大关键技术，聚焦重点


                                   — 1 —
            \u{0C}

            领域培育绿色技术创新企业10家。
            """
        let text = PDFPageText.readable(pages)
        #expect(text.contains("聚焦重点领域培育绿色技术创新企业10家。"), "\(text)")
    }

    @Test func joinsATitleInALargerFontWithItsCentredRest() {
        let page = """
            泰政发〔2024〕 5 号泰安市人民政府关于加
            快科技创新引领现代化产业体系建设的实施意
                         见


              各县、市、区人民政府，各功能区管委会，市政府各部门、
            直属单位，省属以上驻泰各单位：
              为深入实施创新驱动发展战略，加快构建以先进制造业为骨
            干的现代化产业体系，到2026年，新增规模以上工业企业300
            家以上。
            """
        let lines = PDFPageText.readable(page).split(separator: "\n").map(String.init)
        #expect(lines.first == "泰政发〔2024〕 5号泰安市人民政府关于加快科技创新引领现代化产业体系建设的实施意见")
        #expect(!lines.contains { $0.contains("意见各县") })
    }

    @Test func aLineThatBeginsWithADecimalNumberGoesOnItsParagraph() {
        let page = """
              加大校园食堂、连锁餐饮、超市等重点场所食品抽检力度，食
            品抽检量超每千人6.6批次。开展农产品定量抽检超一定数量，
            全年开展农产品定量抽检和风险监测，开展农产品定量抽检超
            2.3万批次，其中农兽药残留检测超9000批次。
            """
        #expect(PDFPageText.readable(page).contains("开展农产品定量抽检超2.3万批次"))
    }

    @Test(arguments: [
        ("17.引育集聚科技人才。深化推进“岱宗人才工程”，开展急需紧缺人才引进", true),
        ("3、建设创新平台", true), ("（二）强化人才支撑，每年引进高层次人才团队10个", true), ("(4)优化营商环境", true),
        ("十二、保障措施", true), ("2.3万批次，其中农兽药残留检测超9000批次", false), ("15家，技术合同成交额", false),
        ("一般公共预算收入年均增长5%", false),
    ])
    func itemNumbers(_ line: String, _ isItem: Bool) {
        #expect(PDFPageText.startsWithItemNumber(line) == isItem)
    }

    /// Full lines of a page without paragraph indents, as LibreOffice prints a text file.
    static let flatPage = """
        16.擦亮“双百行动”品牌。围绕11个产业链和重点企业，每年组织专家开展“泰安行”活动不少于
        17.引育集聚科技人才。深化推进“岱宗人才工程”，开展急需紧缺人才引进、产教融合协同育人行动。
        年，新增高新技术企业100家以上、总量突破600家，国家科技型中小企业信息库入库企业突破1200家；
        高新技术产业产值同比增速高于全省平均水平，占规模以上工业产值比重提高1.5个百分点以上。
        加大对先进制造业重点地区、行业和企业跟踪监测，培植打造一批营业收入过500亿元的企业集团。
        到2026年年底前，新增规模以上工业企业300家以上，培育省级以上单项冠军企业15家以上。
        """

    @Test func anItemAlwaysStartsALineAndAClauseEndGoesOn() {
        let lines = PDFPageText.readable(Self.flatPage).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("17.引育集聚科技人才") })
        #expect(lines.contains { $0.hasSuffix("入库企业突破1200家；高新技术产业产值同比增速高于全省平均水平，占规模以上工业产值比重提高1.5个百分点以上。") })
        // Without indents, a full line that ends a sentence may end its paragraph.
        #expect(lines.contains { $0.hasPrefix("到2026年年底前") })
    }

    @Test func whereParagraphsAreIndentedAFullSentenceLineGoesOn() {
        let page = """
              加大对先进制造业重点地区、行业和企业跟踪监测，培植打造一批营业收入过500亿元的集团。
            到2026年年底前，新增规模以上工业企业300家以上，培育省级以上单项冠军企业15家以上。
              二是强化人才支撑。
            """
        let lines = PDFPageText.readable(page).split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix("的集团。到2026年年底前，新增规模以上工业企业300家以上，培育省级以上单项冠军企业15家以上。") == true)
        #expect(lines.contains("二是强化人才支撑。"))
    }
}

/// A word processor's PDF whose page happens to end with an address or open with a time stamp
/// is read as a word processor's PDF: those lines stay, and its tables keep the two-space gap.
@Suite struct PDFPageTextMarginTests {
    /// Two pages as `pdftotext -layout` prints a LibreOffice PDF: the first ends with the address
    /// of the plan's source, the second opens with the time the plan was published.
    static let pages = [
        "江北市科技创新实施方案",
        "  为深入实施创新驱动发展战略，加快构建以先进制造业为骨干的现代化产业体系，制定本方案。",
        "",
        "序号        重点任务        牵头单位            配合单位      完成时限",
        "1         新增科技平台      市科技局 市财政局       市发展改革     2024 年底前",
        "https://www.gov.cn/zhengce/content/2024-03/01/content_1.htm",
        "\u{0C}2024/3/1 10:00",
        "二、保障措施",
        "各部门要加强协作，按时完成任务。",
        "\u{0C}",
    ].joined(separator: "\n")

    static let row = "1\t新增科技平台\t市科技局 市财政局\t市发展改革\t2024年底前"

    @Test func keepsAnAddressAndATimeStampOfAWordProcessorsPage() {
        let lines = PDFPageText.readable(Self.pages).split(separator: "\n").map(String.init)
        #expect(lines.contains("https://www.gov.cn/zhengce/content/2024-03/01/content_1.htm"), "\(lines)")
        #expect(lines.contains("2024/3/1 10:00"), "\(lines)")
    }

    @Test func readsAWordProcessorsTableWithTheTwoSpaceGap() {
        let lines = PDFPageText.readable(Self.pages).split(separator: "\n").map(String.init)
        #expect(lines.contains(Self.row), "\(lines)")
        // A browser's one-space gap would read this row otherwise.
        let tableLines = Self.pages.split(separator: "\n").dropFirst(2).prefix(2).map(String.init)
        #expect(!PDFTableLayout.rebuildingTables(in: tableLines, cellGap: 1).contains(Self.row))
    }
}
