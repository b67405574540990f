import Foundation
import Testing

/// The JSON of every report, which the README calls the stable contract for scripts, compared
/// byte for byte with golden files: keys, their order, null for absent values, numbers without
/// float noise, dates and periods as written.
///
/// The database holds the sample plan (level, increment and money targets, one short of its
/// goal with figures, one without) and a three-year plan with recurring targets, figures logged
/// for some years; the reports are judged on two days, before and after the deadlines.
@Suite struct ReportJSONContractTests {
    /// The fixed database: both plans imported in order, then their figures logged by metric.
    static func makeDatabase() throws -> CLIHarness {
        let cli = try CLIHarness()
        for plan in ["plans/sample-plan.txt", "plans/recurring-plan.txt"] {
            let imported = try cli.run(["import", try CLIHarness.fixture(plan).path])
            #expect(imported.status == 0, "import failed: \(imported.stderr)")
        }
        let figures = """
            target,period,value,plan
            高新技术企业总量,2023Q2,540,1
            高新技术企业总量,2023Q4,580,1
            高新技术企业,2023Q2,40,1
            高新技术企业,2023Q4,45,1
            备案贷款,2023H2,3.5亿元,1
            科技型中小企业,2023,52,2
            科技型中小企业,2024Q1,12,2
            技术合同成交额,2023,31.5亿元,2

            """
        let logged = try cli.run(["log", "--csv", try cli.write(figures, to: "figures.csv")])
        #expect(logged.status == 0, "log failed: \(logged.stderr)")
        return cli
    }

    @Test(arguments: [
        ["status"], ["overdue"], ["units"], ["missing"], ["plan", "2"], ["compare", "高新技术企业"],
    ])
    func reportJSONMatchesItsGoldenFile(_ report: [String]) throws {
        let cli = try Self.makeDatabase()
        defer { cli.cleanUp() }
        for day in ["2024-06-30", "2026-01-01"] {
            let run = try cli.run(["report"] + report + ["--as-of", day, "--format", "json"])
            #expect(run.status == 0, "\(run.stderr)")
            try Golden.check(run.stdout, against: "json/report-\(report[0])-\(day).json")
        }
    }
}
