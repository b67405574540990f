import Foundation
import PlanIngest
import Testing

@testable import plantrack

/// The quarterly round trip: `request` writes the sheets, a unit fills one in, `log` reads it
/// back; every workbook plantrack writes is read again by openpyxl and LibreOffice.
@Suite struct WorkbookRoundTripTests {
    /// Fills cells of a workbook with openpyxl: `edits` maps "sheet!K2" to a value (a Python
    /// literal), and saves it as `output`.
    private func fill(_ path: String, _ edits: [String: String], to output: String) throws {
        let assignments = edits.map { place, value -> String in
            let parts = place.split(separator: "!")
            return "book['\(parts[0])']['\(parts[1])'] = \(value)"
        }.joined(separator: "\n")
        _ = try SpreadsheetTools.python(
            "import sys, openpyxl\nbook = openpyxl.load_workbook(sys.argv[1])\n\(assignments)\nbook.save(sys.argv[2])",
            [path, output])
    }

    /// What each target with figures has achieved at the end of 2023Q2, by target id.
    private func achieved(in sample: SamplePlan) throws -> [String: Double] {
        let status = try sample.cli.run(["report", "status", "--as-of", "2023-06-30", "--format", "json"])
        let rows = try #require((try status.json() as? [String: Any])?["targets"] as? [[String: Any]])
        return Dictionary(
            uniqueKeysWithValues: rows.compactMap { row -> (String, Double)? in
                guard let id = row["target_id"] as? NSNumber, let value = row["achieved"] as? Double else {
                    return nil
                }
                return (id.stringValue, value)
            })
    }

