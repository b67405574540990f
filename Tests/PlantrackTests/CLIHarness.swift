import Foundation
import Testing

/// What one run of the built `plantrack` binary did.
struct CLIRun: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the real `plantrack` binary, built beside this test bundle, against a temporary database.
///
/// The test target depends on the executable target, so `swift test` builds the binary first;
/// `PLANTRACK_BIN` points the tests at another build (e.g. the release binary).
struct CLIHarness {
    /// A fresh folder for this test's database and files, removed by `cleanUp()`.
    let folder: URL
    var databasePath: String { folder.appendingPathComponent("plantrack.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("plantrack-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The binary under test.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["PLANTRACK_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return productsDirectory.appendingPathComponent("plantrack")
    }

    /// Where SwiftPM put the test bundle, and so the binary.
    static var productsDirectory: URL {
        Bundle.module.bundleURL.deletingLastPathComponent()
    }

    /// The package's root folder, for the seed plans.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A fixture file's URL.
    static func fixture(_ name: String) throws -> URL {
        let url = Bundle.module.bundleURL.appendingPathComponent("Fixtures").appendingPathComponent(name)
        #expect(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name)")
        return url
    }

    /// Writes `text` to a file in the test folder and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs a shell command quietly (mounting a small file system for a full-disk test).
    /// - Returns: Its exit status, or -1 when it could not start.
    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Runs `plantrack --db <temporary database> arguments...`.
    func run(_ arguments: [String], environment extra: [String: String] = [:], binary: URL? = nil)
        throws -> CLIRun
    {
        try Self.run(["--db", databasePath] + arguments, environment: extra, binary: binary, in: folder)
    }

    /// Runs the binary with exactly these arguments.
    static func run(
        _ arguments: [String], environment extra: [String: String] = [:], binary: URL? = nil, in folder: URL
    ) throws -> CLIRun {
        let process = Process()
        process.executableURL = binary ?? Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PLANTRACK_DB"] = nil
        environment["NO_COLOR"] = "1"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CLIRun(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }
}

/// Golden files: expected outputs under `Fixtures/golden/`.
///
/// `PLANTRACK_UPDATE_GOLDEN=1 swift test` rewrites them from the current output; review the diff
/// before committing.
enum Golden {
    static func check(
        _ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if ProcessInfo.processInfo.environment["PLANTRACK_UPDATE_GOLDEN"] == "1" {
            let url = CLIHarness.packageRoot
                .appendingPathComponent("Tests/PlantrackTests/Fixtures/golden").appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: CLIHarness.fixture("golden/" + name), encoding: .utf8)
        #expect(actual == expected, "output differs from golden file \(name)", sourceLocation: sourceLocation)
    }
}
