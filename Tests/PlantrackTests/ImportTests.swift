import Foundation
import Testing

@Suite struct ImportCommandTests {
    @Test func importPrintsThePlanAndItsTargets() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let plan = try CLIHarness.fixture("plans/sample-plan.txt").path
        let run = try cli.run(["import", plan])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Plan 1: "))
        #expect(run.stdout.contains("sample-plan.txt"))
        #expect(run.stdout.contains(">= 600家"))
        #expect(run.stdout.contains("5亿元"))
        try Golden.check(run.stdout, against: "layout/import-sample-plan.txt")
    }

    @Test func importingTheSameBytesAgainChangesNothing() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let plan = try CLIHarness.fixture("plans/sample-plan.txt").path
        let first = try cli.run(["import", plan])
        let before = try cli.run(["targets", "--format", "json"])
        // A copy under another name has the same bytes.
        let copy = cli.folder.appendingPathComponent("copy.txt")
        try FileManager.default.copyItem(atPath: plan, toPath: copy.path)
        let second = try cli.run(["import", copy.path])
        let after = try cli.run(["targets", "--format", "json"])
        #expect(first.status == 0)
        #expect(second.status == 0)
        #expect(second.stdout.contains("already imported"))
        #expect(second.stdout.contains("Plan 1"))
        #expect(before.stdout == after.stdout)
        let plans = try #require(try cli.run(["plans", "--format", "json"]).json() as? [[String: Any]])
        #expect(plans.count == 1)
    }

    @Test func aMissingFileIsAnErrorNamingIt() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let run = try cli.run(["import", "no-such-plan.txt"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("no-such-plan.txt"))
        #expect(run.stderr.split(separator: "\n").count == 1, "expected one line: \(run.stderr)")
    }

    @Test func goodFilesAreKeptWhenAnotherFails() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let plan = try CLIHarness.fixture("plans/sample-plan.txt").path
        let run = try cli.run(["import", "missing.txt", plan])
        #expect(run.status != 0)
        #expect(run.stdout.contains("Plan 1"))
        let plans = try #require(try cli.run(["plans", "--format", "json"]).json() as? [[String: Any]])
        #expect(plans.count == 1)
    }

    @Test func theSeedPlansImportAndTakeTheDemoFigures() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let seeds = try FileManager.default.contentsOfDirectory(
            atPath: CLIHarness.packageRoot.appendingPathComponent("seeds").path
        ).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(seeds.count == 5)
        let paths = seeds.map {
            CLIHarness.packageRoot.appendingPathComponent("seeds").appendingPathComponent($0).path
        }
        let run = try cli.run(["import"] + paths)
        #expect(run.status == 0, "\(run.stderr)")
        let plans = try #require(try cli.run(["plans", "--format", "json"]).json() as? [[String: Any]])
        #expect(plans.count == 5)
        #expect(plans.allSatisfy { ($0["target_count"] as? Int ?? 0) > 0 })

        // The demo figures name their targets by text: they must all still resolve.
        let demo = CLIHarness.packageRoot.appendingPathComponent("seeds/progress-demo.csv").path
        let logged = try cli.run(["log", "--csv", demo])
        #expect(logged.status == 0, "seeds/progress-demo.csv no longer fits the seed plans: \(logged.stderr)")
        let report = try #require(
            try cli.run(["report", "overdue", "--as-of", "2024-06-30", "--format", "json"]).json()
                as? [String: Any])
        let rows = try #require(report["targets"] as? [[String: Any]])
        #expect(
            rows.filter { $0["achieved"] is Double }.count >= 5, "the demo shows targets behind with figures")
    }
}

@Suite struct ImportFolderTests {
    @Test func aFolderIsWalkedAndFailuresListed() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let folder = cli.folder.appendingPathComponent("plans", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: try CLIHarness.fixture("plans/sample-plan.txt"), to: folder.appendingPathComponent("a.txt"))
        try Data().write(to: folder.appendingPathComponent("b-empty.txt"))
        try Data("not a plan".utf8).write(to: folder.appendingPathComponent("notes.md"))
        let run = try cli.run(["import", folder.path])
        #expect(run.status != 0, "the empty file fails")
        #expect(run.stdout.contains("Plan 1"))
        #expect(run.stderr.contains("b-empty.txt"))
        #expect(!run.stderr.contains("notes.md"))
        #expect(!run.stderr.contains("\u{1B}["), "no progress bar on a pipe")
        let plans = try #require(try cli.run(["plans", "--format", "json"]).json() as? [[String: Any]])
        #expect(plans.count == 1)
    }
}

/// A plan read again from another file (a .docx after its .txt) is the same document.
@Suite struct ImportSameDocumentTests {
    @Test func theSameDocumentFromAnotherFileIsRefusedUnlessToldWhatToDo() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let text = try CLIHarness.fixture("Documents/gongwen.txt").path
        let word = try CLIHarness.fixture("Documents/gongwen.docx").path
        let first = try cli.run(["import", text])
        #expect(first.status == 0, "\(first.stderr)")

        // The Word file of the same 公文: said in one line, nothing stored.
        let again = try cli.run(["import", word])
        #expect(again.status != 0)
        #expect(again.stderr.split(separator: "\n").count == 1, "expected one line: \(again.stderr)")
        #expect(again.stderr.contains("gongwen.docx"))
        #expect(again.stderr.contains("plan 1"))
        #expect(again.stderr.contains("东政办发〔2024〕15号"))
        #expect(again.stderr.contains("--replace") && again.stderr.contains("--as-new"))
        var plans = try #require(try cli.run(["plans", "--format", "json"]).json() as? [[String: Any]])
        #expect(plans.count == 1)

        // --as-new stores it as another plan.
        let asNew = try cli.run(["import", "--as-new", word])
        #expect(asNew.status == 0, "\(asNew.stderr)")
        #expect(asNew.stdout.hasPrefix("Plan 2: "))
        plans = try #require(try cli.run(["plans", "--format", "json"]).json() as? [[String: Any]])
        #expect(plans.count == 2)

        // Another copy of the text (white space aside) replaces the newest of them.
        let edited = try cli.write(
            try String(contentsOfFile: text, encoding: .utf8) + "\n\n", to: "gongwen-2.txt")
        let refused = try cli.run(["import", edited])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("plan 2"))
        let replaced = try cli.run(["import", "--replace", edited])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout.contains("Plan 2:") && replaced.stdout.contains("replaced"))
        plans = try #require(try cli.run(["plans", "--format", "json"]).json() as? [[String: Any]])
        #expect(plans.count == 2)
        #expect(plans.map { $0["file_name"] as? String } == ["gongwen.txt", "gongwen-2.txt"])

        // Both flags at once make no sense.
        let both = try cli.run(["import", "--replace", "--as-new", word])
        #expect(both.status != 0)
    }
}
