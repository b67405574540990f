import Foundation
import PlanStore
import Testing

@testable import plantrack

@Test(arguments: [
    (true, [String: String](), true),
    (true, ["NO_COLOR": "1"], false),
    (true, ["NO_COLOR": ""], true),
    (false, [:], false),
])
func colourOnlyOnATerminalWithoutNoColor(
    _ isTerminal: Bool, _ environment: [String: String], _ expected: Bool
) {
    #expect(TerminalStyle.resolved(isTerminal: isTerminal, environment: environment).isEnabled == expected)
}

@Test func paintWrapsTextInColourCodes() {
    #expect(TerminalStyle(isEnabled: true).paint("overdue", for: .overdue) == "\u{1B}[31moverdue\u{1B}[0m")
    #expect(TerminalStyle(isEnabled: false).paint("overdue", for: .overdue) == "overdue")
}

/// Runs the binary under `script`, which gives it a pseudo-terminal as standard output.
@Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
func statesAreColouredOnATerminalOnly() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let plan = try CLIHarness.fixture("plans/sample-plan.txt").path
    #expect(try cli.run(["import", plan]).status == 0)
    let command = [
        CLIHarness.binary.path, "--db", cli.databasePath, "report", "status", "--as-of", "2024-06-30",
    ]
    .map { "'" + $0 + "'" }.joined(separator: " ")
    let coloured = try CLIHarness.run(
        ["-qec", command, "/dev/null"], environment: ["NO_COLOR": ""],
        binary: URL(fileURLWithPath: "/usr/bin/script"),
        in: cli.folder)
    #expect(coloured.status == 0, "\(coloured.stderr)")
    #expect(coloured.stdout.contains("\u{1B}[2mno data"))
    let plain = try CLIHarness.run(
        ["-qec", command, "/dev/null"], environment: ["NO_COLOR": "1"],
        binary: URL(fileURLWithPath: "/usr/bin/script"),
        in: cli.folder)
    #expect(plain.status == 0)
    #expect(plain.stdout.contains("no data"))
    #expect(!plain.stdout.contains("\u{1B}["))
}
