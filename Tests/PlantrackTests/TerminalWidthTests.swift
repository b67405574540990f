import Foundation
import Testing

@testable import plantrack

@Test(
    arguments: [
        ("100", 132, 100), (nil, 132, 132), ("wide", 132, 132), ("0", nil, 80), (nil, nil, 80), (nil, 0, 80),
    ] as [(String?, Int?, Int)])
func terminalWidthPrefersColumnsThenTheTerminal(_ variable: String?, _ reported: Int?, _ expected: Int) {
    #expect(TerminalWidth.resolved(columnsVariable: variable, reported: reported) == expected)
}

@Test(arguments: [("高新技术企业总量", 9, "高新技术…"), ("高新技术", 8, "高新技术"), ("abcdef", 4, "abc…")])
func truncationCountsDisplayColumns(_ text: String, _ width: Int, _ expected: String) {
    #expect(text.truncated(toDisplayWidth: width) == expected)
    #expect(displayWidth(text.truncated(toDisplayWidth: width)) <= width)
}

/// The status table on a terminal, run through `script` so that standard output is one.
@Suite struct TerminalTableWidthTests {
    private static let width = 100

    /// The lines `arguments` print on a terminal `width` columns wide, colour codes removed.
    private func terminalLines(_ arguments: [String], in cli: CLIHarness) throws -> [String] {
        let command = ([CLIHarness.binary.path, "--db", cli.databasePath] + arguments)
            .map { "'\($0)'" }.joined(separator: " ")
        let run = try CLIHarness.run(
            ["-qec", command, "/dev/null"], environment: ["COLUMNS": String(Self.width)],
            binary: URL(fileURLWithPath: "/usr/bin/script"), in: cli.folder)
        #expect(run.status == 0, "\(run.stderr)")
        let plain = run.stdout.replacing(try Regex("\u{1B}\\[[0-9;]*m"), with: "")
        return plain.split(separator: "\r\n").map(String.init)
    }

    @Test func aTableFitsTheTerminalAndWidePrintsItAll() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            print("skipped: /usr/bin/script (util-linux) is needed to run under a terminal")
            return
        }
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let report = ["report", "status", "--as-of", "2024-06-30"]

        let fitted = try terminalLines(report, in: sample.cli)
        #expect(fitted.count >= 8)
        for line in fitted { #expect(displayWidth(line) <= Self.width, "too wide: \(line)") }
        #expect(fitted.contains { $0.contains("高新技术企") && $0.contains("…") }, "long metrics end in …")
        #expect(!fitted.contains { $0.contains("高新技术企业总量") })

        let wide = try terminalLines(report + ["--wide"], in: sample.cli)
        #expect(wide.contains { displayWidth($0) > Self.width })
        #expect(wide.contains { $0.contains("高新技术企业总量") })
        #expect(!wide.contains { $0.contains("…") })

        let piped = try sample.cli.run(report, environment: ["COLUMNS": String(Self.width)])
        #expect(piped.stdout.contains("高新技术企业总量"), "piped output stays full")
        #expect(!piped.stdout.contains("…"))
    }
}
