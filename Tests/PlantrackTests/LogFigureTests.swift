import Foundation
import Testing

/// A plan with a level, an increment and a percentage target.
private let plan = """
    2023年全市科技工作要点
    一、主要目标
    2023年，高新技术企业总量突破600家，新增高新技术企业100家以上，研发投入强度达到3.55%，万元产值能耗下降3%。
    """

/// A database with the plan imported, and the id of the target whose metric is `metric`.
private func imported(_ cli: CLIHarness) throws -> (String) throws -> String {
    #expect(try cli.run(["import", try cli.write(plan, to: "plan.txt")]).status == 0)
    let listed = try cli.run(["targets", "--format", "json"])
    let targets = try #require(try listed.json() as? [[String: Any]])
    return { quotePart in
        let match = try #require(
            targets.first { target in
                ((target["sources"] as? [[String: Any]])?.first?["quote"] as? String)?.contains(quotePart)
                    == true
            }, "no target quoting \(quotePart)")
        return String(try #require((match["id"] as? NSNumber)?.int64Value))
    }
}

@Suite struct LogFigureTests {
    @Test func aNegativeValueNeedsNoDoubleDash() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let id = try imported(cli)("100家以上")
        let run = try cli.run(["log", id, "2023Q4", "-3"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("-3家"))
        #expect(try cli.run(["show", id]).stdout.contains("-3家"))
    }

