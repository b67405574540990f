import Foundation
import Testing

@testable import plantrack

/// `report … --format xlsx`: numbers as numbers, states coloured, a sheet per section, read
/// back by openpyxl.
@Suite struct StatusWorkbookTests {
    @Test func theOverdueReportAsAWorkbook() throws {
        guard let sample = try SpreadsheetTools.samplePlanWithOpenpyxl() else { return }
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        #expect(try sample.cli.run(["log", String(stock.id), "2023Q4", "540"]).status == 0)
        let run = try sample.cli.run([
            "report", "overdue", "--as-of", "2024-06-30", "--output", "overdue.xlsx",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let path = sample.cli.folder.appendingPathComponent("overdue.xlsx").path
        let own = try SpreadsheetTools.ownCells(of: path)
        #expect(try SpreadsheetTools.openpyxlCells(of: path) == own)
        let behind = try #require(own["Behind"])
        #expect(behind[0][0] == "Overdue targets as of 2024-06-30")
        #expect(behind[1].prefix(2) == ["As of", "2024-06-30"])
        // Each sheet counts its own targets under the report's title.
        #expect(behind[2].prefix(2) == ["This sheet", "1 overdue"], "\(behind[2])")
        #expect(behind[3][5] == "Target value" && behind[3][11] == "State")
        let row = behind[4]
        #expect(
            row[2] == String(stock.id) && row[5] == "600" && row[6] == "家" && row[8] == "540"
                && row[11] == "overdue")
        #expect(try #require(own["No figure"]).count > 4)
        // Numbers are numbers, the state red as in the terminal, the header frozen and filtered.
        let checks = try SpreadsheetTools.python(
            """
            import sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1])["Behind"]
            print(type(sheet["F5"].value).__name__, type(sheet["I5"].value).__name__, sheet["L5"].fill.fgColor.rgb,
                  sheet.freeze_panes, sheet.auto_filter.ref)
            """, [path])
        #expect(checks == "int int FFFFC7CE A5 A4:O5\n", "\(checks)")
        // The report changes with the figures: logging the rest moves the target off the sheet.
        #expect(try sample.cli.run(["log", String(stock.id), "2023Q4", "600", "--replace"]).status == 0)
        #expect(
            try sample.cli.run(["report", "overdue", "--as-of", "2024-06-30", "--output", "overdue.xlsx"])
                .status == 0)
        #expect(try SpreadsheetTools.ownCells(of: path)["Behind"]?.count == 4)
    }

    @Test(arguments: [(-2.1 - -3, 0.9), (5.3 - 0.0000000000000009, 5.3), (1e20, 1e20), (0.1 + 0.2, 0.3)])
    func cellsCarryNoFloatNoise(_ value: Double, _ expected: Double) {
        #expect(StatusWorkbook.withoutNoise(value) == expected)
    }

    @Test func aWorkbookNeedsAFileAndAStatusReport() throws {
        let sample = try SamplePlan()
        let cli = sample.cli
        defer { cli.cleanUp() }
        let toTerminal = try cli.run(["report", "status", "--format", "xlsx"])
        #expect(toTerminal.status != 0)
        #expect(toTerminal.stderr.contains("--format xlsx writes a workbook: give --output FILE.xlsx."))
        let targets = try cli.run(["targets", "--output", "targets.xlsx"])
        #expect(targets.status != 0)
        #expect(targets.stderr.contains("targets has no workbook form"))
    }
}
