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

    @Test func explainShowsTheEditsAfterTheEvidence() throws {
        // Given an extracted target whose value a reviewer changed
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let increment = try sample.incrementTarget()
        let id = String(increment.id)
        #expect(try sample.cli.run(["explain", id]).stdout.contains("Changed since extraction") == false)
        let edited = try sample.cli.run(["targets", "edit", id, "--value", "120", "--by", "王芳"])
        #expect(edited.status == 0, "\(edited.stderr)")
        // When it is explained
        let table = try sample.cli.run(["explain", id])
        // Then the edit follows the evidence: field, old → new, when and by whom
        #expect(table.status == 0, "\(table.stderr)")
        let evidence = try #require(table.stdout.range(of: "In context:"))
        let edits = try #require(table.stdout.range(of: "Changed since extraction:"))
        #expect(evidence.upperBound <= edits.lowerBound)
        #expect(table.stdout.contains("value: 100 → 120, "), "\(table.stdout)")
        #expect(table.stdout.contains("by 王芳"))
        // And the JSON lists it under edits
        let json = try sample.cli.run(["explain", id, "--format", "json"])
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let entry = try #require((object["targets"] as? [[String: Any]])?.first)
        let changes = try #require(entry["edits"] as? [[String: Any]])
        let value = try #require(changes.first { $0["field"] as? String == "value" })
        #expect(value["old_value"] as? String == "100")
        #expect(value["new_value"] as? String == "120")
        #expect(value["changed_by"] as? String == "王芳")
        #expect((value["changed_at"] as? String)?.isEmpty == false)
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
