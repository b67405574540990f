import Foundation
import Testing

@Suite struct TargetsCommandTests {
    @Test func targetsCarryTheirFieldsInJSON() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        #expect(sample.targets.count >= 4)
        let keys: Set<String> = [
            "id", "plan_id", "metric", "kind", "value", "value_max", "unit", "comparator", "deadline",
            "deadline_source", "recurring", "increment", "aspirational", "responsible", "review_state",
            "sources",
        ]
        for target in sample.targets {
            #expect(keys.isSubset(of: Set(target.keys)))
            #expect(target["review_state"] as? String == "extracted")
        }
        _ = try sample.stockTarget()
        _ = try sample.loanTarget()
    }

    @Test(arguments: [
        (["--plan", "1"], true),
        (["--plan", "2"], false),
        (["--due-before", "2024-01-01"], true),
        (["--due-before", "2023-06-30"], false),
        (["--unit", "市财政局"], true),
        (["--unit", "市教育局"], false),
    ])
    func filtersNarrowTheList(_ filter: [String], _ expectsTargets: Bool) throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["targets", "--format", "json"] + filter)
        #expect(run.status == 0, "\(run.stderr)")
        let list = try #require(try run.json() as? [[String: Any]])
        #expect(!list.isEmpty == expectsTargets, "\(filter): \(list.count) targets")
    }

    @Test func aBadDateIsRefusedByTheFlag() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let run = try cli.run(["targets", "--due-before", "2023-02-30"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--due-before"))
    }

    @Test func tableAndMarkdownShowTheTargets() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let table = try sample.cli.run(["targets"])
        #expect(table.stdout.contains(stock.metric))
        let markdown = try sample.cli.run(["targets", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("| ID |"))
    }
}