    @Test func aFallIsAskedForWithItsSignAndABaseYearChangeAsALevel() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let path = try cli.write(
            "某区2025年政府工作报告\n今年主要预期目标：单位地区生产总值能耗下降3%，城镇新增就业8500人以上。\n"
                + "到2025年，全区碳排放强度比2020年下降18%。\n", to: "plan.txt")
        #expect(try cli.run(["import", path]).status == 0)
        let request = try cli.run(["request", "--period", "2025", "--output", "request.xlsx"])
        #expect(request.status == 0, "\(request.stderr)")
        let sheets = try SpreadsheetTools.ownCells(of: cli.folder.appendingPathComponent("request.xlsx").path)
        let rows = try #require(sheets["未明确责任单位"]).dropFirst()
        let fall = try #require(rows.first { $0[2] == "单位地区生产总值能耗" })
        #expect(fall[3] == "-3" && fall[4] == "%", "\(fall)")
        let jobs = try #require(rows.first { $0[2].contains("城镇新增就业") })
        #expect(jobs[3] == "8500", "\(jobs)")
        let sinceBase = try #require(rows.first { $0[2].contains("碳排放强度") })
        #expect(sinceBase[4].isEmpty, "a level in the statistic's own unit: \(sinceBase)")
        let guide = try #require(sheets["说明"]).joined().joined()
        #expect(guide.contains("如下降2.1%填 -2.1") && guide.contains("填写本期的实际水平值"))
    }

    @Test func aFigureForALaterPeriodAnswersTheRequest() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        func asked() throws -> Set<String> {
            let run = try sample.cli.run(["request", "--period", "2023Q2", "--output", "r.xlsx", "--force"])
            #expect(run.status == 0, "\(run.stderr)")
            let sheets = try SpreadsheetTools.ownCells(
                of: sample.cli.folder.appendingPathComponent("r.xlsx").path)
            return Set(sheets.filter { $0.key != "说明" }.values.flatMap { $0.dropFirst().map(\.[0]) })
        }
        #expect(try asked().contains(String(stock.id)))
        // A figure for the whole year, logged early, ends after 2023Q2 and answers for it.
        #expect(try sample.cli.run(["log", String(stock.id), "2023", "590"]).status == 0)
        #expect(try !asked().contains(String(stock.id)))
    }

    @Test func requestThenAFilledWorkbookLoggedBack() throws {
        guard let sample = try SpreadsheetTools.samplePlanWithOpenpyxl() else { return }
        defer { sample.cli.cleanUp() }
        let request = try sample.cli.run(["request", "--period", "2023Q2", "--output", "request.xlsx"])
        #expect(request.status == 0, "\(request.stderr)")
        let path = sample.cli.folder.appendingPathComponent("request.xlsx").path
        let sheets = try SpreadsheetTools.ownCells(of: path)
        #expect(sheets.keys.sorted() == ["市科技局", "未明确责任单位", "说明"])
        let unit = try #require(sheets["市科技局"])
        #expect(
            unit[0] == [
                "目标编号", "方案名称", "指标内容", "目标值", "单位", "截止日期", "责任单位", "上次数值", "上次期间", "期间", "数值", "备注", "来源",
            ])
        #expect(unit.count == 3)
        #expect(unit.dropFirst().allSatisfy { $0[9] == "2023Q2" && $0[10].isEmpty })
        let ids = unit.dropFirst().map(\.[0])

        // A unit types a word where a number goes: nothing is stored, the cell is named.
        try fill(
            path, ["市科技局!K2": "'n/a'", "市科技局!K3": "6", "市科技局!L3": "'含两家新建'"],
            to: sample.cli.folder.appendingPathComponent("filled.xlsx").path)
        let wrong = try sample.cli.run(["log", "filled.xlsx"])
        #expect(wrong.status != 0)
        #expect(
            wrong.stderr.contains("filled.xlsx: sheet 市科技局, row 2, column 数值: 'n/a' is not a number"),
            "\(wrong.stderr)")
        #expect(wrong.stderr.contains("nothing was logged from filled.xlsx"))
        #expect(try achieved(in: sample).isEmpty)

        // Corrected, it is logged whole; the rows left empty on the other sheet are passed over.
        try fill(
            path, ["市科技局!K2": "2", "市科技局!K3": "4", "市科技局!L3": "'含两家新建'", "市科技局!M3": "'统计公报'"],
            to: sample.cli.folder.appendingPathComponent("fixed.xlsx").path)
        let logged = try sample.cli.run(["log", "fixed.xlsx"])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(
            logged.stdout.contains("Logged 2 figures from fixed.xlsx (4 rows left empty)."),
            "\(logged.stdout)")
        let show = try sample.cli.run(["show", ids[1]])
        #expect(
            show.stdout.contains("2023Q2") && show.stdout.contains("含两家新建") && show.stdout.contains("统计公报"))

        // The figures land (both targets still short of 3 and 5): the next request shows them as
        // the last figures, and the targets no longer owe 2023Q2.
        let achieved = try achieved(in: sample)
        #expect(achieved[ids[0]] == 2 && achieved[ids[1]] == 4)
        let next = try sample.cli.run(["request", "--period", "2023Q3", "--output", "q3.xlsx"])
        #expect(next.status == 0, "\(next.stderr)")
        let q3 = try #require(
            try SpreadsheetTools.ownCells(of: sample.cli.folder.appendingPathComponent("q3.xlsx").path)[
                "市科技局"])
        #expect(
            q3.dropFirst().map { [$0[0], $0[7], $0[8]] } == [
                [ids[0], "2", "2023Q2"], [ids[1], "4", "2023Q2"],
            ])
        let again = try sample.cli.run([
            "request", "--period", "2023Q2", "--unit", "市科技局", "--output", "again.xlsx",
        ])
        #expect(again.status != 0)
        #expect(again.stderr.contains("no target asked of '市科技局' owes a figure for 2023Q2"))
    }

    @Test func openpyxlReadsWhatPlantrackWrites() throws {
        guard let sample = try SpreadsheetTools.samplePlanWithOpenpyxl() else { return }
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["request", "--period", "2023Q2", "--output", "units"])
        #expect(run.status == 0, "\(run.stderr)")
        let folder = sample.cli.folder.appendingPathComponent("units")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["市科技局-2023Q2.xlsx", "未明确责任单位-2023Q2.xlsx"])
        for file in files {
            let path = folder.appendingPathComponent(file).path
            let independent = try SpreadsheetTools.openpyxlCells(of: path)
            let own = try SpreadsheetTools.ownCells(of: path)
            #expect(independent == own, "\(file): openpyxl reads other cells")
            // Locked keys, open value cells, numbers checked, header frozen.
            let checks = try SpreadsheetTools.python(
                """
                import sys, openpyxl
                sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[1]
                print(sheet.protection.sheet, sheet.freeze_panes, sheet['A2'].protection.locked,
                      sheet['K2'].protection.locked, sheet['L2'].protection.locked,
                      sheet.data_validations.dataValidation[0].type, sheet.data_validations.dataValidation[0].sqref)
                """, [path])
            #expect(checks.hasPrefix("True A2 True False False decimal K2:K"), "\(file): \(checks)")
        }
    }

    @Test func libreOfficeReadsWhatPlantrackWrites() throws {
        guard SpreadsheetTools.hasLibreOfficeCalc else {
            print("skipped: LibreOffice Calc is not installed (soffice cannot convert spreadsheets)")
            return
        }
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        #expect(
            try sample.cli.run(["request", "--period", "2023Q2", "--output", "request.xlsx"]).status == 0)
        #expect(
            try sample.cli.run(["report", "overdue", "--as-of", "2024-06-30", "--output", "overdue.xlsx"])
                .status == 0)
        for file in ["request.xlsx", "overdue.xlsx"] {
            let path = sample.cli.folder.appendingPathComponent(file).path
            let exported = try SpreadsheetTools.libreOfficeCSV(of: path)
            for (name, rows) in try SpreadsheetTools.ownCells(of: path) {
                let csv = try #require(exported[name], "LibreOffice exported no sheet \(name) of \(file)")
                let records = try CSVReader.records(in: csv).map { $0.fields }
                #expect(records.map { Array($0.prefix(rows[0].count)) } == rows, "\(file), sheet \(name)")
            }
        }
    }

    @Test func aWorkbookTypedByHandIsRead() throws {
        guard let sample = try SpreadsheetTools.samplePlanWithOpenpyxl() else { return }
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let increment = try sample.incrementTarget()
        let loan = try sample.loanTarget()
        // Numbers stored as text, an id typed as a number, a period Excel made a date (typed
        // 2023-07), a formula with the value Excel keeps for it, and a 说明-like sheet first.
        let path = sample.cli.folder.appendingPathComponent("typed.xlsx").path
        _ = try SpreadsheetTools.python(
            """
            import sys, datetime, zipfile, openpyxl
            book = openpyxl.Workbook()
            notes = book.active
            notes.title = "填表说明"
            notes.append(["请按季度填写"])
            sheet = book.create_sheet("Sheet1")
            sheet.append(["Target", "Period", "Value", "Note"])
            sheet.append([sys.argv[2], "2023Q2", "540", "stored as text"])
            sheet.append([int(sys.argv[3]), datetime.datetime(2023, 7, 1), 30, None])
            sheet["B3"].number_format = "yyyy-mm"
            sheet.append([sys.argv[4], 2023, "=2*1", None])
            book.save(sys.argv[1])
            with zipfile.ZipFile(sys.argv[1]) as archive:
                members = {name: archive.read(name) for name in archive.namelist()}
            part = "xl/worksheets/sheet2.xml"
            members[part] = members[part].replace(b"<f>2*1</f><v></v>", b"<f>2*1</f><v>200000000</v>")
            with zipfile.ZipFile(sys.argv[1], "w") as archive:
                for name, data in members.items(): archive.writestr(name, data)
            """, [path, String(stock.id), String(increment.id), String(loan.id)])
        let run = try sample.cli.run(["log", "typed.xlsx"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Logged 3 figures from typed.xlsx."))
        let history = try sample.cli.run(["show", String(increment.id)])
        #expect(history.stdout.contains("2023-07"), "\(history.stdout)")
        let loanShow = try sample.cli.run(["show", String(loan.id)])
        #expect(loanShow.stdout.contains("2亿元"), "\(loanShow.stdout)")
    }

    @Test func aDamagedWorkbookIsRefusedInOneLine() throws {
        let sample = try SamplePlan()
        let cli = sample.cli
        defer { cli.cleanUp() }
        try cli.write("PK not really a zip", to: "broken.xlsx")
        let run = try cli.run(["log", "broken.xlsx"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("broken.xlsx: the workbook could not be read"), "\(run.stderr)")
    }
}
