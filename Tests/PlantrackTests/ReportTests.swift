import Foundation
import Testing

/// The sample plan with figures: the stock target short of 600 (latest figure 580), the
/// increment target short of 100 (40 + 45), the loan target short of 5亿元 (one figure, 3.5亿元).
private func sampleWithFigures() throws -> SamplePlan {
    let sample = try SamplePlan()
    let stock = try sample.stockTarget()
    let increment = try sample.incrementTarget()
    let loan = try sample.loanTarget()
    let csv = """
        target,period,value
        \(stock.id),2023Q2,540
        \(stock.id),2023Q4,580
        \(increment.id),2023Q2,40
        \(increment.id),2023Q4,45
        \(loan.id),2023H2,3.5亿元

        """
    let path = try sample.cli.write(csv, to: "figures.csv")
    let logged = try sample.cli.run(["log", "--csv", path])
    #expect(logged.status == 0, "\(logged.stderr)")
    return sample
}

@Suite struct ReportCommandTests {
    @Test func overdueReportInJSON() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let loan = try sample.loanTarget()
        let run = try sample.cli.run(["report", "overdue", "--as-of", "2024-06-30", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try run.json() as? [String: Any])
        #expect(report["as_of"] as? String == "2024-06-30")
        let rows = try #require(report["targets"] as? [[String: Any]])
        let stockRow = try #require(rows.first { ($0["target_id"] as? NSNumber)?.int64Value == stock.id })
        #expect(stockRow["achieved"] as? Double == 580)
        #expect(stockRow["gap"] as? Double == 20)
        #expect(stockRow["days_overdue"] as? Int == 182)
        #expect(stockRow["last_period"] as? String == "2023Q4")
        #expect(stockRow["deadline"] as? String == "2023-12-31")
        let increment = try sample.incrementTarget()
        let incrementRow = try #require(
            rows.first { ($0["target_id"] as? NSNumber)?.int64Value == increment.id })
        #expect(incrementRow["achieved"] as? Double == 85)
        #expect(incrementRow["gap"] as? Double == 15)
        #expect(incrementRow["percent_achieved"] as? Double == 85)
        let loanRow = try #require(rows.first { ($0["target_id"] as? NSNumber)?.int64Value == loan.id })
        #expect(loanRow["achieved"] as? Double == 350_000_000)
        #expect(loanRow["gap"] as? Double == 150_000_000)
        #expect(loanRow["percent_achieved"] as? Double == 70)
    }

    @Test func nothingIsOverdueBeforeTheDeadline() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        for day in ["2023-06-30", "2023-12-31"] {
            let run = try sample.cli.run(["report", "overdue", "--as-of", day])
            #expect(run.status == 0)
            #expect(run.stdout == "No target is overdue as of \(day).\n")
        }
    }

    @Test(arguments: [("table", "txt"), ("markdown", "md"), ("csv", "csv")])
    func overdueReportMatchesItsGoldenFile(_ format: String, _ fileExtension: String) throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        // Pin the metrics, so the golden file checks the report, not extraction's wording.
        let metrics: [(Double, String, String)] = [
            (3.55, "%", "研发投入强度"), (100, "家", "新增高新技术企业"), (600, "家", "高新技术企业总量"),
            (500_000_000, "元", "备案贷款"), (3, "家", "市级以上众创空间"), (5, "家", "重点实验室"),
        ]
        for (value, unit, metric) in metrics {
            let target = try sample.target(value: value, unit: unit)
            let edited = try sample.cli.run(["targets", "edit", String(target.id), "--metric", metric])
            #expect(edited.status == 0, "\(edited.stderr)")
        }
        let run = try sample.cli.run(["report", "overdue", "--as-of", "2024-06-30", "--format", format])
        #expect(run.status == 0, "\(run.stderr)")
        try Golden.check(run.stdout, against: "layout/report-overdue.\(fileExtension)")
    }

    @Test func outputFilePicksTheFormatFromItsExtension() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let path = sample.cli.folder.appendingPathComponent("overdue.csv").path
        let run = try sample.cli.run(["report", "overdue", "--as-of", "2024-06-30", "--output", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("Plan,ID,Metric,Target,"))
        #expect(written.contains("\r\n"))
    }

    @Test func csvAmountsAreNumbersInTheBaseUnitWithTheUnitBeside() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let loan = try sample.loanTarget()
        let run = try sample.cli.run(["report", "status", "--as-of", "2024-06-30", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let records = run.stdout.split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let header = try #require(records.first).map(String.init)
        #expect(
            Array(header.prefix(10)) == [
                "Plan", "ID", "Metric", "Target", "Value", "Unit", "Deadline", "Achieved", "Gap", "%",
            ])
        let row = try #require(records.first { $0.count > 1 && $0[1] == "\(loan.id)" })
        let cell = { (title: String) in String(row[header.firstIndex(of: title)!]) }
        #expect(cell("Target") == ">= 5亿元")
        #expect(cell("Value") == "500000000")
        #expect(cell("Unit") == "元")
        #expect(cell("Achieved") == "350000000")
        #expect(cell("Gap") == "150000000")
        #expect(cell("%") == "70")
        // A target without figures leaves its amounts and its last period empty, not `-` or
        // `none`, which a sum or a filter would skip only by luck.
        let unreported = try #require(
            records.first { $0.count > 1 && $0[header.firstIndex(of: "State")!] == "no data" })
        #expect(unreported[header.firstIndex(of: "Achieved")!].isEmpty)
        #expect(unreported[header.firstIndex(of: "Last period")!].isEmpty)
    }

    @Test func jsonNumbersCarryNoMoreDigitsThanTheirInputs() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let intensity = try sample.target(value: 3.55, unit: "%")
        let logged = try sample.cli.run(["log", String(intensity.id), "2023", "3.41"])
        #expect(logged.status == 0, "\(logged.stderr)")
        let run = try sample.cli.run(["report", "status", "--as-of", "2024-06-30", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        // 3.55 − 3.41 is 0.13999999999999968 in binary; 3.41 / 3.55 is 96.05633802816902%.
        #expect(run.stdout.contains("\"gap\" : 0.14,"))
        #expect(run.stdout.contains("\"percent_achieved\" : 96.0563,"))
        let longNumber = try Regex("[0-9]\\.[0-9]{7,}")
        #expect(run.stdout.firstMatch(of: longNumber) == nil, "no number carries float noise")
    }

    @Test func aBadAsOfDateIsRefused() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let run = try cli.run(["report", "overdue", "--as-of", "2024-02-30"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--as-of"))
    }
}

@Suite struct StatusAndUnitReportTests {
    @Test func statusListsEveryTargetWithItsState() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["report", "status", "--as-of", "2023-06-30", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try run.json() as? [String: Any])
        #expect(report["report"] as? String == "status")
        let rows = try #require(report["targets"] as? [[String: Any]])
        #expect(rows.count == sample.targets.count)
        let stock = try sample.stockTarget()
        let stockRow = try #require(rows.first { ($0["target_id"] as? NSNumber)?.int64Value == stock.id })
        #expect(stockRow["achieved"] as? Double == 540)
        #expect(rows.allSatisfy { $0.keys.contains("pace_ratio") && $0.keys.contains("percent_achieved") })
        let states = Set(rows.compactMap { $0["state"] as? String })
        #expect(states.contains("no data"))
        #expect(!states.contains("overdue"))
    }

    @Test func statusTableCountsStates() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["report", "status", "--as-of", "2024-06-30"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Status as of 2024-06-30: "))
        #expect(run.stdout.contains("overdue"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func unitsReportOneRowPerResponsibleUnit() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["report", "units", "--as-of", "2024-06-30", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try run.json() as? [String: Any])
        let units = try #require(report["units"] as? [[String: Any]])
        let names = units.compactMap { $0["name"] as? String }
        #expect(names.contains("市财政局"))
        #expect(Set(names).count == names.count)
        for unit in units {
            let counts = try #require(unit["counts"] as? [String: Int])
            #expect(counts.values.reduce(0, +) == unit["targets"] as? Int)
        }
        let table = try sample.cli.run(["report", "units", "--as-of", "2024-06-30"])
        #expect(table.stdout.contains("市财政局"))
    }

    @Test func unitsReportCountsTargetsWithoutAUnitInARowOfTheirOwn() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let statuses = try sample.cli.run(["report", "status", "--as-of", "2024-06-30", "--format", "json"])
        let rows = try #require((try statuses.json() as? [String: Any])?["targets"] as? [[String: Any]])
        let unnamed = rows.filter { ($0["responsible"] as? [String])?.isEmpty == true }
        #expect(unnamed.count >= 3, "the sample's main goals name no unit")

        let run = try sample.cli.run(["report", "units", "--as-of", "2024-06-30", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let units = try #require((try run.json() as? [String: Any])?["units"] as? [[String: Any]])
        let last = try #require(units.last)
        #expect(last["name"] is NSNull, "the row without a unit comes last, its name null")
        #expect(last["targets"] as? Int == unnamed.count)
        #expect(units.dropLast().allSatisfy { $0["name"] is String })

        let table = try sample.cli.run(["report", "units", "--as-of", "2024-06-30"])
        let lastLine = try #require(table.stdout.split(separator: "\n").last)
        #expect(lastLine.hasPrefix("(no unit named)"))
        #expect(lastLine.contains(" \(unnamed.count) "))
    }

    @Test(
        arguments: [
            (["report", "overdue", "--as-of", "2024-06-30", "--fail-on", "overdue"], 1),
            (["report", "overdue", "--as-of", "2023-06-30", "--fail-on", "overdue"], 0),
            (["report", "status", "--as-of", "2024-06-30", "--fail-on", "off-track,overdue"], 1),
            (["report", "status", "--as-of", "2024-06-30", "--fail-on", "breached"], 0),
            (["report", "status", "--as-of", "2023-06-30", "--fail-on", "no-data"], 1),
        ] as [([String], Int32)])
    func failOnSetsTheExitStatus(_ arguments: [String], _ expected: Int32) throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(arguments)
        #expect(run.status == expected, "\(run.stderr)")
        #expect(!run.stdout.isEmpty, "the report is still printed")
    }

    @Test func statusAndOverdueCountTheSameOverdueTargets() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let overdue = try sample.cli.run(["report", "overdue", "--as-of", "2024-06-30", "--format", "json"])
        let rows = try #require((try overdue.json() as? [String: Any])?["targets"] as? [[String: Any]])
        #expect(
            rows.contains { $0["last_period"] is NSNull }, "the sample has overdue targets without figures")
        let said = "\(rows.count) target\(rows.count == 1 ? " is" : "s are") overdue (--fail-on)"
        for report in ["overdue", "status"] {
            let run = try sample.cli.run(["report", report, "--as-of", "2024-06-30", "--fail-on", "overdue"])
            #expect(run.status == 1)
            #expect(run.stderr.contains(said), "\(report): \(run.stderr)")
        }
        let status = try sample.cli.run(["report", "status", "--as-of", "2024-06-30"])
        #expect(status.stdout.contains("past the deadline)"), "\(status.stdout)")
    }

    @Test func anUnknownFailOnStateIsRefused() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let run = try cli.run(["report", "status", "--fail-on", "late"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("late"))
    }
}

