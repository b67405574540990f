import Foundation
import Testing

/// `--output` never destroys data: the database in use, files plantrack did not write, devices
/// and symbolic links are safe, and a replaced report keeps its mode.
@Suite struct OutputFileTests {
    private func targetCount(_ cli: CLIHarness) throws -> Int {
        let run = try cli.run(["targets", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try run.json() as? [Any]).count
    }

    @Test(arguments: [
        ["report", "status"], ["report", "overdue"], ["plans"], ["targets"], ["report", "units"],
    ])
    func neverWritesOverTheDatabaseInUse(_ command: [String]) throws {
        // Given a database with a plan
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let before = try targetCount(sample.cli)
        let bytesBefore = try Data(contentsOf: URL(fileURLWithPath: sample.cli.databasePath))

        // When a report is written onto the database, even with --force
        for extra in [[], ["--force"]] {
            let run = try sample.cli.run(command + ["--output", sample.cli.databasePath] + extra)

            // Then it is refused in one line, and the database holds every target
            #expect(run.status != 0)
            #expect(run.stderr.contains("is the database in use"), "\(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        }
        #expect(try targetCount(sample.cli) == before)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: sample.cli.databasePath)).count >= bytesBefore.count)
    }

    @Test func neverWritesOverTheWriteAheadLogOrAHardLinkOfTheDatabase() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let link = sample.cli.folder.appendingPathComponent("same.sqlite").path
        #expect(Glibc.link(sample.cli.databasePath, link) == 0)
        for path in [sample.cli.databasePath + "-wal", link] {
            let run = try sample.cli.run(["plans", "--output", path, "--force"])
            #expect(run.status != 0, "wrote \(path)")
            #expect(run.stderr.contains("database in use"), "\(run.stderr)")
        }
        #expect(try targetCount(sample.cli) > 0)
    }

    @Test func replacesAFileItDidNotWriteOnlyWithForce() throws {
        // Given a progress CSV the user keeps
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let precious = try sample.cli.write("target,period,value\n1,2024Q1,5\n", to: "progress.csv")

        // When a report is written to it
        let refused = try sample.cli.run(["report", "status", "--as-of", "2024-06-30", "--output", precious])

        // Then it is refused and the file is as it was
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("plantrack did not write it"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOfFile: precious, encoding: .utf8) == "target,period,value\n1,2024Q1,5\n")

        // And with --force it is replaced
        let forced = try sample.cli.run(
            ["report", "status", "--as-of", "2024-06-30", "--output", precious, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: precious, encoding: .utf8).hasPrefix("Plan,ID,"))
    }

