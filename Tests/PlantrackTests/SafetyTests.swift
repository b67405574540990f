import Foundation
import GRDB
import Testing

/// Concurrency and crash safety of the real binary: several processes writing one database at
/// once lose nothing, and a process killed in the middle of a write leaves the database as it
/// was before that write.
@Suite(.serialized) struct SafetyTests {
    /// The seed plans imported into a fresh database, and the ids of their targets.
    private static func seededDatabase() throws -> (cli: CLIHarness, targetIDs: [Int64]) {
        let cli = try CLIHarness()
        let seeds = CLIHarness.packageRoot.appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { seeds.appendingPathComponent($0).path }
        let imported = try cli.run(["import"] + files)
        #expect(imported.status == 0, "import failed: \(imported.stderr)")
        let listed = try cli.run(["targets", "--format", "json"])
        let targets = try #require(
            JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        return (cli, targets.compactMap { ($0["id"] as? NSNumber)?.int64Value })
    }

    /// A CSV of `count` figures: each target gets the twelve months of `year`, target by target.
    /// Arbitrary figures (1 to 97), logged with `--as-is` since no check of plausibility is meant.
    private static func figuresCSV(count: Int, year: Int, targetIDs: [Int64]) -> String {
        var lines = ["target,period,value"]
        for index in 0..<count {
            let target = targetIDs[index / 12]
            let month = index % 12 + 1
            lines.append("\(target),\(year)-\(month < 10 ? "0" : "")\(month),\(index % 97 + 1)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func figureCount(in path: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM progressEntry") ?? 0 }
    }

