import Foundation
import Testing

/// A plan over 2021–2025 whose targets are changes from the level of 2020.
private let fiveYearPlan = """
    某市"十四五"节能减排综合工作方案（2021—2025年）
    某市人民政府
    2021年6月1日
    一、主要目标
    到2025年，单位地区生产总值能耗比2020年下降13.5%，数字经济核心产业增加值占地区生产总值比重比"十三五"末提高5个百分点。
    责任单位：市发展改革委
    """

/// A yearly plan whose target is a change from the year before.
private let yearlyPlan = """
    某市2024年工作要点
    一、主要目标
    规模以上工业增加值比上年增长8%。
    """

/// `(state, achieved, pace_ratio)` of target `id` in `report status --format json`.
private func judged(_ cli: CLIHarness, _ id: Int, asOf: String) throws -> (String, Double?, Double?) {
    let run = try cli.run(["report", "status", "--as-of", asOf, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let report = try #require(try run.json() as? [String: Any])
    let rows = try #require(report["targets"] as? [[String: Any]])
    let row = try #require(rows.first { ($0["target_id"] as? NSNumber)?.intValue == id })
    return (
        row["state"] as? String ?? "", (row["achieved"] as? NSNumber)?.doubleValue,
        (row["pace_ratio"] as? NSNumber)?.doubleValue
    )
}

@Suite struct BaseYearChangeTests {
    @Test func aFallFromABaseYearIsJudgedFromLoggedLevels() throws {
        // Given 单位地区生产总值能耗比2020年下降13.5%, due 2025, and its 2023 level
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", try cli.write(fiveYearPlan, to: "plan.txt")]).status == 0)
        let logged = try cli.run(["log", "1", "2023", "0.54"])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(logged.stdout.contains("Logged 0.54 for 2023"), "a level, not 0.54%: \(logged.stdout)")
        // When 2020 has no figure, the state says the base is missing, never off track
        #expect(try judged(cli, 1, asOf: "2024-06-30").0 == "no baseline")
        let show = try cli.run(["show", "1", "--as-of", "2024-06-30"])
        #expect(show.stdout.contains("no level logged for 2020"), "\(show.stdout)")
        let missing = try cli.run(["report", "missing", "--as-of", "2024-06-30"])
        #expect(missing.stdout.contains("base 2020"), "\(missing.stdout)")
        // Then with the 2020 level the change is -10 %, ahead of the 9.44 % due by mid-2024
        #expect(try cli.run(["log", "1", "2020", "0.60"]).status == 0)
        let (state, achieved, pace) = try judged(cli, 1, asOf: "2024-06-30")
        #expect(state == "on track")
        #expect(abs((achieved ?? 0) + 10) < 1e-6)
        #expect(abs((pace ?? 0) - 1.0592) < 1e-3)
        #expect(!(try cli.run(["report", "missing", "--as-of", "2024-06-30"]).stdout.contains("单位地区生产总值能耗")))
        // And a 2025 level 13.3 % below 2020 misses the fall, one 15 % below meets it
        #expect(try cli.run(["log", "1", "2025", "0.52"]).status == 0)
        #expect(try judged(cli, 1, asOf: "2026-01-10").0 == "overdue")
        #expect(try cli.run(["log", "1", "2025", "0.51", "--replace"]).status == 0)
        #expect(try judged(cli, 1, asOf: "2026-01-10").0 == "met")
    }

    @Test func aBaselineTheOfficeSetsStandsForTheBaseYearsFigure() throws {
        // Given the change in points from 2020 with only a 2024 level, 44 %
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", try cli.write(fiveYearPlan, to: "plan.txt")]).status == 0)
        #expect(try cli.run(["log", "2", "2024", "44"]).status == 0)
        #expect(try judged(cli, 2, asOf: "2025-01-10").0 == "no baseline")
        // When the office sets the 2020 level, 40 %
        let edited = try cli.run(["targets", "edit", "2", "--baseline", "40", "--baseline-period", "2020"])
        #expect(edited.status == 0, "\(edited.stderr)")
        // Then the change is 4 points of the 5 promised: on the 4.01 due by 2025-01-10, on track
        let (state, achieved, _) = try judged(cli, 2, asOf: "2025-01-10")
        #expect(state == "on track")
        #expect(abs((achieved ?? 0) - 4) < 1e-6)
    }

    @Test func aDoublingIsAGrowthOfAHundredPercentFromItsBaseYear() throws {
        // Given 研发经费投入在2020年基础上翻一番 by 2025, with 80 for 2020 and 140 for 2024
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let plan = fiveYearPlan.replacingOccurrences(
            of: "数字经济核心产业增加值占地区生产总值比重比\"十三五\"末提高5个百分点", with: "全社会研发经费投入在2020年基础上翻一番")
        #expect(try cli.run(["import", try cli.write(plan, to: "plan.txt")]).status == 0)
        #expect(try cli.run(["log", "2", "2020", "80"]).status == 0)
        #expect(try cli.run(["log", "2", "2024", "140"]).status == 0)
        // Then it has grown 75 % of the 100 % promised, against 80 % due by 2024-12-31: at risk
        let (state, achieved, pace) = try judged(cli, 2, asOf: "2024-12-31")
        #expect(abs((achieved ?? 0) - 75) < 1e-6)
        #expect(abs((pace ?? 0) - 75 / (100 * 1461 / 1826.0)) < 1e-3)
        #expect(state == "at risk")
        // And 160 in 2025 doubles it: met
        #expect(try cli.run(["log", "2", "2025", "160"]).status == 0)
        #expect(try judged(cli, 2, asOf: "2026-01-10").0 == "met")
    }

    @Test func eachYearOfARecurringChangeIsMeasuredFromTheYearBefore() throws {
        // Given 规模以上工业增加值每年比上年增长8% over 2021–2025, with levels for 2021 to 2023
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let plan = "某市\"十四五\"工业发展规划（2021—2025年）\n一、主要目标\n到2025年，规模以上工业增加值每年比上年增长8%。\n"
        #expect(try cli.run(["import", try cli.write(plan, to: "plan.txt")]).status == 0)
        for (year, level) in [("2021", "100"), ("2022", "110"), ("2023", "115")] {
            #expect(try cli.run(["log", "1", year, level]).status == 0)
        }
        // When judged early in 2024
        let run = try cli.run(["report", "status", "--as-of", "2024-01-10", "--format", "json"])
        let rows = try #require((try run.json() as? [String: Any])?["targets"] as? [[String: Any]])
        let states = Dictionary(
            uniqueKeysWithValues: rows.compactMap { row -> (Int, String)? in
                guard let year = (row["instance_year"] as? NSNumber)?.intValue else { return nil }
                return (year, row["state"] as? String ?? "")
            })
        // Then 2021 lacks the 2020 level, 2022 grew 10 %, 2023 only 4.5 %, 2024 has no figure yet
        #expect(states == [2021: "no baseline", 2022: "met", 2023: "overdue", 2024: "no data"])
        #expect(
            rows.first { ($0["instance_year"] as? NSNumber)?.intValue == 2021 }?["base_year"] as? NSNumber
                == 2020)
    }

    @Test func aChangeFromTheYearBeforeIsMeasuredFromItsLevel() throws {
        // Given 规模以上工业增加值比上年增长8% in the 2024 work plan
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", try cli.write(yearlyPlan, to: "plan.txt")]).status == 0)
        let listed = try #require(try cli.run(["targets", "--format", "json"]).json() as? [[String: Any]])
        #expect((listed.first?["base_year"] as? NSNumber)?.intValue == 2023, "\(listed)")
        // When 2023 and 2024 levels are logged, 1000 and 1085
        #expect(try cli.run(["log", "1", "2023", "1000"]).status == 0)
        #expect(try cli.run(["log", "1", "2024", "1085"]).status == 0)
        // Then the growth is 8.5 %: met
        let (state, achieved, _) = try judged(cli, 1, asOf: "2025-01-10")
        #expect(state == "met")
        #expect(abs((achieved ?? 0) - 8.5) < 1e-6)
        // And 1070 (7 %) misses it once the year is over
        #expect(try cli.run(["log", "1", "2024", "1070", "--replace"]).status == 0)
        #expect(try judged(cli, 1, asOf: "2025-01-10").0 == "overdue")
    }

    @Test func aBaseYearNotEndedYetAsksForNothing() throws {
        // Given 规模以上工业增加值比上年增长8% in the 2024 work plan, measured from 2023
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", try cli.write(yearlyPlan, to: "plan.txt")]).status == 0)
        // When judged in mid-2023, before its base year has ended
        // Then it has no data like any target not yet due, and no figure is asked for
        #expect(try judged(cli, 1, asOf: "2023-06-30").0 == "no data")
        let early = try cli.run(["report", "missing", "--as-of", "2023-06-30"])
        #expect(!early.stdout.contains("规模以上工业增加值"), "\(early.stdout)")
        let failing = try cli.run(["report", "status", "--as-of", "2023-06-30", "--fail-on", "no-baseline"])
        #expect(failing.status == 0, "\(failing.stdout)")
        // And once 2023 has ended without a level, the 2023 level is missing
        #expect(try judged(cli, 1, asOf: "2024-01-10").0 == "no baseline")
        let late = try cli.run(["report", "missing", "--as-of", "2024-01-10"])
        #expect(late.stdout.contains("base 2023"), "\(late.stdout)")
    }

    @Test func aLevelIsLoggedWithTheUnitOfItsStatistic() throws {
        // Given 规模以上工业增加值比上年增长8%, a growth rate in %
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", try cli.write(yearlyPlan, to: "plan.txt")]).status == 0)
        // When its levels are logged in 亿元, one on the command line and one in a CSV
        let logged = try cli.run(["log", "1", "2023", "1000亿元"])
        #expect(logged.status == 0, "\(logged.stderr)")
        let csv = try cli.write("target,period,value\n1,2024,1085亿元\n", to: "levels.csv")
        let fromCSV = try cli.run(["log", "--csv", csv])
        #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
        // Then they are stored in 元 and the growth is 8.5 %: met
        let (state, achieved, _) = try judged(cli, 1, asOf: "2025-01-10")
        #expect(state == "met")
        #expect(abs((achieved ?? 0) - 8.5) < 1e-6)
    }
}