@Suite struct ReportOfAMissingPlanTests {
    @Test(arguments: [
        ["report", "status"], ["report", "overdue"], ["report", "missing"], ["report", "units"],
    ])
    func aPlanThatIsNotThereFails(_ command: [String]) throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(command + ["--plan", "99"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("no plan 99: see `plantrack plans` for the ids"))
        #expect(run.stdout.isEmpty)
    }
}

@Suite struct OutputNameTests {
    @Test func aTextFileTakesAnyTextFormat() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["report", "status", "--output", "status.txt", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let written = try String(
            contentsOf: sample.cli.folder.appendingPathComponent("status.txt"), encoding: .utf8)
        #expect(written.hasPrefix("{"))
    }

    @Test(arguments: [
        (
            ["--output", "status.xlsx", "--format", "csv"],
            "--output status.xlsx: the file's extension says xlsx, --format says csv"
        ),
        (["--output", "status.pdf"], "--output status.pdf: plantrack does not write .pdf files"),
        (["--output", "status.docx", "--format", "html"], "plantrack does not write .docx files"),
    ])
    func aFileNameThatPromisesAnotherFormatIsRefused(_ arguments: [String], _ message: String) throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["report", "status"] + arguments)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: sample.cli.folder.path)
        #expect(!written.contains { $0.hasPrefix("status.") })
    }
}