    private static func start(_ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = CLIHarness.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func eightProcessesLoggingAThousandFiguresEachLoseNothing() throws {
        // Given a database with the seed plans and eight CSV files of 1,000 figures each
        let (cli, targetIDs) = try Self.seededDatabase()
        defer { cli.cleanUp() }
        try #require(targetIDs.count * 12 >= 1000, "the seed plans have too few targets")
        let files = try (0..<8).map { writer in
            try cli.write(
                Self.figuresCSV(count: 1000, year: 2001 + writer, targetIDs: targetIDs),
                to: "figures-\(writer).csv")
        }

        // When eight processes log them at the same time
        let processes = try files.map { file in
            try Self.start(["--db", cli.databasePath, "log", "--csv", file, "--as-is"], in: cli.folder)
        }
        processes.forEach { $0.waitUntilExit() }

        // Then every process succeeded and all 8,000 figures are stored
        #expect(processes.map(\.terminationStatus) == Array(repeating: 0, count: 8))
        #expect(try Self.figureCount(in: cli.databasePath) == 8000)
        let check = try cli.run(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// How long the binary takes to run `arguments` to the end on a copy of `cli`'s database.
    private static func fullRunTime(_ arguments: [String], copying cli: CLIHarness) throws -> Duration {
        let copy = cli.folder.appendingPathComponent("timing.sqlite").path
        try? FileManager.default.removeItem(atPath: copy)
        _ = try cli.run(["backup", copy])
        let clock = ContinuousClock()
        let started = clock.now
        let process = try start(["--db", copy] + arguments, in: cli.folder)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the timing run of \(arguments) failed")
        return clock.now - started
    }

    private static func kill(_ process: Process, after delay: Duration) {
        usleep(
            useconds_t(
                max(
                    1, delay.components.seconds * 1_000_000 + delay.components.attoseconds / 1_000_000_000_000
                )))
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test(arguments: [0.2, 0.5, 0.8, 0.95])
    func aKilledCSVLogStoresNothing(atFractionOfItsRun fraction: Double) throws {
        // Given a database with one batch logged, and a second batch of 3,000 figures whose
        // full run time is measured on a copy
        let (cli, targetIDs) = try Self.seededDatabase()
        defer { cli.cleanUp() }
        let first = try cli.write(
            Self.figuresCSV(count: 100, year: 2000, targetIDs: targetIDs), to: "first.csv")
        #expect(try cli.run(["log", "--csv", first, "--as-is"]).status == 0)
        var rows = ["target,period,value"]
        for year in 1990...1999 {
            rows += Self.figuresCSV(count: min(300, targetIDs.count * 12), year: year, targetIDs: targetIDs)
                .split(separator: "\n").dropFirst().map(String.init)
        }
        let second = try cli.write(rows.joined(separator: "\n") + "\n", to: "second.csv")
        let arguments = ["log", "--csv", second, "--as-is"]
        let runTime = try Self.fullRunTime(arguments, copying: cli)

        // When the process logging the second batch is killed part way through its run
        let process = try Self.start(["--db", cli.databasePath] + arguments, in: cli.folder)
        Self.kill(process, after: runTime * fraction)

        // Then the database holds the first batch and either none or all of the second, intact
        let count = try Self.figureCount(in: cli.databasePath)
        #expect(count == 100 || count == 100 + rows.count - 1, "a killed batch left \(count - 100) figures")
        let check = try cli.run(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test(arguments: [0.2, 0.5, 0.8])
    func aKilledFolderImportKeepsWholePlansOnly(atFractionOfItsRun fraction: Double) throws {
        // Given a folder of distinct copies of a seed plan, and how many targets one copy has
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let seed = try String(
            contentsOf: CLIHarness.packageRoot.appendingPathComponent("seeds/004_9b903e7d49bf6925.txt"),
            encoding: .utf8)
        let folder = cli.folder.appendingPathComponent("plans", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for copy in 0..<30 {
            try Data((seed + "\n附件\(copy)\n").utf8).write(
                to: folder.appendingPathComponent(String(format: "plan-%02d.txt", copy)))
        }
        let reference = try CLIHarness()
        defer { reference.cleanUp() }
        #expect(try reference.run(["import", folder.appendingPathComponent("plan-00.txt").path]).status == 0)
        let perPlan = try DatabaseQueue(path: reference.databasePath).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM target") ?? 0
        }
        try #require(perPlan > 0)

        // When the import of the folder is killed part way through its run
        let clock = ContinuousClock()
        let started = clock.now
        // (copies of one document: --as-new stores each as a plan of its own)
        #expect(try reference.run(["import", "--as-new", folder.path]).status == 0)
        let runTime = clock.now - started
        let process = try Self.start(
            ["--db", cli.databasePath, "import", "--as-new", folder.path], in: cli.folder)
        Self.kill(process, after: runTime * fraction)

        // Then every stored plan is whole: all its targets, none half-written (a process killed
        // before it created the schema stored nothing at all)
        guard FileManager.default.fileExists(atPath: cli.databasePath) else { return }
        let counts = try DatabaseQueue(path: cli.databasePath).read { db in
            guard try db.tableExists("plan") else { return [Int]() }
            return try Int.fetchAll(
                db, sql: "SELECT (SELECT count(*) FROM target WHERE planID = plan.id) FROM plan")
        }
        #expect(counts.allSatisfy { $0 == perPlan }, "plans with \(counts) targets, expected \(perPlan) each")
        let check = try cli.run(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test(arguments: [0.1, 0.3, 0.5, 0.7, 0.9])
    func aKilledBackupLeavesThePreviousCopy(atFractionOfItsRun fraction: Double) throws {
        // Given a database grown to 40 MB (a table of padding beside the plans) and a first backup of it
        let (cli, _) = try Self.seededDatabase()
        defer { cli.cleanUp() }
        try DatabaseQueue(path: cli.databasePath).write { db in
            try db.execute(
                sql: """
                    CREATE TABLE padding(bytes BLOB);
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000)
                    INSERT INTO padding SELECT randomblob(1000) FROM n;
                    """)
        }
        let destination = cli.folder.appendingPathComponent("copy.sqlite").path
        #expect(try cli.run(["backup", destination]).status == 0)
        let previous = try Data(contentsOf: URL(fileURLWithPath: destination))
        let runTime = try Self.fullRunTime(
            ["backup", cli.folder.appendingPathComponent("timing-copy.sqlite").path], copying: cli)

        // When a second backup to the same path is killed part way through its run
        let process = try Self.start(["--db", cli.databasePath, "backup", destination], in: cli.folder)
        Self.kill(process, after: runTime * fraction)

        // Then the destination holds a whole copy, and a new backup to it succeeds
        let after = try Data(contentsOf: URL(fileURLWithPath: destination))
        #expect(after.count == previous.count)
        let check = try CLIHarness.run(["--db", destination, "check"], in: cli.folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(try cli.run(["backup", destination]).status == 0)
    }

    /// The whole state a kill could tear: targets with their fields and statements, figures.
    private static func snapshot(_ path: String) throws -> String {
        try DatabaseQueue(path: path).read { db in
            let targets = try String.fetchAll(
                db,
                sql: """
                    SELECT planID || '|' || metric || '|' || value || '|' || reviewState || '|' ||
                        (SELECT count(*) FROM targetSource WHERE targetID = target.id)
                    FROM target ORDER BY id
                    """)
            let figures = try Int.fetchOne(db, sql: "SELECT count(*) FROM progressEntry") ?? 0
            return targets.joined(separator: "\n") + "\nfigures \(figures)"
        }
    }

    @Test(arguments: [0.2, 0.5, 0.8])
    func aKilledReplaceOrEditLeavesAllBeforeOrAllAfter(atFractionOfItsRun fraction: Double) throws {
        // Given the seed plans with figures, a revised version of one plan, and an edit
        let (cli, targetIDs) = try Self.seededDatabase()
        defer { cli.cleanUp() }
        let figures = try cli.write(
            Self.figuresCSV(count: 300, year: 2001, targetIDs: targetIDs), to: "f.csv")
        #expect(try cli.run(["log", "--csv", figures, "--as-is"]).status == 0)
        let seed = CLIHarness.packageRoot.appendingPathComponent("seeds/004_9b903e7d49bf6925.txt")
        let revised = cli.folder.appendingPathComponent("004_9b903e7d49bf6925.txt")
        try Data((try String(contentsOf: seed, encoding: .utf8) + "\n新增孵化器8家。\n").utf8).write(to: revised)
        let commands = [
            ["import", "--replace", revised.path],
            ["targets", "edit", "\(targetIDs[0])", "--metric", "新的指标", "--value", "12"],
        ]
        for arguments in commands {
            // When the command is killed part way through its run (timed on a copy)
            let before = try Self.snapshot(cli.databasePath)
            let runTime = try Self.fullRunTime(arguments, copying: cli)
            let afterOnCopy = try Self.snapshot(cli.folder.appendingPathComponent("timing.sqlite").path)
            let process = try Self.start(["--db", cli.databasePath] + arguments, in: cli.folder)
            Self.kill(process, after: runTime * fraction)

            // Then the database is exactly as before or exactly as after, and sound
            let now = try Self.snapshot(cli.databasePath)
            #expect(now == before || now == afterOnCopy, "\(arguments) left a state in between")
            let check = try cli.run(["check"])
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        }
    }

    @Test func aFullDiskStoresNothingAndSaysSoInOneLine() throws {
        guard geteuid() == 0 else {
            print("skipped: a full disk is tested through a tmpfs, which only root can mount")
            return
        }
        // Given a database on a small file system, filled up after the seed plans were stored
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let small = cli.folder.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        guard CLIHarness.shell("mount -t tmpfs -o size=4m tmpfs '\(small.path)'") == 0 else {
            print("skipped: tmpfs could not be mounted here")
            return
        }
        defer { _ = CLIHarness.shell("umount '\(small.path)'") }
        let database = small.appendingPathComponent("plantrack.sqlite").path
        let seeds = CLIHarness.packageRoot.appendingPathComponent("seeds")
        let plans = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { seeds.appendingPathComponent($0).path }
        #expect(try CLIHarness.run(["--db", database, "import", plans[0]], in: cli.folder).status == 0)
        let before = try Self.snapshot(database)
        _ = CLIHarness.shell("dd if=/dev/zero of='\(small.path)/filler' bs=4k")

        // When more plans are imported and a large CSV is logged
        let imported = try CLIHarness.run(["--db", database, "import"] + plans.dropFirst(), in: cli.folder)
        let listed = try CLIHarness.run(["--db", database, "targets", "--format", "json"], in: cli.folder)
        let ids =
            (try? JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?
            .compactMap { ($0["id"] as? NSNumber)?.int64Value } ?? []
        let csv = try cli.write(
            Self.figuresCSV(count: min(3000, ids.count * 12), year: 2001, targetIDs: ids), to: "big.csv")
        let logged = try CLIHarness.run(["--db", database, "log", "--csv", csv, "--as-is"], in: cli.folder)

        // Then whatever failed said so and stored nothing, and the database is sound
        for run in [imported, logged] where run.status != 0 {
            #expect(run.stderr.contains("disk"), "\(run.stderr)")
        }
        // The snapshots read the database with room to open it again.
        _ = CLIHarness.shell("rm -f '\(small.path)/filler'")
        if logged.status != 0 { #expect(try Self.snapshot(database).hasSuffix("figures 0")) }
        // An import stores each plan whole or not at all: whatever it kept, no plan is torn.
        #expect(
            try Self.snapshot(database).hasPrefix(before.components(separatedBy: "\nfigures").first ?? ""))
        let check = try CLIHarness.run(["--db", database, "check"], in: cli.folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

}
