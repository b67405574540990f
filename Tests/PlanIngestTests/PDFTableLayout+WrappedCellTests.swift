import Testing

@testable import PlanIngest

/// The lines of a wrapped table cell joined again: no space inside CJK text or where CJK text
/// meets a figure, a space between Latin words and between two dates.
@Suite struct PDFTableLayoutWrappedCellTests {
    @Test(arguments: [
        ("新增省级以上", "科技创新平台", "新增省级以上科技创新平台"),
        ("新增省级以上科技创新平台", "20 个", "新增省级以上科技创新平台20个"),
        ("新建5G", "基站1200个", "新建5G基站1200个"),
        ("建成", "5G 基站", "建成5G基站"),
        ("2025年12月底", "前", "2025年12月底前"),
        ("2024", "年底前", "2024年底前"),
        ("全面覆盖Wi-Fi", "6 网络", "全面覆盖Wi-Fi 6网络"),
        ("Wi-", "Fi", "Wi-Fi"),
        ("2024年底前", "2025 年 6 月底前", "2024年底前 2025年6月底前"),
        ("2024年完成试点，力争到", "2025年全面推广", "2024年完成试点，力争到2025年全面推广"),
        ("到", "2025年", "到2025年"),
        ("", "2024 年底前", "2024年底前"),
    ])
    func joinsAWrappedLine(_ cell: String, _ line: String, _ expected: String) {
        #expect(PDFTableLayout.joiningWrappedLine(line, to: cell) == expected)
    }

    @Test func keepsTwoDeadlinesAndTwoLatinWordsApartInARebuiltRow() {
        let lines = PDFTableLayout.rebuildingTables(in: [
            "序号        重点任务        牵头单位     完成时限",
            "1         全面覆盖 Wi-Fi   市工信局     2024 年底前",
            "          6 网络                        2025 年 6 月底前",
        ])
        #expect(lines == ["序号\t重点任务\t牵头单位\t完成时限", "1\t全面覆盖Wi-Fi 6网络\t市工信局\t2024年底前 2025年6月底前"])
    }
}
