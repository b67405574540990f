import Testing

@testable import PlanIngest

/// Tables that `pdftotext -layout` printed in columns, rebuilt as tab-separated rows.
@Suite struct PDFTableLayoutTests {
    /// A task table as LibreOffice prints it: columns apart, cells wrapped in their column,
    /// a gap between CJK text and digits.
    static let taskTable = [
        "附件1",
        "",
        "重点任务分工表",
        "",
        "序号        重点任务        牵头单位     配合单位      完成时限",
        "1         新增省级以上      市科技局     市发展改革     2024 年底前",
        "          科技创新平台               委、市工信局",
        "          20 个",
        "2         培育科技型中      市科技局     市财政局      2025 年 6 月底",
        "          小企业 500 家                      前",
        "附件 2",
    ]

    @Test func rebuildsEachRowWithItsWrappedCells() {
        let lines = PDFTableLayout.rebuildingTables(in: Self.taskTable)
        #expect(
            lines == [
                "附件1", "", "重点任务分工表",
                "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
                "1\t新增省级以上科技创新平台20个\t市科技局\t市发展改革委、市工信局\t2024年底前",
                "2\t培育科技型中小企业500家\t市科技局\t市财政局\t2025年6月底前",
                "附件 2",
            ])
    }

    /// Chromium leaves only a narrow gap between cells: one space, or none where a cell is full.
    @Test func splitsCellsThatABrowserSetOneSpaceApart() {
        let lines = PDFTableLayout.rebuildingTables(in: [
            " 序号 重点任务             牵头单位     配合单位         完成时限",
            " 1   新增省级以上科技创新平台20个 市科技局     市发展改革委、市工信局 2024年底前",
            " 5   完善科技成果转化服务体系 市科技局                     长期坚持",
        ])
        #expect(
            lines == [
                "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
                "1\t新增省级以上科技创新平台20个\t市科技局\t市发展改革委、市工信局\t2024年底前",
                "5\t完善科技成果转化服务体系\t市科技局\t\t长期坚持",
            ])
    }

    @Test func readsAHeaderWhoseLabelsWrapOrAreSubdivided() {
        let wrapped = PDFTableLayout.rebuildingTables(in: [
            "序号       指标        单位       基期值      目标值      属性",
            "                            （2020    （2025",
            "                            年）       年）",
            "1        全社会研发  %           2.1      >2.8     预期性",
            "         经费投入强",
            "         度",
        ])
        #expect(
            wrapped == [
                "序号\t指标\t单位\t基期值（2020年）\t目标值（2025年）\t属性",
                "1\t全社会研发经费投入强度\t%\t2.1\t>2.8\t预期性",
            ])
        let subdivided = PDFTableLayout.rebuildingTables(in: [
            "序号       指标名称      单位       目标                指标属性",
            "                            2020 年   2025 年",
            "1        森林覆盖率              40.2     41       约束性",
            "         （%）",
        ])
        #expect(
            subdivided == [
                "序号\t指标名称\t单位\t目标\t指标属性", "\t\t\t2020年\t2025年\t",
                "1\t森林覆盖率（%）\t\t40.2\t41\t约束性",
            ])
    }

    @Test(arguments: [
        "三、主要任务",  // text at the margin of a table with row numbers
        "",  // a blank line
    ])
    func endsTheTableAt(_ line: String) {
        let lines = PDFTableLayout.rebuildingTables(in: [
            "序号   指标        单位    2025年", "1      高新技术企业  家      1500", line, "2      后文",
        ])
        #expect(lines.count == 4)
        #expect(lines[1] == "1\t高新技术企业\t家\t1500")
        #expect(lines[2] == line)
    }

    @Test(arguments: [
        "到 2025 年，全市高新技术企业达到 1500 家。",
        "指标名称是一个词",
        "一、主要目标",
        "序号        重点任务",  // a header with no row below
    ])
    func leavesOtherLinesAsTheyAre(_ line: String) {
        #expect(PDFTableLayout.rebuildingTables(in: [line, "正文。"]) == [line, "正文。"])
    }

    @Test(arguments: [
        ("1", true), ("12.", true), ("3、", true), ("（二）", true), ("一", true), ("附件 2", false),
        ("1234", false),
    ])
    func rowNumbers(_ text: String, _ isRowNumber: Bool) {
        #expect(PDFTableLayout.isRowNumber(text) == isRowNumber)
    }
}