@Suite struct HTMLReportTests {
    @Test func htmlIsOneSelfContainedPageWithCharts() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let path = sample.cli.folder.appendingPathComponent("status.html").path
        let run = try sample.cli.run(["report", "status", "--as-of", "2024-06-30", "--output", path])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        // A chart for each target with figures (three of six): the figures, the target line and
        // the path.
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(html.contains("class=\"figures\""))
        #expect(html.contains("class=\"goal\""))
        #expect(html.contains("class=\"path\""))
        // Nothing fetched from elsewhere.
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(
            !html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http"))
        let stock = try sample.stockTarget()
        #expect(html.contains(stock.metric))
    }

    @Test func planPageNamesItsPlanOnce() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let path = sample.cli.folder.appendingPathComponent("plan.html").path
        let run = try sample.cli.run(["report", "plan", "1", "--as-of", "2024-06-30", "--output", path])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("<h1>Plan 1: "))
        #expect(!html.contains("<h2>Plan 1: "))
    }

    /// The chart of the target whose metric is `metric`, from its `<svg` to its `</svg>`.
    private func chart(of metric: String, in html: String) throws -> String {
        let charts = html.components(separatedBy: "<svg").dropFirst()
        let chart = try #require(
            charts.first { $0.contains("aria-label=\"\(metric):") }, "no chart of \(metric)")
        return String(try #require(chart.components(separatedBy: "</svg>").first))
    }

    @Test func theTargetLineOfAFallStandsBelowZero() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let path = try cli.write("某区2025年政府工作报告\n今年主要预期目标：单位地区生产总值能耗下降3%。\n", to: "plan.txt")
        #expect(try cli.run(["import", path]).status == 0)
        #expect(try cli.run(["log", "1", "2025", "-2.1"]).status == 0)
        let run = try cli.run(["report", "status", "--as-of", "2025-12-31", "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try chart(of: "单位地区生产总值能耗", in: run.stdout)
        // Lower on the page is a larger y: the -3 line lies below the -2.1 figure.
        let lineY = try #require(
            svg.components(separatedBy: "<line class=\"goal\"").dropFirst().first?
                .components(separatedBy: "y1=\"").dropFirst().first?.prefix { $0 != "\"" })
        let figureY = try #require(
            svg.components(separatedBy: "<circle class=\"figure\"").dropFirst().first?
                .components(separatedBy: "cy=\"").dropFirst().first?.prefix { $0 != "\"" })
        #expect(try #require(Double(String(lineY))) > (try #require(Double(String(figureY)))))
    }

    @Test func chartsShowTheFiguresUpToTheAsOfDayWithAxesTargetAndDeadline() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let increment = try sample.incrementTarget()
        // The increment target has 40 (2023Q2) and 45 (2023Q4): 85 by the end of 2023.
        let early = try sample.cli.run(["report", "status", "--as-of", "2023-09-30", "--format", "html"])
        #expect(early.status == 0, "\(early.stderr)")
        let earlyChart = try chart(of: increment.metric, in: early.stdout)
        #expect(earlyChart.components(separatedBy: "<circle class=\"figure\"").count - 1 == 1)
        #expect(earlyChart.contains(">40家</text>"), "the latest figure as of the day is written")
        #expect(!earlyChart.contains("85家"), "a figure after the as-of day is not plotted")

        let late = try sample.cli.run(["report", "status", "--as-of", "2024-06-30", "--format", "html"])
        let lateChart = try chart(of: increment.metric, in: late.stdout)
        #expect(lateChart.components(separatedBy: "<circle class=\"figure\"").count - 1 == 2)
        #expect(lateChart.contains("class=\"figure-value\""))
        #expect(lateChart.contains(">85家</text>"))
        // The metric as written heads the chart; axes with values and dates; target and deadline.
        #expect(
            lateChart.contains(
                "<text class=\"metric\" x=\"0\" y=\"12\" text-anchor=\"start\">\(increment.metric)</text>"))
        #expect(lateChart.components(separatedBy: "class=\"axis\"").count - 1 == 2)
        #expect(lateChart.contains(">0家</text>"))
        #expect(lateChart.contains(">2023-01-01</text>"))
        #expect(lateChart.contains("class=\"deadline\""))
        #expect(lateChart.contains(">2023-12-31</text>"))
        #expect(lateChart.contains("class=\"goal-value\" x=\"61\""))
        #expect(lateChart.contains(">&gt;= 100家</text>"))
    }

    @Test func everyStateHasABadgeStyleAndThePagePrintsOnA4Landscape() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["report", "status", "--as-of", "2024-06-30", "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        for name in [
            "met", "on-track", "at-risk", "off-track", "no-trend", "overdue", "breached", "no-data",
            "not-assessable",
        ] {
            #expect(run.stdout.contains(".\(name)"), "no style for \(name)")
        }
        #expect(run.stdout.contains("@page { size: A4 landscape;"))
        #expect(run.stdout.contains("tr { break-inside: avoid;"))
        #expect(run.stdout.contains("thead { display: table-header-group; }"))
        #expect(run.stdout.contains("<td class=\"metric\">"))
    }

    @Test(arguments: ["overdue", "units"])
    func otherReportsRenderHTMLToo(_ report: String) throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["report", report, "--as-of", "2024-06-30", "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(run.stdout.contains("</html>"))
    }
}