    @Test func rewritesItsOwnReportKeepingItsMode() throws {
        // Given a report plantrack wrote, made private by its owner
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let path = sample.cli.folder.appendingPathComponent("status.csv").path
        let first = try sample.cli.run(["report", "status", "--as-of", "2024-06-30", "--output", path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(chmod(path, 0o600) == 0)

        // When it is written again without --force
        let second = try sample.cli.run(["report", "overdue", "--as-of", "2024-06-30", "--output", path])

        // Then it is replaced, keeps mode 0600, and no temporary file is left
        #expect(second.status == 0, "\(second.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: sample.cli.folder.path)
            .filter { $0.hasSuffix(".partial") }
        #expect(leftovers.isEmpty)
    }

    @Test func aReportEditedInPlaceIsNoLongerPlantracks() throws {
        // Given a report plantrack wrote, then edited by its owner
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let path = sample.cli.folder.appendingPathComponent("plans.csv").path
        #expect(try sample.cli.run(["plans", "--output", path]).status == 0)
        usleep(20_000)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("my note\n".utf8))
        try handle.close()

        // When a report is written to it again
        let run = try sample.cli.run(["plans", "--output", path])

        // Then it is refused, and the edit is kept
        #expect(run.status != 0)
        #expect(run.stderr.contains("plantrack did not write it"), "\(run.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("my note\n"))
    }

    @Test func backupNeverReplacesADeviceAndGoesThroughALink() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let device = try sample.cli.run(["backup", "/dev/null"])
        #expect(device.status != 0)
        #expect(device.stderr.contains("not a regular file"), "\(device.stderr)")
        let kind = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(kind == .typeCharacterSpecial)
        let wal = try sample.cli.run(["backup", sample.cli.databasePath + "-journal"])
        #expect(wal.status != 0)

        // A private copy behind a link stays private, and the link stays a link.
        let copies = sample.cli.folder.appendingPathComponent("copies")
        try FileManager.default.createDirectory(at: copies, withIntermediateDirectories: true)
        let real = copies.appendingPathComponent("copy.sqlite").path
        #expect(try sample.cli.run(["backup", real]).status == 0)
        #expect(chmod(real, 0o600) == 0)
        let link = sample.cli.folder.appendingPathComponent("latest.sqlite").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "copies/copy.sqlite")
        let again = try sample.cli.run(["backup", link])
        #expect(again.status == 0, "\(again.stderr)")
        let linkKind = try FileManager.default.attributesOfItem(atPath: link)[.type] as? FileAttributeType
        #expect(linkKind == .typeSymbolicLink)
        let mode = try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func writesThroughASymbolicLink() throws {
        // Given a link to a report in another folder
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let reports = sample.cli.folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let target = reports.appendingPathComponent("latest.csv").path
        let link = sample.cli.folder.appendingPathComponent("latest.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "reports/latest.csv")

        // When a report is written to the link
        let run = try sample.cli.run(["plans", "--format", "csv", "--output", link])

        // Then the link is still a link and the file it points to holds the report
        #expect(run.status == 0, "\(run.stderr)")
        let kind = try FileManager.default.attributesOfItem(atPath: link)[.type] as? FileAttributeType
        #expect(kind == .typeSymbolicLink)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("ID,"))
    }

    @Test(arguments: ["/dev/null", "/dev/full"])
    func refusesDevices(_ device: String) throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["plans", "--output", device, "--force"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("not a regular file"), "\(run.stderr)")
        let kind = try FileManager.default.attributesOfItem(atPath: device)[.type] as? FileAttributeType
        #expect(kind == .typeCharacterSpecial)
    }

    @Test func refusesAFolderAndAnEmptyName() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let folder = try sample.cli.run(["plans", "--output", sample.cli.folder.path])
        #expect(folder.status != 0)
        #expect(folder.stderr.contains("it is a folder"), "\(folder.stderr)")
        let slash = try sample.cli.run(["plans", "--output", "reports/"])
        #expect(slash.status != 0)
        #expect(slash.stderr.contains("give a file name"), "\(slash.stderr)")
        let empty = try sample.cli.run(["plans", "--output", ""])
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("give a file name"), "\(empty.stderr)")
    }

    @Test func dashIsStandardOutput() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["plans", "--format", "csv", "--output", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("ID,"))
        #expect(!FileManager.default.fileExists(atPath: sample.cli.folder.appendingPathComponent("-").path))
    }

    @Test func aFullDiskIsOneLineAndReplacesNothing() throws {
        // /dev/full is a device, so a full disk is met through a small tmpfs, where root can mount one.
        guard geteuid() == 0, FileManager.default.fileExists(atPath: "/usr/bin/mount") else {
            print("skipped: a full disk is tested through a tmpfs, which only root can mount")
            return
        }
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let small = sample.cli.folder.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        guard CLIHarness.shell("mount -t tmpfs -o size=16k tmpfs '\(small.path)'") == 0 else {
            print("skipped: tmpfs could not be mounted here")
            return
        }
        defer { _ = CLIHarness.shell("umount '\(small.path)'") }
        _ = CLIHarness.shell("dd if=/dev/zero of='\(small.path)/filler' bs=1k")
        let report = small.appendingPathComponent("report.json").path
        let run = try sample.cli.run([
            "report", "status", "--as-of", "2024-06-30", "--output", report, "--format", "json",
        ])
        #expect(run.status != 0)
        #expect(run.stderr.contains("disk full writing \(report)"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: small.path) == ["filler"])
    }

}
