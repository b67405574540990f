import Foundation
import Testing

/// Arguments people get wrong, or that look like something else, give one clear line or the
/// right behaviour.
@Suite struct ArgumentTests {
    @Test(arguments: ["md", "MD", "markdown"])
    func markdownIsAlsoMd(_ name: String) throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["report", "status", "--format", name])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("## Status as of"))
    }

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

    @Test func aFileNameThatIsNotUTF8IsNamedAsSuch() throws {
        // Given a file whose name is GBK bytes (工作.txt), as an old archive may hold
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let name: [UInt8] = [0xB9, 0xA4, 0xD7, 0xF7] + Array(".txt".utf8)
        let path = Array(cli.folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        try #require(descriptor >= 0)
        close(descriptor)

        // When it is named on the command line (the shell passes its bytes as they are)
        let process = Process()
        process.executableURL = CLIHarness.binary
        process.currentDirectoryURL = cli.folder
        let argument = String(decoding: name, as: UTF8.self)
        process.arguments = ["--db", cli.databasePath, "import", argument]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        // Then the error says why, not that the file is missing
        #expect(process.terminationStatus != 0)
        #expect(message.contains("not valid UTF-8"), "\(message)")
    }

    @Test func aUTF16SheetWithoutItsMarkIsToldToBeSavedAsUTF8() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let path = sample.cli.folder.appendingPathComponent("utf16.csv")
        try Data("target,period,value\n1,2024Q1,5\n".data(using: .utf16LittleEndian) ?? Data()).write(
            to: path)
        let run = try sample.cli.run(["log", "--csv", path.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("save the CSV as UTF-8"), "\(run.stderr)")
        #expect(!run.stderr.contains("--encoding"), "log takes no --encoding: \(run.stderr)")
    }
}
