import Foundation
import Testing

/// The figures logged for a target, from `show`'s JSON-free output: we read them through the
/// overdue report's JSON instead, which carries `achieved` in the base unit.
private func achieved(_ sample: SamplePlan, target id: Int64, asOf day: String = "2024-06-30") throws
    -> Double?
{
    let run = try sample.cli.run(["report", "overdue", "--as-of", day, "--format", "json"])
    let report = try #require(try run.json() as? [String: Any])
    let rows = try #require(report["targets"] as? [[String: Any]])
    return rows.first { ($0["target_id"] as? NSNumber)?.int64Value == id }?["achieved"] as? Double
}

@Suite struct LogCommandTests {
    @Test(arguments: [
        ("5亿元", 500_000_000.0),
        ("2.5亿元", 250_000_000.0),
        ("30000万元", 300_000_000.0),
        ("120000000", 120_000_000.0),
    ])
    func valuesWithUnitsAreConverted(_ value: String, _ expected: Double) throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let loan = try sample.loanTarget()
        let run = try sample.cli.run(["log", String(loan.id), "2023Q4", value])
        #expect(run.status == 0, "\(run.stderr)")
        let show = try sample.cli.run(["show", String(loan.id), "--as-of", "2024-06-30"])
        #expect(show.stdout.contains("2023Q4"))
        if expected < 500_000_000 {
            #expect(try achieved(sample, target: loan.id) == expected)
        }
    }

    @Test func aTargetCanBeNamedByItsQuote() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let run = try sample.cli.run([
            "log", stock.quote, "2023Q2", "540家", "--note", "half year", "--source", "统计公报",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("540家"))
        #expect(try achieved(sample, target: stock.id) == 540)
        let show = try sample.cli.run(["show", String(stock.id)])
        #expect(show.stdout.contains("half year"))
        #expect(show.stdout.contains("统计公报"))
    }

    @Test(arguments: [
        (["2023Q2", "5亿元"], "元"),
        (["2023Q2", "abc"], "not a number"),
        (["2024Q5", "540"], "2024Q5"),
        (["2023-13", "540"], "2023-13"),
    ])
    func badFiguresAreRefused(_ rest: [String], _ mentioned: String) throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let run = try sample.cli.run(["log", String(stock.id)] + rest)
        #expect(run.status != 0)
        #expect(run.stderr.contains(mentioned), "\(run.stderr)")
        #expect(try achieved(sample, target: stock.id) == nil)
    }

    @Test func anUnknownTargetIsAnError() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        for reference in ["9999", "没有这个指标"] {
            let run = try sample.cli.run(["log", reference, "2023Q2", "1"])
            #expect(run.status != 0)
            #expect(run.stderr.contains(reference))
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        }
    }

    @Test func aSecondFigureForAPeriodNeedsReplace() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let id = String(stock.id)
        #expect(try sample.cli.run(["log", id, "2023Q4", "580"]).status == 0)
        let refused = try sample.cli.run(["log", id, "2023Q4", "590"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--replace"))
        #expect(try achieved(sample, target: stock.id) == 580)
        let replaced = try sample.cli.run(["log", id, "2023Q4", "590", "--replace"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try achieved(sample, target: stock.id) == 590)
        // The history keeps the replaced figure.
        let show = try sample.cli.run(["show", id])
        #expect(show.stdout.contains("580家"))
        #expect(show.stdout.contains("590家"))
    }

    @Test func csvIsLoggedWhole() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let increment = try sample.incrementTarget()
        let loan = try sample.loanTarget()
        let csv = """
            # illustrative figures for the tests
            target,period,value,note,source
            "\(stock.quote)",2023Q2,540,first half,统计公报
            \(stock.id),2023Q4,580,,
            "\(increment.quote)",2023H1,40家,,
            \(increment.id),2023H2,45,"a note, with a comma",
            \(loan.id),2023,3.5亿元,,

            """
        let path = try sample.cli.write(csv, to: "progress.csv")
        let run = try sample.cli.run(["log", "--csv", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("5 figures"))
        #expect(try achieved(sample, target: stock.id) == 580)
        #expect(try achieved(sample, target: increment.id) == 85)
        #expect(try achieved(sample, target: loan.id) == 350_000_000)
    }

    @Test(arguments: [
        ("target,period,amount\n1,2023Q2,540\n", "amount"),
        ("target,value\n1,540\n", "period"),
        ("target,period,value\n1,2023Q2\n", "line 2"),
        ("", "header"),
    ])
    func csvWithWrongColumnsStoresNothing(_ csv: String, _ mentioned: String) throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let path = try sample.cli.write(
            csv.replacingOccurrences(of: "1,", with: "\(stock.id),"), to: "bad.csv")
        let run = try sample.cli.run(["log", "--csv", path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("bad.csv"))
        #expect(run.stderr.contains(mentioned), "\(run.stderr)")
        #expect(try achieved(sample, target: stock.id) == nil)
    }

    @Test func csvErrorsNameEachLineAndFieldAndStoreNothing() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let loan = try sample.loanTarget()
        let csv = """
            target,period,value
            \(stock.id),2023Q2,540
            \(stock.id),2024Q5,560
            \(loan.id),2023H1,5亿家
            没有这个指标,2023Q1,1
            \(stock.id),2023Q3,many

            """
        let path = try sample.cli.write(csv, to: "rows.csv")
        let run = try sample.cli.run(["log", "--csv", path])
        #expect(run.status != 0)
        for expected in [
            "line 3, field period", "line 4, field value", "line 5, field target", "line 6, field value",
        ] {
            #expect(run.stderr.contains(expected), "missing '\(expected)' in \(run.stderr)")
        }
        #expect(!run.stderr.contains("line 2"))
        #expect(try achieved(sample, target: stock.id) == nil)
    }

    @Test func aDuplicateInTheDatabaseNamesTheCSVLine() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        #expect(try sample.cli.run(["log", String(stock.id), "2023Q4", "580"]).status == 0)
        let path = try sample.cli.write(
            "target,period,value\n\(stock.id),2023Q2,540\n\(stock.id),2023Q4,590\n", to: "dup.csv")
        let run = try sample.cli.run(["log", "--csv", path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("line 3"), "\(run.stderr)")
        #expect(try achieved(sample, target: stock.id) == 580)
    }

    @Test func aMissingCSVFileIsNamed() throws {
        let sample = try SamplePlan()
        let cli = sample.cli
        defer { cli.cleanUp() }
        let run = try cli.run(["log", "--csv", "nowhere.csv"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("nowhere.csv"))
    }

    @Test(arguments: [
        ["log"],
        ["log", "1", "2023Q2"],
        ["log", "1", "2023Q2", "5", "--csv", "x.csv"],
    ])
    func incompleteArgumentsAreRefused(_ arguments: [String]) throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let run = try cli.run(arguments)
        #expect(run.status != 0)
        #expect(!run.stderr.isEmpty)
    }
}

@Suite struct ProgressCSVEncodingTests {
    @Test func aGBKSpreadsheetExportIsRead() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let csv = "target,period,value,note\n\(stock.id),2023Q4,580家,年末数\n"
        let gbk = try #require(try gbkBytes(csv))
        let path = sample.cli.folder.appendingPathComponent("gbk.csv")
        try Data(gbk).write(to: path)
        let run = try sample.cli.run(["log", "--csv", path.path])
        #expect(run.status == 0, "\(run.stderr)")
        let show = try sample.cli.run(["show", String(stock.id)])
        #expect(show.stdout.contains("年末数"))
    }

    /// The text in GB18030 through iconv, as a spreadsheet saved in China writes it.
    private func gbkBytes(_ text: String) throws -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? [UInt8](data) : nil
    }
}
