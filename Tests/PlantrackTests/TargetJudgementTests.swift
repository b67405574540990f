import Foundation
import Testing

/// A plan issued on 2022-12-06 with no horizon of its own: a level due 2025, a yearly
/// increment and a percentage.
private let planIssuedInDecember = """
    关于加快推进科技创新的实施方案
    滨州市科学技术局
    2022年12月6日
    一、主要目标
    到2025年，全市科技型中小微企业达5000家。
    每年新增高新技术企业8家以上。
    研发投入强度达到3.55%。
    责任单位：市科技局
    """

/// The rows of `report status --format json`, as `(target_id, instance_year, state)`.
private func statusRows(_ cli: CLIHarness, asOf: String) throws -> [(Int64, Int?, String)] {
    let run = try cli.run(["report", "status", "--as-of", asOf, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let report = try #require(try run.json() as? [String: Any])
    let rows = try #require(report["targets"] as? [[String: Any]])
    return rows.map {
        (
            ($0["target_id"] as? NSNumber)?.int64Value ?? -1, ($0["instance_year"] as? NSNumber)?.intValue,
            $0["state"] as? String ?? ""
        )
    }
}

@Suite struct TargetJudgementTests {
    @Test func aFallIsMetByALargerFallLoggedWithItsSign() throws {
        // Given 单位地区生产总值能耗下降2.5%左右 in a yearly plan
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let plan = "某市2025年工作要点\n一、主要目标\n单位地区生产总值能耗下降2.5%左右。\n"
        #expect(try cli.run(["import", try cli.write(plan, to: "plan.txt")]).status == 0)
        let listed = try cli.run(["targets", "--format", "json"])
        #expect(listed.stdout.contains("\"reduction\" : true"), "\(listed.stdout)")
        // When the year's change, a fall of 3.1 %, is logged
        #expect(try cli.run(["log", "单位地区生产总值能耗", "2025", "-3.1"]).status == 0)
        // Then the target is met, and shown as the signed change it promises
        #expect(try statusRows(cli, asOf: "2026-01-10").map(\.2) == ["met"])
        let show = try cli.run(["show", "单位地区生产总值能耗", "--as-of", "2026-01-10"])
        #expect(show.stdout.contains("-2.5%"), "\(show.stdout)")
    }

    @Test func aLevelWithOneFigureHasNoTrendUntilASecondOne() throws {
        // Given a level target due 2025 with one figure
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", try cli.write(planIssuedInDecember, to: "plan.txt")]).status == 0)
        #expect(try cli.run(["log", "科技型中小微企业", "2024Q1", "4900"]).status == 0)
        // When it is shown as of mid-2024
        let show = try cli.run(["show", "科技型中小微企业", "--as-of", "2024-06-30"])
        // Then its pace is unknown: no trend, not off track
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("no trend"))
        #expect(!show.stdout.contains("off track"))
        #expect(try statusRows(cli, asOf: "2024-06-30").contains { $0.2 == "no trend" })
        // And a second figure gives it a pace
        #expect(try cli.run(["log", "科技型中小微企业", "2024Q2", "4990"]).status == 0)
        let judged = try cli.run(["show", "科技型中小微企业", "--as-of", "2024-06-30"])
        #expect(!judged.stdout.contains("no trend"))
        #expect(judged.stdout.contains("on track"))
    }

    @Test func aBaselineTheOfficeKnowsGivesASingleFigureItsPace() throws {
        // Given a level due 2025 with one figure: no trend
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", try cli.write(planIssuedInDecember, to: "plan.txt")]).status == 0)
        #expect(try cli.run(["log", "科技型中小微企业", "2024Q1", "4900"]).status == 0)
        // When the office sets the level it started from, 4000 at the end of 2022
        let edited = try cli.run(["targets", "edit", "1", "--baseline", "4000", "--baseline-period", "2022"])
        #expect(edited.status == 0, "\(edited.stderr)")
        // Then the pace runs from it: 900 of the 499 expected by mid-2024, on track
        let show = try cli.run(["show", "1", "--as-of", "2024-06-30"])
        #expect(show.stdout.contains("on track"), "\(show.stdout)")
        #expect(show.stdout.contains("4000家 in 2022"), "\(show.stdout)")
        #expect(try cli.run(["history", "1"]).stdout.contains("4000 (2022)"))
        // And a baseline in another unit or a period without a value is refused
        let money = try cli.run(["targets", "edit", "1", "--baseline", "40亿元"])
        #expect(money.status != 0)
        #expect(money.stderr.contains("--baseline is in 元, but the target is counted in 家."))
        #expect(try cli.run(["targets", "edit", "1", "--baseline-period", "2022"]).status != 0)
    }

    @Test func aRecurringTargetStartsInTheFirstFullYearAfterTheIssueDate() throws {
        // Given a plan issued on 2022-12-06 with 每年新增高新技术企业8家以上
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", try cli.write(planIssuedInDecember, to: "plan.txt")]).status == 0)
        // When the status is reported as of mid-2024
        let yearly = try statusRows(cli, asOf: "2024-06-30").filter { $0.1 != nil }
        // Then its instances are 2023 and 2024, none for 2022
        #expect(yearly.map(\.1) == [2023, 2024])
        // And nothing is overdue in the plan's first days
        let overdue = try cli.run(["report", "overdue", "--as-of", "2022-12-31", "--format", "json"])
        let report = try #require(try overdue.json() as? [String: Any])
        #expect((report["targets"] as? [Any])?.isEmpty == true)
    }
}
