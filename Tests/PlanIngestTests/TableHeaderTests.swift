import Testing

@testable import PlanIngest

/// Header rows of task and indicator tables, one row per form: each column is named by meaning.
@Suite struct TableHeaderTests {
    @Test(arguments: [
        ("序号\t重点任务\t责任单位\t完成时限", [.rowNumber, .task, .responsible, .deadline] as [TableColumn?]),
        ("序号\t重点任务\t牵头单位\t配合单位\t完成时限", [.rowNumber, .task, .lead, .support, .deadline]),
        ("编号\t工作任务\t责任部门\t时间节点", [.rowNumber, .task, .responsible, .deadline]),
        ("序号\t主要任务\t牵头部门\t完成时间", [.rowNumber, .task, .lead, .deadline]),
        ("类别\t指标\t单位\t2020年\t2025年\t属性", [nil, .indicator, .unit, .baseline, .goal, .attribute]),
        ("序号\t指标名称\t计量单位\t基期值\t目标值\t指标属性", [.rowNumber, .indicator, .unit, .baseline, .goal, .attribute]),
        ("主要指标\t单位\t基准年\t规划目标\t指标性质", [.indicator, .unit, .baseline, .goal, .attribute]),
        ("指标\t2020年\t2023年\t2025年\t属性", [.indicator, .baseline, nil, .goal, .attribute]),
        ("序号\t工作目标\t责任单位\t完成时限", [.rowNumber, .goal, .responsible, .deadline]),
        ("类别\t指标\t2020年\t2025年\t年均/累计\t属性", [nil, .indicator, .baseline, .goal, .growth, .attribute]),
        ("指标\t单位\t2020年基数\t2025年目标\t年均增长", [.indicator, .unit, .baseline, .goal, .growth]),
        ("序号\t重点工作\t具体措施\t牵头单位\t时间节点", [.rowNumber, .task, .task, .lead, .deadline]),
    ])
    func columnsAreNamedByMeaning(_ row: String, _ expected: [TableColumn?]) throws {
        let cells = row.components(separatedBy: "\t")
        let (header, rows) = try #require(TableHeader.reading(cells, below: nil))
        #expect(header.columns == expected)
        #expect(rows == 1)
    }

    @Test func yearsComeFromMultiLineCells() throws {
        let cells = ["序号", "指标", "单位", "基期值 （2020年）", "目标值 （2025年）", "属性"]
        let (header, _) = try #require(TableHeader.reading(cells, below: nil))
        #expect(header.baseYear == 2020)
        #expect(header.goalYear == 2025)
    }

    @Test func aUnitInTheHeaderIsTheTablesUnit() throws {
        let (header, _) = try #require(TableHeader.reading(["指标（%）", "2020年", "2025年", "属性"], below: nil))
        #expect(header.unit == "%")
        #expect(header.columns == [.indicator, .baseline, .goal, .attribute])
    }

    /// `目标` over `2020年 | 2025年`, as Word writes merged cells (empty cells under the
    /// cells that run down) and as HTML writes them (only the cells of the lower row).
    @Test(arguments: [
        ["", "", "", "2020年", "2025年", ""],
        ["2020年", "2025年"],
    ])
    func aHeaderOverTwoRowsIsReadAsOne(_ below: [String]) throws {
        let top = ["序号", "指标名称", "单位", "目标", "指标属性"]
        let (header, rows) = try #require(TableHeader.reading(top, below: below))
        #expect(rows == 2)
        #expect(header.columns == [.rowNumber, .indicator, .unit, .baseline, .goal, .attribute])
        #expect(header.baseYear == 2020)
        #expect(header.goalYear == 2025)
    }

    @Test(arguments: [
        "序号\t名称\t备注",
        "1\t新增省级以上科技创新平台20个\t市科技局\t2024年底前",
        "责任单位\t市科技局",
        "指标\t单位",
    ])
    func otherRowsAreNoHeader(_ row: String) {
        #expect(TableHeader.reading(row.components(separatedBy: "\t"), below: nil) == nil)
    }

    /// 责任单位 names the responsible units, not the unit of measurement that 单位 alone names.
    @Test func responsibleUnitsAreNotTheUnitOfMeasurement() {
        #expect(TableHeader.headerCell("责任单位").column == .responsible)
        #expect(TableHeader.headerCell("单位").column == .unit)
        #expect(TableHeader.headerCell("牵头单位").column == .lead)
    }
}
