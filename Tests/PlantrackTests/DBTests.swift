import Foundation
import Testing

@Suite struct DBCommandTests {
    @Test(
        arguments: [
            (["--db", "/flag/a.sqlite", "db", "path"], ["PLANTRACK_DB": "/env/b.sqlite"], "/flag/a.sqlite"),
            (["db", "path", "--db", "/flag/a.sqlite"], [:], "/flag/a.sqlite"),
            (["db", "path"], ["PLANTRACK_DB": "/env/b.sqlite", "XDG_DATA_HOME": "/xdg"], "/env/b.sqlite"),
            (["db", "path"], ["XDG_DATA_HOME": "/xdg"], "/xdg/plantrack/plantrack.sqlite"),
            (
                ["db", "path"], ["XDG_DATA_HOME": "", "HOME": "/home/li"],
                "/home/li/.local/share/plantrack/plantrack.sqlite"
            ),
        ] as [([String], [String: String], String)])
    func dbPathFollowsTheLocationRule(
        _ arguments: [String], _ environment: [String: String], _ expected: String
    )
        throws
    {
        let folder = FileManager.default.temporaryDirectory
        let run = try CLIHarness.run(arguments, environment: environment, in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == expected + "\n")
    }

    @Test func theBinaryCarriesItsMigrations() throws {
        // Given a copy of the built binary in a folder with no build products beside it
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let lonely = cli.folder.appendingPathComponent("bin", isDirectory: true)
        try FileManager.default.createDirectory(at: lonely, withIntermediateDirectories: true)
        let copy = lonely.appendingPathComponent("plantrack")
        try FileManager.default.copyItem(at: CLIHarness.binary, to: copy)
        // When it creates a new database and imports a plan
        let fresh = cli.folder.appendingPathComponent("nested/fresh.sqlite").path
        let plan = try CLIHarness.fixture("plans/sample-plan.txt").path
        let imported = try CLIHarness.run(["--db", fresh, "import", plan], binary: copy, in: lonely)
        // Then the database exists with its schema
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(FileManager.default.fileExists(atPath: fresh))
        let plans = try CLIHarness.run(
            ["--db", fresh, "plans", "--format", "json"], binary: copy, in: lonely)
        #expect(plans.status == 0)
        let list = try #require(try plans.json() as? [[String: Any]])
        #expect(list.count == 1)
    }

    @Test func aDatabaseThatIsNotSQLiteIsRefused() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        try cli.write("this is not a database, just text\n", to: "plantrack.sqlite")
        let run = try cli.run(["plans"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("plantrack.sqlite"))
        #expect(run.stdout.isEmpty)
    }
}

@Suite struct BackupAndCheckTests {
    @Test func backupCopiesEverythingAndCheckFindsItSound() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        #expect(try sample.cli.run(["log", String(stock.id), "2023Q4", "580"]).status == 0)
        let copy = sample.cli.folder.appendingPathComponent("backups/copy.sqlite").path
        let backup = try sample.cli.run(["backup", copy])
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stdout.contains(copy))
        let check = try CLIHarness.run(["--db", copy, "check"], in: sample.cli.folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("no problems found"))
        let copied = try CLIHarness.run(["--db", copy, "show", String(stock.id)], in: sample.cli.folder)
        #expect(copied.stdout.contains("580家"))
    }

    @Test func backupRefusesToOverwriteSomethingElse() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let notes = try sample.cli.write("my notes\n", to: "notes.txt")
        let run = try sample.cli.run(["backup", notes])
        #expect(run.status != 0)
        #expect(run.stderr.contains("notes.txt"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes\n")
    }
}

@Suite struct BadDatabaseTests {
    @Test func aFolderAsDatabasePathIsRefused() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let run = try CLIHarness.run(["--db", cli.folder.path, "plans"], in: cli.folder)
        #expect(run.status != 0)
        #expect(run.stderr.contains("folder"))
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func aDatabaseFromANewerPlantrackIsLeftUntouched() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [
            sample.cli.databasePath, "INSERT INTO grdb_migrations VALUES ('9999_from_the_future')",
        ]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: sample.cli.databasePath))
        let run = try sample.cli.run(["log", "1", "2023Q4", "1"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("newer plantrack"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: sample.cli.databasePath)) == before)
    }

    @Test func textFullOfSQLIsStoredVerbatim() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let note = "'); DROP TABLE target; -- \"quoted\"; SELECT * FROM plan WHERE 1=1"
        let run = try sample.cli.run([
            "log", String(stock.id), "2023Q4", "580", "--note", note, "--source", "a;b'c",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let show = try sample.cli.run(["show", String(stock.id)])
        #expect(show.stdout.contains(note))
        #expect(show.stdout.contains("a;b'c"))
        let targets = try #require(
            try sample.cli.run(["targets", "--format", "json"]).json() as? [[String: Any]])
        #expect(targets.count == sample.targets.count)
    }
}
