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
            "序号   指标        单位    2025年", "1      高新技术企业  家      1500", line, "后文。",
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

/// A table as Chromium prints a web page: each row's cells centred around its number, a narrow
/// 序号 column whose header wraps, cells one space apart.
@Suite struct PDFTableLayoutBrowserTests {
    @Test func groupsEachLineWithTheRowWhoseNumberIsNearest() {
        let lines = PDFTableLayout.rebuildingTables(
            in: [
                "序 重点任务                牵头单位       配合单位       完成时限",
                "号",
                "    新建5G基站1200个       市通信发展管理办公 市工信局、市住建 2025年12月底",
                "1",
                "                      室          局          前",
                "    建设省级以上数字化车间和智能工厂 市工信局        市科技局       2027年6月底前",
                "    20个",
                "3",
                "",
                "                                            2026年12月底",
                "4   打造工业互联网平台3个以上     市工信局       市大数据局      前",
                "    推动企业上云用云累计达到5000家 市大数据局      各县（市、区）政 2027年底前",
                "5",
                "                                 府",
                "6   完善数据要素市场体系        市大数据局      市发改委       持续推进",
            ], cellGap: 1)
        #expect(
            lines == [
                "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
                "1\t新建5G基站1200个\t市通信发展管理办公室\t市工信局、市住建局\t2025年12月底前",
                "3\t建设省级以上数字化车间和智能工厂20个\t市工信局\t市科技局\t2027年6月底前",
                "4\t打造工业互联网平台3个以上\t市工信局\t市大数据局\t2026年12月底前",
                "5\t推动企业上云用云累计达到5000家\t市大数据局\t各县（市、区）政府\t2027年底前",
                "6\t完善数据要素市场体系\t市大数据局\t市发改委\t持续推进",
            ])
    }

    /// A header cell that spans two year columns (`colspan`), centred between them by the
    /// browser, prints on the line of the others: `2020年目标2025年`.
    @Test func readsAHeaderOverTwoRowsPrintedOnOneLine() {
        let lines = PDFTableLayout.rebuildingTables(
            in: [
                "序号         指标名称        单位 2020年目标2025年 指标属性",
                "1   细颗粒物（PM2.5）年均浓度  微克/立方米 32 ≤30 约束性",
                "3   森林覆盖率（%）                  40.2 41      约束性",
            ], cellGap: 1)
        #expect(
            lines == [
                "序号\t指标名称\t单位\t目标\t指标属性", "\t\t\t2020年\t2025年\t",
                "1\t细颗粒物（PM2.5）年均浓度\t微克/立方米\t32\t≤30\t约束性", "3\t森林覆盖率（%）\t\t40.2\t41\t约束性",
            ])
    }

    @Test func movesANoValueMarkOutOfTheUnitColumn() {
        let lines = PDFTableLayout.rebuildingTables(
            in: [
                "序号 指标                  单位 基期值       目标值 属性",
                "4   规模以上工业单位增加值能耗降低（%） —            [13.5]    约束性",
            ], cellGap: 1)
        #expect(lines.last == "4\t规模以上工业单位增加值能耗降低（%）\t\t—\t[13.5]\t约束性")
    }

    @Test func splitsEverySingleSpaceOfABrowserPrint() {
        let lines = PDFTableLayout.rebuildingTables(
            in: [
                " 序号 指标               单位     2020年 2025年 属性",
                " 2  细颗粒物（PM2.5）平均浓度  微克/立方米 35 ≤32 约束性",
            ], cellGap: 1)
        #expect(lines == ["序号\t指标\t单位\t2020年\t2025年\t属性", "2\t细颗粒物（PM2.5）平均浓度\t微克/立方米\t35\t≤32\t约束性"])
    }
}
