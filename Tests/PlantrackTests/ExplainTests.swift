import Foundation
import Testing

@Suite struct ExplainCommandTests {
    @Test func explainNamesTheWordsOfEachField() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let increment = try sample.incrementTarget()
        let run = try sample.cli.run(["explain", String(increment.id)])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Target \(increment.id): "))
        for row in ["comparator", "increment", "deadline", "section", "In context:"] {
            #expect(run.stdout.contains(row), "no \(row) in \(run.stdout)")
        }
        #expect(run.stdout.contains("以上"))
        #expect(run.stdout.contains("新增"))
        #expect(run.stdout.contains("【新增】"))
    }

    @Test func explainAsJSONGivesEachFieldItsWords() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let increment = try sample.incrementTarget()
        let run = try sample.cli.run(["explain", String(increment.id), "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let targets = try #require(object["targets"] as? [[String: Any]])
        let fields = try #require(targets.first?["fields"] as? [[String: Any]])
        let words = Dictionary(
            uniqueKeysWithValues: fields.compactMap { field -> (String, String)? in
                guard let name = field["name"] as? String, let words = field["words"] as? String else {
                    return nil
                }
                return (name, words)
            })
        #expect(words["comparator"] == "以上")
        #expect(words["increment"] == "新增")
        #expect(words["value"] == "100家")
    }

    @Test func explainReadsAFileWithoutADatabase() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let plan = try CLIHarness.fixture("plans/sample-plan.txt").path
        let run = try cli.run(["explain", "--file", plan, "--quote", "重点实验室"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("市科技局牵头"))
    }

    @Test func anUnknownTargetFails() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["explain", "4242"])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
    }
}
