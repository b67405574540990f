import Foundation
import Testing

/// The JSON of `extract`, `plans`, `targets`, `history` and `explain`, the contract for
/// scripts beside the reports', compared byte for byte with golden files under
/// `Fixtures/golden/json/`.
///
/// The stored ones run on the database of ``ReportJSONContractTests`` after a review: a target
/// edited (a metric with a quote and a comma, a value with decimals, a baseline), one confirmed
/// and one rejected. Times of import and change differ from run to run, so they read `<time>`.
@Suite struct CommandJSONContractTests {
    /// `extract` of a plan rich in fields: a baseline stated in the sentence, a fall, a hedge,
    /// a range, recurring targets, an indicator table with baselines and binding marks, and a
    /// task table with lead and cooperating units and deadlines.
    @Test func extractJSONMatchesItsGoldenFile() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let plan = try CLIHarness.fixture("plans/contract-plan.txt").path
        let run = try cli.run(["extract", plan, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        try Golden.check(run.stdout, against: "json/extract-contract-plan.json")
    }

    @Test(arguments: [
        ["plans"], ["targets"], ["history", "1"], ["history", "3"],
        ["explain", "1"],
    ])
    func storedJSONMatchesItsGoldenFile(_ command: [String]) throws {
        let cli = try Self.makeReviewedDatabase()
        defer { cli.cleanUp() }
        let run = try cli.run(command + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        try Golden.check(
            Self.withoutTimes(run.stdout), against: "json/\(command.joined(separator: "-")).json")
    }

    /// The database of the report contract, with target 1 edited, 2 confirmed and 3 rejected.
    private static func makeReviewedDatabase() throws -> CLIHarness {
        let cli = try ReportJSONContractTests.makeDatabase()
        let reviews = [
            [
                "targets", "edit", "1", "--metric", "高新技术企业,\"总量\"", "--value", "612.5", "--baseline", "550",
                "--baseline-period", "2022",
            ],
            ["targets", "confirm", "2"],
            ["targets", "reject", "3", "--reason", "a subsidy rule, not a goal"],
        ]
        for review in reviews {
            let run = try cli.run(review + ["--by", "reviewer"])
            #expect(run.status == 0, "\(review): \(run.stderr)")
        }
        return cli
    }

    /// `output` with every time stamp (`2026-12-04T20:18:55.089Z`) written `<time>`.
    private static func withoutTimes(_ output: String) -> String {
        output.replacingOccurrences(
            of: #"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z"#, with: "<time>", options: .regularExpression)
    }
}
