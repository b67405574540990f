import Testing

@testable import PlanIngest

/// A word processor's task table as `pdftotext -layout` prints it over two pages: each row's
/// number on its first line, its wrapped cells below, and on the second page the columns
/// further right than the header placed them.
@Suite struct PDFTableLayoutShiftedColumnsTests {
    /// LibreOffice's print of `Fixtures/Tables/task-annex-across-pages.docx`, the form feed
    /// between its pages gone as ``PDFPageText`` removes it.
    static let tableOverTwoPages = [
        "序号       重点任务       牵头单位     配合单位     完成时限",
        "",
        "1        企业开办时间     市市场监管局   市公安局、市   2024 年底前",
        "         压缩至 1 个工            税务局",
        "         作日以内",
        "",
        "2        社会投资一般     市住房城乡建   市自然资源和   2025 年 6 月底",
        "         工业项目审批     设局       规划局      前",
        "         时间不超过 30",
        "         个工作日",
        "4                政务服务事项      市政务服务和   市直各部门   2025 年底前",
        "                 全程网办率达      数据管理局",
        "                 到 90%以上",
        "",
        "5                新增减税降费      市税务局     市财政局    持续推进",
        "                 及退税缓税缓",
        "                 费 100 亿元以",
        "                 上",
    ]

    @Test func eachRowTakesTheWrappedLinesBelowItsNumber() {
        let lines = PDFTableLayout.rebuildingTables(in: Self.tableOverTwoPages)
        #expect(
            lines == [
                "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
                "1\t企业开办时间压缩至1个工作日以内\t市市场监管局\t市公安局、市税务局\t2024年底前",
                "2\t社会投资一般工业项目审批时间不超过30个工作日\t市住房城乡建设局\t市自然资源和规划局\t2025年6月底前",
                "4\t政务服务事项全程网办率达到90%以上\t市政务服务和数据管理局\t市直各部门\t2025年底前",
                "5\t新增减税降费及退税缓税缓费100亿元以上\t市税务局\t市财政局\t持续推进",
            ])
    }

    @Test func aRowThatFillsShiftedColumnsPlacesThem() throws {
        let columns = try #require(PDFTableLayout.headerColumns(of: Self.tableOverTwoPages[0]))
        let shifted = try #require(
            PDFTableLayout.columns(columns, shiftedBy: Self.tableOverTwoPages[10], numberColumn: 0))
        #expect(shifted.map(\.start) == [0, 17, 29, 38, 46])
        #expect(shifted.map(\.label) == columns.map(\.label))
    }

    @Test(arguments: [
        // Its cells stand under the header's columns already.
        "1        企业开办时间     市市场监管局   市公安局、市   2024 年底前",
        // Not a row's number line: a wrapped line, or a number line with a cell left empty.
        "         工业项目审批     设局       规划局      前",
        "5                新增减税降费      市税务局     市财政局",
    ])
    func otherLinesLeaveTheColumnsWhereTheyAre(_ line: String) throws {
        let columns = try #require(PDFTableLayout.headerColumns(of: Self.tableOverTwoPages[0]))
        #expect(PDFTableLayout.columns(columns, shiftedBy: line, numberColumn: 0) == nil)
    }
}