    @Test func aFractionAgainstAPercentageIsRefusedWithAHint() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let id = try imported(cli)("研发投入强度")
        // When 0.0355 is logged against 3.55%
        let refused = try cli.run(["log", id, "2023", "0.0355"])
        // Then it is refused with the percentage meant, and nothing is stored
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("did you mean 3.55%?"))
        #expect(refused.stderr.contains("--as-is"))
        #expect(!(try cli.run(["show", id]).stdout.contains("0.0355")))
        // And with --as-is, or as a percentage, it is stored
        let asIs = try cli.run(["log", id, "2023", "0.0355", "--as-is"])
        #expect(asIs.status == 0, "\(asIs.stderr)")
        #expect(asIs.stdout.contains("0.0355%"))
        #expect(try cli.run(["log", id, "2023", "3.55%", "--replace"]).status == 0)
        // And a CSV row is refused alike, naming its line
        let csv = try cli.write("target,period,value\n\(id),2022,0.034\n", to: "figures.csv")
        let sheet = try cli.run(["log", "--csv", csv])
        #expect(sheet.status != 0)
        #expect(sheet.stderr.contains("line 2, field value") && sheet.stderr.contains("3.4%?"))
    }

    @Test func aHundredfoldShareIsRefusedWithAHint() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let ids = try imported(cli)
        let share = try ids("研发投入强度")
        // When 355 is logged against 3.55%
        let refused = try cli.run(["log", share, "2023", "355"])
        // Then it is refused with the percentage meant, and nothing is stored
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("above 100%") && refused.stderr.contains("did you mean 3.55%?"))
        #expect(refused.stderr.contains("--as-is"))
        #expect(!(try cli.run(["show", share]).stdout.contains("355%")))
        // And a CSV names every bad row, storing none
        let csv = try cli.write(
            "target,period,value\n\(share),2021,320\n\(share),2022,3.4\n\(share),2023,1200%\n",
            to: "figures.csv")
        let sheet = try cli.run(["log", "--csv", csv])
        #expect(sheet.status != 0)
        #expect(
            sheet.stderr.contains("line 2, field value") && sheet.stderr.contains("3.2%?"), "\(sheet.stderr)")
        #expect(
            sheet.stderr.contains("line 4, field value") && sheet.stderr.contains("12%?"), "\(sheet.stderr)")
        #expect(!sheet.stderr.contains("line 3"))
        #expect(!(try cli.run(["show", share]).stdout.contains("3.4%")))
        // And --as-is stores it as typed
        let asIs = try cli.run(["log", share, "2023", "355", "--as-is"])
        #expect(asIs.status == 0, "\(asIs.stderr)")
        #expect(asIs.stdout.contains("355%"))
    }

    @Test(arguments: [("100家以上", "250"), ("总量突破600家", "1200"), ("能耗下降3%", "-120")])
    func figuresThatMayPassAHundredAreStored(_ quotePart: String, _ value: String) throws {
        // Counts are no shares, and a change in percent may pass 100: their figures are stored
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let id = try imported(cli)(quotePart)
        let run = try cli.run(["log", id, "2023", value])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func levelPeriodsOverlapAndIncrementPeriodsDoNot() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let ids = try imported(cli)
        let level = try ids("总量突破600家")
        let increment = try ids("100家以上")
        // A level is a reading at a date: a 2023 figure may follow a 2023H1 one
        #expect(try cli.run(["log", level, "2023H1", "550"]).status == 0)
        let year = try cli.run(["log", level, "2023", "610"])
        #expect(year.status == 0, "\(year.stderr)")
        // but not a second reading of the same day
        let sameDay = try cli.run(["log", level, "2023Q4", "612"])
        #expect(sameDay.status != 0)
        #expect(sameDay.stderr.contains("ends on the same day as the figure for 2023"))
        // An increment's figures are added up: overlapping periods would count twice
        #expect(try cli.run(["log", increment, "2023H1", "40"]).status == 0)
        let overlap = try cli.run(["log", increment, "2023", "90"])
        #expect(overlap.status != 0)
        #expect(overlap.stderr.contains("overlaps the figure for 2023H1"))
        #expect(overlap.stderr.contains("added up"))
    }

    @Test func aReplacedFigureKeepsItsNoteUnlessANewOneIsGiven() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let id = try imported(cli)("总量突破600家")
        #expect(try cli.run(["log", id, "2023", "600", "--note", "统计快报"]).status == 0)
        #expect(try cli.run(["log", id, "2023", "612", "--replace"]).status == 0)
        let progress = try cli.run(["show", id]).stdout
        let current = try #require(progress.split(separator: "\n").first { $0.contains("612家") })
        #expect(current.contains("统计快报"))
        #expect(try cli.run(["log", id, "2023", "615", "--replace", "--note", "年报"]).status == 0)
        let renewed = try cli.run(["show", id]).stdout
        let latest = try #require(renewed.split(separator: "\n").first { $0.contains("615家") })
        #expect(latest.contains("年报") && !latest.contains("统计快报"))
    }

    @Test func aCSVLoggedTwiceListsEveryDuplicateRow() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let ids = try imported(cli)
        let level = try ids("总量突破600家")
        let increment = try ids("100家以上")
        let csv = try cli.write(
            "target,period,value\n\(level),2023,610\n\(increment),2023,120\n\(level),2022,500\n",
            to: "figures.csv")
        #expect(try cli.run(["log", "--csv", csv]).status == 0)
        let again = try cli.run(["log", "--csv", csv])
        #expect(again.status != 0)
        for line in 2...4 { #expect(again.stderr.contains("line \(line): target")) }
        #expect(again.stderr.contains("nothing was logged"))
    }

    @Test(arguments: [
        "指标,期间,数值,备注",
        "目标编号,期间,数值,备注",
        "target,期间,value,note",
    ])
    func chineseColumnNamesAreAccepted(_ header: String) throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let id = try imported(cli)("总量突破600家")
        let csv = try cli.write("\(header)\n\(id),2023,610,统计公报\n", to: "figures.csv")
        let run = try cli.run(["log", "--csv", csv])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try cli.run(["show", id]).stdout.contains("统计公报"))
    }

    @Test func anOfficeSheetWithRowNumbersAndChinesePeriodsIsLogged() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let id = try imported(cli)("总量突破600家")
        let csv = try cli.write(
            "序号,指标,统计期,数值,填报单位\n1,\(id),2023年上半年,580,市科技局\n2,\(id),2023年第四季度,610,市科技局\n",
            to: "figures.csv")
        let run = try cli.run(["log", "--csv", csv])
        #expect(run.status == 0, "\(run.stderr)")
        let shown = try cli.run(["show", id]).stdout
        #expect(shown.contains("2023H1") && shown.contains("2023Q4"), "\(shown)")
    }
}
