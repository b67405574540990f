import Foundation
import Testing

@Suite struct ReviewLoopTests {
    private func reviewStates(_ sample: SamplePlan) throws -> [Int64: String] {
        let list = try #require(
            try sample.cli.run(["targets", "--format", "json"]).json() as? [[String: Any]])
        var states: [Int64: String] = [:]
        for target in list {
            if let id = (target["id"] as? NSNumber)?.int64Value {
                states[id] = target["review_state"] as? String
            }
        }
        return states
    }

    @Test func reviewListsUnreviewedTargetsInContext() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let run = try sample.cli.run(["targets", "review"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("\(sample.targets.count) targets to review"))
        #expect(run.stdout.contains("【\(stock.quote)】"))
        #expect(
            try sample.cli.run(
                ["targets", "confirm"] + sample.targets.compactMap { ($0["id"] as? NSNumber)?.stringValue }
            ).status == 0)
        #expect(try sample.cli.run(["targets", "review"]).stdout == "Every target has been reviewed.\n")
    }

    @Test func confirmRejectAndEditAreRecordedInTheHistory() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let increment = try sample.incrementTarget()
        let loan = try sample.loanTarget()
        #expect(try sample.cli.run(["targets", "confirm", String(stock.id), "--by", "李华"]).status == 0)
        #expect(
            try sample.cli.run(["targets", "reject", String(increment.id), "--reason", "counted twice"])
                .status == 0)
        let edited = try sample.cli.run([
            "targets", "edit", String(loan.id), "--value", "6亿元", "--deadline", "2024-06-30",
        ])
        #expect(edited.status == 0, "\(edited.stderr)")
        let states = try reviewStates(sample)
        #expect(states[stock.id] == "confirmed")
        #expect(states[increment.id] == "rejected")
        #expect(states[loan.id] == "edited")

        let history = try #require(
            try sample.cli.run(["history", String(loan.id), "--format", "json"]).json() as? [[String: Any]])
        let value = try #require(history.first { $0["field"] as? String == "value" })
        #expect(value["old_value"] as? String == "500000000")
        #expect(value["new_value"] as? String == "600000000")
        let confirmed = try sample.cli.run(["history", String(stock.id)])
        #expect(confirmed.stdout.contains("李华"))
        let rejected = try sample.cli.run(["history", String(increment.id)])
        #expect(rejected.stdout.contains("counted twice"))

        // Rejected targets leave the reports.
        let report = try #require(
            try sample.cli.run(["report", "status", "--format", "json"]).json() as? [String: Any])
        let rows = try #require(report["targets"] as? [[String: Any]])
        #expect(!rows.contains { ($0["target_id"] as? NSNumber)?.int64Value == increment.id })
    }

    @Test(arguments: [
        (["--value", "5亿元"], "元"),
        (["--value", "lots"], "not a number"),
        (["--comparator", "gt"], "--comparator"),
        ([String](), "at least one field"),
    ])
    func badEditsAreRefused(_ flags: [String], _ mentioned: String) throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let run = try sample.cli.run(["targets", "edit", String(stock.id)] + flags)
        #expect(run.status != 0)
        #expect(run.stderr.contains(mentioned), "\(run.stderr)")
        #expect(try reviewStates(sample)[stock.id] == "extracted")
    }

    @Test func addNeedsAQuoteFromThePlan() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let added = try sample.cli.run([
            "targets", "add", "--plan", "1", "--quote", "全年备案贷款突破5亿元", "--metric", "全年备案贷款",
            "--value", "5亿元", "--increment", "true", "--deadline", "2023-12-31",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("全年备案贷款"))
        let missing = try sample.cli.run([
            "targets", "add", "--plan", "1", "--quote", "不存在的句子", "--metric", "x", "--value", "5家",
        ])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("不存在的句子"))
        let list = try #require(
            try sample.cli.run(["targets", "--format", "json"]).json() as? [[String: Any]])
        #expect(list.count == sample.targets.count + 1)
    }

    @Test func addRefusesAnExactDuplicateUnlessAsNew() throws {
        // Given a target added by hand
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let flags = [
            "targets", "add", "--plan", "1", "--quote", "全年备案贷款突破5亿元", "--metric", "全年备案贷款",
            "--value", "5亿元", "--increment", "true", "--deadline", "2023-12-31",
        ]
        let first = try sample.cli.run(flags)
        #expect(first.status == 0, "\(first.stderr)")
        let id = try #require(first.stdout.split(separator: " ").first { $0.hasPrefix("#") }?.dropFirst())
        // When the same target is added again
        let again = try sample.cli.run(flags)
        // Then it is refused in one line naming the existing id, and nothing is added
        #expect(again.status != 0)
        #expect(again.stderr.contains("already has this target as #\(id)"), "\(again.stderr)")
        #expect(again.stderr.split(separator: "\n").count == 1, "\(again.stderr)")
        let count = {
            try #require(try sample.cli.run(["targets", "--format", "json"]).json() as? [[String: Any]]).count
        }
        #expect(try count() == sample.targets.count + 1)
        // And --as-new adds it all the same
        #expect(try sample.cli.run(flags + ["--as-new"]).status == 0)
        #expect(try count() == sample.targets.count + 2)
    }

    @Test func importReplaceKeepsProgressAndReportsDifferences() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let increment = try sample.incrementTarget()
        let stock = try sample.stockTarget()
        #expect(try sample.cli.run(["log", String(increment.id), "2023Q2", "40"]).status == 0)
        #expect(try sample.cli.run(["targets", "confirm", String(increment.id)]).status == 0)
        // A newer version: one target changed, one added.
        let original = try String(
            contentsOf: try CLIHarness.fixture("plans/sample-plan.txt"), encoding: .utf8)
        let newer = original.replacingOccurrences(of: "突破600家", with: "突破650家")
            .replacingOccurrences(of: "布局新建重点实验室5家以上。", with: "布局新建重点实验室5家以上，新增省级工程研究中心3家。")
        let folder = sample.cli.folder.appendingPathComponent("v2", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("sample-plan.txt").path
        try Data(newer.utf8).write(to: URL(fileURLWithPath: path))
        let run = try sample.cli.run(["import", "--replace", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("replaced"))
        #expect(run.stdout.contains("+ #"))
        // The changed figure (600 → 650) keeps its target, which takes the new value.
        #expect(!run.stdout.contains("- #"))
        let stored = try #require(
            try sample.cli.run(["targets", "--format", "json"]).json() as? [[String: Any]])
        let revised = try #require(stored.first { ($0["id"] as? NSNumber)?.int64Value == stock.id })
        #expect((revised["value"] as? NSNumber)?.doubleValue == 650)
        let plans = try #require(
            try sample.cli.run(["plans", "--format", "json"]).json() as? [[String: Any]])
        #expect(plans.count == 1)
        let states = try reviewStates(sample)
        #expect(states[increment.id] == "confirmed")
        let show = try sample.cli.run(["show", String(increment.id)])
        #expect(show.stdout.contains("2023Q2"))
    }
}
