import PlanIngest
import PlanStore

/// The workbook a unit fills in: a sheet 说明 saying how, then one sheet per unit listing the
/// targets it owes a figure for, with the columns `plantrack log FILE.xlsx` reads back.
///
/// Every column but 数值, 备注 and 来源 is locked (sheet protection without a password, against
/// slips), 数值 warns when what is typed is not a decimal number (an amount with its unit,
/// `4.3亿元`, may still be kept), and the header row stays in view.
enum RequestWorkbook {
    /// The header row of a unit's sheet; 目标编号, 期间, 数值, 备注 and 来源 are what `log` reads,
    /// the others are ``ProgressSheetColumn/contextHeaders``.
    static let headers = [
        "目标编号", "方案名称", "指标内容", "目标值", "单位", "截止日期", "责任单位", "上次数值", "上次期间", "期间",
        "数值", "备注", "来源",
    ]
    /// The column of 数值, the first one to fill in.
    static let valueColumn = 10
    static let columnWidths: [Double] = [9, 28, 30, 12, 8, 11, 22, 12, 9, 9, 12, 22, 22]

    /// The sheet that says how to fill the others in.
    static let guideSheetName = "说明"

    /// The instructions on the 说明 sheet, one per row.
    static func guide(period: Period, asOf day: CalendarDay) -> [String] {
        [
            "\(period.description) 指标数据报送表",
            "统计截至 \(day.iso)，每个责任单位一个工作表，每行一个需要报送 \(period.description) 数据的指标。",
            "1. 请在“数值”列填写该指标 \(period.description) 的数值，按“单位”列的单位填写数字，例如 1320 或 3.55（百分比填 3.55，不填 0.0355）；金额也可带单位填写，如 4.3亿元（表格提示非数字时选“是”保留）。",
            "2. 下降类指标（如单位地区生产总值能耗下降3%）的目标值记为负数（-3），请同样按带负号的变化率填写，如下降2.1%填 -2.1；“比某年增长/下降”类指标（单位列为空）请填写本期的实际水平值，如能耗0.52，不填变化率。",
            "3. “备注”写需要说明的情况，“来源”写数据出处（如统计公报）；两列均可不填。",
            "4. 暂时没有数据的指标，整行留空即可，不会被记录。",
            "5. 其他列已锁定（工作表保护，无密码），请不要修改、插入或删除行列，也不要改工作表名称。",
            "6. 填好后保存为 .xlsx 交回；汇总方运行 plantrack log 文件名.xlsx 导入，有误的行会逐一列出，全部无误才会记录。",
        ]
    }

    /// The workbook of `groups` as bytes: 说明 first, then a sheet per group.
    static func bytes(for groups: [FigureRequest.Group], period: Period, asOf day: CalendarDay) throws
        -> [UInt8]
    {
        let workbook = try XLSXWriter()
        var names = SheetName.Registry()
        let guide = try workbook.addSheet(named: names.unique(for: guideSheetName))
        guide.setColumnWidths([110])
        for (row, line) in Self.guide(period: period, asOf: day).enumerated() {
            try guide.write(.text(line), row: row, column: 0, style: row == 0 ? .header : .paragraph)
        }
        guide.protect()
        for group in groups {
            let sheet = try workbook.addSheet(named: names.unique(for: group.unit ?? unassignedSheetName))
            try write(group, period: period, to: sheet)
        }
        return try workbook.bytes()
    }

    /// The sheet of targets with no unit named.
    static let unassignedSheetName = "未明确责任单位"

    private static func write(_ group: FigureRequest.Group, period: Period, to sheet: XLSXWriter.Sheet) throws
    {
        sheet.setColumnWidths(columnWidths)
        try sheet.write(headers.map { .text($0) }, row: 0, style: .header)
        for (index, line) in group.lines.enumerated() {
            let row = index + 1
            let status = line.status
            let target = status.target.statement
            let locked: [XLSXWriter.Cell] = [
                .number(Double(status.target.id)),
                .text(status.target.planTitle ?? String(status.target.planID)),
                .text(TargetText.metric(target, instanceYear: status.instanceYear)),
                .number(target.isReduction ? -target.value : target.value),
                // A change from a base year is reported as a level in the statistic's own unit.
                .text(target.baseYear == nil ? target.unit.description : ""),
                .text(status.deadline?.iso ?? ""),
                .text(TargetText.responsible(target.responsible)),
                line.lastFigure.map { .number($0.value) } ?? .empty,
                .text(line.lastFigure?.period.description ?? ""), .text(period.description),
            ]
            try sheet.write(locked, row: row)
            for column in valueColumn..<headers.count {
                try sheet.write(.empty, row: row, column: column, style: .editable)
            }
        }
        if !group.lines.isEmpty {
            sheet.requireDecimal(
                column: valueColumn, rows: 1...group.lines.count,
                message: "请填写数字，例如 1320 或 3.55，单位见“单位”列；带单位的金额（如 4.3亿元）可选“是”保留。")
        }
        sheet.freezeRows(1)
        sheet.protect()
    }
}
