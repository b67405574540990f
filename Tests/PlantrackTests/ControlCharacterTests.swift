import Foundation
import Testing

/// Text from documents and users never drives the terminal or a spreadsheet: control characters
/// are written out visibly in every table, listing and message, and CSV cells that a spreadsheet
/// would run as a formula are written as text.
@Suite struct ControlCharacterTests {
    static let attack = "\u{1B}[2J\u{1B}]0;pwned\u{7}"

    @Test func notesAndMetricsWithEscapeSequencesAreShownNotObeyed() throws {
        // Given a figure whose note and a target whose metric hold escape sequences
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let target = try sample.stockTarget()
        #expect(
            try sample.cli.run(["log", "\(target.id)", "2024Q1", "500", "--note", Self.attack]).status == 0)
        #expect(
            try sample.cli.run([
                "targets", "edit", "\(target.id)", "--metric", "企业" + Self.attack, "--by", "李" + Self.attack,
            ])
            .status == 0)

        // When people look at them as tables, Markdown and messages
        let runs = [
            try sample.cli.run(["show", "\(target.id)", "--as-of", "2024-06-30"]),
            try sample.cli.run(["history", "\(target.id)"]),
            try sample.cli.run(["targets"]),
            try sample.cli.run(["targets", "--format", "markdown"]),
            try sample.cli.run(["report", "status", "--as-of", "2024-06-30"]),
            try sample.cli.run(["report", "plan", "1", "--as-of", "2024-06-30"]),
            try sample.cli.run(["show", "no such" + Self.attack]),
        ]

        // Then no escape or bell reaches the output, and the characters are written out
        for run in runs {
            #expect(!run.stdout.unicodeScalars.contains("\u{1B}"), "escape in \(run.stdout)")
            #expect(!run.stdout.unicodeScalars.contains("\u{7}"))
            #expect(!run.stderr.unicodeScalars.contains("\u{1B}"), "escape in \(run.stderr)")
        }
        #expect(runs[0].stdout.contains("\\e[2J"), "\(runs[0].stdout)")
        #expect(runs[2].stdout.contains("企业\\e[2J"), "\(runs[2].stdout)")
    }

    @Test func csvCellsThatWouldRunAsFormulasAreText() throws {
        // Given a target whose metric is a spreadsheet formula
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let target = try sample.stockTarget()
        let formula = "=HYPERLINK(\"http://example.com\",\"x\")"
        #expect(try sample.cli.run(["targets", "edit", "\(target.id)", "--metric", formula]).status == 0)

        // When the targets are written as CSV and read by an independent CSV reader
        let path = sample.cli.folder.appendingPathComponent("targets.csv").path
        #expect(try sample.cli.run(["targets", "--format", "csv", "--output", path]).status == 0)
        let cells = try Self.pythonCSVCells(path)

        // Then the formula is text that starts with a quote, and no cell starts with = + - @
        #expect(cells.contains("'" + formula), "\(cells)")
        #expect(!cells.contains { cell in ["=", "+", "@"].contains { cell.hasPrefix($0) } })
    }

    @Test func negativeNumbersStayNumbersInCSV() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let target = try sample.stockTarget()
        #expect(try sample.cli.run(["log", "\(target.id)", "2024Q1", "--", "-5"]).status == 0)
        let run = try sample.cli.run(["show", "\(target.id)", "--as-of", "2024-06-30"])
        #expect(run.status == 0)
        let csv = try sample.cli.run(["report", "status", "--as-of", "2024-06-30", "--format", "csv"])
        #expect(csv.status == 0)
        // Achieved, gap and % are plain numbers, which the formula guard leaves alone.
        #expect(csv.stdout.contains(",-5,605,-0.8,"), "\(csv.stdout)")
        #expect(!csv.stdout.contains("'-"), "\(csv.stdout)")
    }

    /// The cells of a CSV file as Python's `csv` module reads them.
    static func pythonCSVCells(_ path: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import csv,json,sys; print(json.dumps([c for r in csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')) for c in r]))",
            path,
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 could not read \(path)")
        return try #require(JSONSerialization.jsonObject(with: data) as? [String])
    }
}