@Suite struct MissingPlanCompareReportTests {
    @Test func missingListsTargetsWithoutFiguresAndWhoToAsk() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["report", "missing", "--as-of", "2023-06-30", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try run.json() as? [String: Any])
        let rows = try #require(report["targets"] as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["state"] as? String == "no data" })
        let stock = try sample.stockTarget()
        #expect(!rows.contains { ($0["target_id"] as? NSNumber)?.int64Value == stock.id }, "it has a figure")
        let table = try sample.cli.run(["report", "missing", "--as-of", "2023-06-30"])
        #expect(table.stdout.contains("市科技局"))
    }

    @Test func planScorecardDescribesThePlan() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["report", "plan", "1", "--as-of", "2024-06-30"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Plan 1: "))
        #expect(run.stdout.contains("As of 2024-06-30: "))
        let missing = try sample.cli.run(["report", "plan", "7"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no plan 7"))
    }

    @Test func compareFindsTheMetricAcrossPlans() throws {
        let sample = try sampleWithFigures()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let run = try sample.cli.run([
            "report", "compare", "高新技术企业", "--as-of", "2024-06-30", "--format", "json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try run.json() as? [String: Any])
        let rows = try #require(report["targets"] as? [[String: Any]])
        #expect(rows.count >= 2)
        #expect(rows.allSatisfy { ($0["metric"] as? String)?.contains("高新技术企业") == true })
        #expect(rows.contains { ($0["target_id"] as? NSNumber)?.int64Value == stock.id })
    }
}
