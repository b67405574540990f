import Testing

@testable import PlanIngest

@Suite("HTML pages")
struct DecodingHTMLTextReaderTests {
    @Test(
        "Keeps the article, drops boilerplate, decodes entities, in any encoding",
        arguments: ["page.html", "page-gbk.html", "page-saved-utf8.html"]
    )
    func page(_ fixture: String) throws {
        let text = try HTMLTextReader().plainText(from: try DecodingFixtures.bytes(fixture))
        #expect(text == (try DecodingFixtures.text("page.expected.txt")))
    }

    @Test(
        "Block elements end lines, inline ones do not, whitespace collapses",
        arguments: [
            ("<p>到2025年，<b>新增</b><a href='#'>100家</a></p>", "到2025年，新增100家\n"),
            ("<div>一、目标<div>（一）总量</div></div>", "一、目标\n（一）总量\n"),
            ("<p>  多个   空格\n换行 </p>", "多个 空格 换行\n"),
            ("<ul><li>甲</li><li>乙</li></ul>", "甲\n乙\n"),
            ("<p>甲<br/>乙<br><br>丙</p>", "甲\n乙\n丙\n"),
            ("<pre>第一行\n\n缩进 行</pre>", "第一行\n缩进 行\n"),
            ("<p>&lt;不少于&gt; &quot;50&quot; &#20010; &#x4E2A; &yen;</p>", "<不少于> \"50\" 个 个 ¥\n"),
            ("<p>　　全角缩进保留</p>", "　　全角缩进保留\n"),
            ("<table><tr><td>1</td><td></td><td>市科技局</td></tr></table>", "1\t\t市科技局\n"),
            ("<div aria-hidden='true'>广告</div><p>正文</p>", "正文\n"),
            ("<p>只有文字，没有html标签</p>", "只有文字，没有html标签\n"),
            ("<p></p><script>only()</script>", ""),
        ]
    )
    func structure(_ html: String, _ expected: String) throws {
        let text = try HTMLTextReader().plainText(from: Array(html.utf8))
        #expect(text == expected)
    }

    @Test(
        "A table that lays out the page keeps the article's paragraphs on their own lines",
        arguments: [
            (
                "<table><tr><td><p>一、总体目标</p><p>到2025年，达到1500家。</p></td></tr></table>",
                "一、总体目标\n到2025年，达到1500家。\n"
            ),
            (
                "<table><tr><td>导航</td><td><p>一、目标</p><table><tr><td>1</td><td>市科技局</td></tr></table></td></tr></table>",
                "导航\n一、目标\n1\t市科技局\n"
            ),
            (
                "<table><tr><td><p>序号</p></td><td><p>任务</p></td></tr><tr><td><p>1</p></td><td><p>新增</p><p>100家</p></td></tr></table>",
                "序号\t任务\n1\t新增 100家\n"
            ),
        ]
    )
    func layoutTables(_ html: String, _ expected: String) throws {
        #expect(try HTMLTextReader().plainText(from: Array(html.utf8)) == expected)
    }

    @Test("A page nested far deeper than any real one is read without exhausting the stack")
    func deepNesting() throws {
        let depth = 100_000
        let html =
            String(repeating: "<div>", count: depth) + "到2025年达到1500家"
            + String(repeating: "</div>", count: depth)
        let text = try HTMLTextReader().plainText(from: Array(html.utf8))
        #expect(text.contains("1500家") || text.isEmpty)
    }

    @Test(
        "Finds the declared charset",
        arguments: [
            ("<meta charset=\"gb2312\">", "GB2312"),
            ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GBK\">", "GBK"),
            ("<meta charset='utf-8'>", "UTF-8"),
            ("<p>none</p>", nil),
        ] as [(String, String?)]
    )
    func declaredCharset(_ head: String, _ expected: String?) {
        #expect(HTMLTextReader.declaredCharset(in: Array(head.utf8))?.rawValue == expected)
    }
}
