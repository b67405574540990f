import PlanIngest
import PlanStore
import Testing

@testable import plantrack

struct ProgressWorkbookTests {
    @Test(arguments: [
        (WorkbookValue.number(1320), "1320"), (.number(3.55), "3.55"), (.number(-0.5), "-0.5"),
        (.number(0.00001), "0.00001"), (.text(" 1320 "), " 1320 "), (.boolean(true), "TRUE"),
        (.date(CalendarDay(year: 2024, month: 6, day: 30)!), "2024-06-30"), (.error("#N/A"), "#N/A"),
    ])
    func cellsReadAsTheyShow(_ value: WorkbookValue, _ expected: String) {
        #expect(ProgressWorkbook.text(of: value) == expected)
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
    func columnLetters(_ column: Int, _ expected: String) {
        #expect(ProgressWorkbook.columnLetters(column) == expected)
    }

    @Test func aDateInThePeriodColumnIsItsMonth() throws {
        let sheet = WorkbookSheet(
            name: "Sheet1",
            rows: [
                WorkbookRow(
                    number: 1, cells: [0: .text("指标"), 1: .text("期间"), 2: .text("数值"), 4: .text("单位")]),
                WorkbookRow(
                    number: 3,
                    cells: [
                        0: .number(12), 1: .date(CalendarDay(year: 2024, month: 7, day: 1)!), 2: .text("5"),
                        3: .text("x"),
                    ]),
            ])
        let records = try #require(ProgressWorkbook.records(of: sheet))
        #expect(records.map(\.line) == [1, 3])
        #expect(records[1].fields == ["12", "2024-07", "5", ""])
        #expect(
            ProgressWorkbook.cellsWithoutHeader(in: sheet).map(\.description) == [
                "sheet Sheet1, row 3, column D: a value in a column with no header; name the column or clear the cell"
            ])
    }

    @Test func everyRowWithAnImplausiblePercentageIsNamed() throws {
        // Given a sheet for 研发投入强度达到3.2% with a fraction, a hundredfold and a good row
        let share = StoredTarget(
            id: 5, planID: 1, planTitle: nil,
            statement: Target(
                quote: "研发投入强度达到3.2%", span: TextSpan(start: 0, end: 12), section: nil, metric: "研发投入强度",
                kind: .ratio, value: 3.2, unit: .percent, comparator: .atLeast, deadline: nil,
                deadlineSource: nil,
                isIncrement: false, confidence: 1),
            sources: [], reviewState: .extracted)
        let sheet = WorkbookSheet(
            name: "填报",
            rows: [
                WorkbookRow(number: 1, cells: [0: .text("目标编号"), 1: .text("期间"), 2: .text("数值")]),
                WorkbookRow(number: 2, cells: [0: .number(5), 1: .text("2023"), 2: .number(0.031)]),
                WorkbookRow(number: 3, cells: [0: .number(5), 1: .text("2024"), 2: .number(1200)]),
                WorkbookRow(number: 4, cells: [0: .number(5), 1: .text("2022"), 2: .number(3.1)]),
            ])
        // When it is read
        do {
            _ = try ProgressWorkbook.figures(in: [sheet], defaultPlan: nil) { _, _ in share }
            Issue.record("the implausible rows were accepted")
        } catch {
            // Then each bad row is one line naming its sheet, row and column, and nothing is read
            let lines = error.problems.map(\.description)
            #expect(lines.count == 2, "\(lines)")
            #expect(lines.first?.contains("sheet 填报, row 2, column 数值") == true, "\(lines)")
            #expect(lines.first?.contains("3.1%?") == true, "\(lines)")
            #expect(lines.last?.contains("sheet 填报, row 3, column 数值") == true, "\(lines)")
            #expect(lines.last?.contains("12%?") == true, "\(lines)")
        }
        // And with --as-is every row is read
        let asIs = try ProgressWorkbook.figures(in: [sheet], defaultPlan: nil, asIs: true) { _, _ in share }
        #expect(asIs.rows.count == 3)
    }

    @Test func aSheetWithoutTheColumnsIsNoSheetOfFigures() {
        let guide = WorkbookSheet(
            name: "说明", rows: [WorkbookRow(number: 1, cells: [0: .text("2024Q2 指标数据报送表")])])
        #expect(ProgressWorkbook.records(of: guide) == nil)
    }
}
