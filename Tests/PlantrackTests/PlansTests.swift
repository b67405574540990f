import Foundation
import Testing

@Suite struct PlansCommandTests {
    @Test func plansListsTheImportedPlan() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let table = try sample.cli.run(["plans"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("sample-plan.txt"))
        let json = try #require(try sample.cli.run(["plans", "--format", "json"]).json() as? [[String: Any]])
        let plan = try #require(json.first)
        #expect(plan["id"] as? Int == 1)
        #expect(plan["file_name"] as? String == "sample-plan.txt")
        #expect((plan["sha256"] as? String)?.count == 64)
        #expect(plan["target_count"] as? Int == sample.targets.count)
        #expect(plan.keys.contains("document_number"))
    }

    @Test func aDatabaseWhosePlansWereRemovedHasNoPlans() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        #expect(try sample.cli.run(["plans", "remove", "1", "--yes"]).status == 0)
        let run = try sample.cli.run(["plans", "--format", "json"])
        #expect(run.status == 0)
        #expect(try run.json() as? [Any] != nil)
        #expect((try run.json() as? [Any])?.isEmpty == true)
    }

    @Test(arguments: [
        ["plans"], ["targets"], ["report", "status"], ["report", "overdue"], ["show", "1"], ["history", "1"],
        ["check"], ["log", "1", "2024", "5"],
    ])
    func aMissingDatabaseIsNamedAndNotCreated(_ command: [String]) throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let run = try cli.run(command)
        #expect(run.status != 0)
        #expect(run.stderr.contains("no such file; import a plan first"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
    }

    @Test func csvOutputHasAHeaderAndOptionalByteOrderMark() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let plain = try sample.cli.run(["plans", "--format", "csv"])
        #expect(plain.stdout.hasPrefix("ID,Title,"))
        let marked = try sample.cli.run(["plans", "--format", "csv", "--bom"])
        #expect(marked.stdout.hasPrefix("\u{FEFF}ID,Title,"))
        let refused = try sample.cli.run(["plans", "--bom"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--bom"))
    }
}
