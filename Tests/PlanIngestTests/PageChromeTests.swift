import Testing

@testable import PlanIngest

/// Page chrome known by class and id words, and the page tools dropped from a line.
@Suite struct PageChromeTests {
    @Test(arguments: [
        (["nav"], true), (["topnav"], true), (["siteNav"], true), (["footer_box"], true),
        (["header"], true), (["breadcrumb"], true), (["bdsharebuttonbox"], true), (["related"], true),
        (["pager"], true), (["top"], true), (["btn print"], true), (["xglj"], true), (["相关链接"], true),
        (["article-header"], false), (["content", "footer"], false), (["topic"], false), (["main"], false),
        (["print-content"], false), (["canvas"], false), ([], false),
    ])
    func chromeNames(_ names: [String], _ isChrome: Bool) {
        #expect(PageChrome.isChrome(names: names) == isChrome, "\(names)")
    }

    @Test(
        arguments: [
            ("发布时间：2024-03-08  来源：市政府办公室  浏览次数：1283746次", "发布时间：2024-03-08  来源：市政府办公室"),
            ("来源：区发改局　点击数：5732　字体：【大】【中】【小】", "来源：区发改局"),
            ("【字号：大 中 小】【打印本页】【关闭窗口】", nil),
            ("阅读次数：3271　【打印】【关闭】", nil),
            ("访问量：1,283,746", nil),
            ("上一篇：关于公布2023年度100家重点企业名单的通知", nil),
            ("分享到：微信 微博", nil),
            ("到2025年，网站访问量达到100万次。", "到2025年，网站访问量达到100万次。"),
            ("推广3D打印技术，新增企业10家。", "推广3D打印技术，新增企业10家。"),
            ("字号大的标题", "字号大的标题"),
        ] as [(String, String?)])
    func documentPartOfALine(_ line: String, _ expected: String?) {
        #expect(PageChrome.documentPart(of: line) == expected)
    }

    @Test(arguments: [("相关链接", true), ("【相关文章】", true), ("相关文件：", true), ("相关部门要加强协作", false)])
    func captions(_ text: String, _ isCaption: Bool) {
        #expect(PageChrome.isCaption(text) == isCaption)
    }

    @Test func anElementNamedAsChromeThatHoldsADocumentIsKept() throws {
        let paragraph =
            "<p>到2025年，全市高新技术企业达到1500家，研发投入强度达到3.55%，" + String(repeating: "加快建设创新平台，", count: 200) + "</p>"
        let page = "<div class='nav'>首页 政务公开</div><div id='printArea'>\(paragraph)</div>"
        let text = try HTMLTextReader().plainText(from: Array(page.utf8))
        #expect(!text.contains("首页"))
        #expect(text.contains("高新技术企业达到1500家"))
    }

    @Test(arguments: [
        "<html><body class='page-header-fixed'><p>到2025年，新增企业100家。</p></body></html>",
        "<table><tr><th class='header'>到2025年，新增企业100家。</th></tr></table>",
        "<table><tr><td class='top'>到2025年，新增企业100家。</td></tr></table>",
    ])
    func thePageAndTableCellsAreNeverChrome(_ page: String) throws {
        #expect(try HTMLTextReader().plainText(from: Array(page.utf8)) == "到2025年，新增企业100家。\n")
    }

    /// Pages in the styles of government sites, each beside the plain text of its document.
    static let pages = ["portal-notice", "xxgk-article", "news-article"]

    @Test(arguments: pages)
    func aPageGivesTheTargetsAndMetadataOfItsText(_ name: String) throws {
        let page = try HTMLTextReader().plainText(
            from: try DecodingFixtures.bytes("\(name).html", in: "Pages"))
        let twin = try DecodingFixtures.text("\(name).txt", in: "Pages")
        let fromPage = TargetExtractor().extraction(of: page)
        let fromText = TargetExtractor().extraction(of: twin)
        #expect(fromPage.document == fromText.document)
        try #require(fromPage.targets.count == fromText.targets.count, "\(fromPage.targets.map(\.quote))")
        for (pageTarget, textTarget) in zip(fromPage.targets, fromText.targets) {
            var moved = pageTarget
            moved.span = textTarget.span
            #expect(moved == textTarget)
        }
    }

    @Test(
        arguments: [
            ("portal-notice", "东岭市数字经济发展三年行动方案（2024—2026年）", "东政办发〔2024〕12号", "东岭市人民政府办公室", "2024-03-01"),
            ("xxgk-article", "青石县2024年科技创新工作要点", "青科发〔2024〕3号", "青石县科学技术局", "2024-02-20"),
            ("news-article", "南湖区促进生物医药产业高质量发展实施方案", nil, nil, "2024-05-06"),
        ] as [(String, String, String?, String?, String)])
    func aPageSaysWhatItsDocumentIs(
        _ name: String, _ title: String, _ number: String?, _ issuer: String?, _ date: String
    ) throws {
        let page = try HTMLTextReader().plainText(
            from: try DecodingFixtures.bytes("\(name).html", in: "Pages"))
        let metadata = TargetExtractor().extraction(of: page).document
        #expect(metadata.title == title)
        #expect(metadata.documentNumber == number)
        #expect(metadata.issuer == issuer)
        #expect(metadata.issueDate?.iso == date)
    }
}
