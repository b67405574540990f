import Foundation
import Testing

/// Arguments people get wrong, or that look like something else, give one clear line or the
/// right behaviour.
@Suite struct ArgumentTests {
    @Test func aFileNamedLikeAnOptionIsImported() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        try cli.write("某市2025年工作要点\n新增高新技术企业100家。\n", to: "-h.txt")
        try cli.write("某市2025年工作要点\n新建孵化器5家。\n", to: "other.txt")
        let run = try cli.run(["import", "-h.txt", "other.txt"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("OVERVIEW"))
        let plans = try cli.run(["plans", "--format", "json"])
        #expect(try #require(plans.json() as? [Any]).count == 2)
    }

    @Test(arguments: [
        (["--db", "", "plans"], "--db: give the database file's path"),
        (["import", ""], "A file name is empty"),
        (["import", "--max-size", "-1", "x.txt"], "The value '-1' is invalid for '--max-size"),
        (["--db", "/dev/null", "plans"], "not a regular file"),
    ])
    func isOneClearLine(_ arguments: [String], _ message: String) throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let run = try CLIHarness.run(arguments, in: cli.folder)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
    }

    @Test(arguments: ["\u{FEFF}", "  \n\t\n", "\u{FEFF}\u{3000}\n"])
    func aFileOfBlanksIsRefusedLikeAnEmptyOne(_ content: String) throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let path = try cli.write(content, to: "blank.txt")
        let run = try cli.run(["import", path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("the file is empty"), "\(run.stderr)")
    }

    @Test(arguments: [
        ("0x10", "not a decimal number"), ("1e-400", "not a decimal number"), ("1E5", "not a decimal number"),
    ])
    func valuesAreDecimal(_ value: String, _ message: String) throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let target = try sample.stockTarget()
        let run = try sample.cli.run(["log", "\(target.id)", "2024Q1", value])
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test(arguments: ["1000", "1899Q1", "2201"])
    func periodsAreOfThisEra(_ period: String) throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let target = try sample.stockTarget()
        let run = try sample.cli.run(["log", "\(target.id)", period, "5"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("is not a period"), "\(run.stderr)")
    }
}
