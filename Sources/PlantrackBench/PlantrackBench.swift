import ArgumentParser
import Foundation

/// `make bench`: measures extraction, import, reports at scale and start-up, and prints each
/// figure beside its goal.
@main
struct PlantrackBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plantrack-bench",
        abstract: "Measure plantrack's speed against its goals (release build)."
    )

    @Option(help: "The plantrack executable to time.")
    var plantrack = ".build/release/plantrack"

    @Option(help: "The folder holding the seed plans the corpus is generated from.")
    var seeds = "seeds"

    @Option(help: "A folder for the generated databases.")
    var work = ".build/bench"

    @Option(help: "Documents in the extraction and import corpus.")
    var documents = 10_000

    @Option(help: "Targets in the scale database.")
    var targets = 1_000_000

    @Option(help: "Quarterly figures per target in the scale database.")
    var figuresPerTarget = 10

    @Flag(help: "Skip the scale database (its first generation takes minutes).")
    var skipScale = false

    @Option(help: "Run only this benchmark: extraction or import.")
    var only: Benchmark?

    @Option(help: "Write the generated corpus to this folder, one file per document, and stop.")
    var writeCorpus: String?

    /// A benchmark that can be run on its own.
    enum Benchmark: String, ExpressibleByArgument {
        case extraction
        case `import`
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        if let writeCorpus {
            try write(try corpus(), to: writeCorpus)
            return
        }
        // The commands are timed first, while this process is small: Linux counts into a
        // child's peak memory the memory of its parent when it was started, and the corpus
        // takes hundreds of megabytes.
        if only == nil { try runCommandBenchmarks() }
        let corpus = try corpus()
        if only != .import {
            report("extraction") { try ExtractionBenchmark(corpus: corpus.map { Array($0.utf8) }).run() }
        }
        if only != .extraction {
            report("import") {
                try ImportBenchmark(corpus: corpus, databasePath: "\(work)/import.sqlite").run()
            }
        }
    }

    /// The generated documents, from the seeds.
    private func corpus() throws -> [String] {
        let generator = CorpusGenerator(seeds: try seedPlans())
        return (0..<documents).map(generator.document)
    }

    /// Start-up and reports, timed on the real binary.
    private func runCommandBenchmarks() throws {
        let smallDatabase = "\(work)/seeds.sqlite"
        try prepareSmallDatabase(smallDatabase)
        report(StartupBenchmark(executable: plantrack, smallDatabasePath: smallDatabase).run())

        guard !skipScale else { return }
        let scale = ScaleDatabase(
            path: "\(work)/scale.sqlite", targetCount: targets, figuresPerTarget: figuresPerTarget)
        if let seconds = try scale.prepare() {
            report([
                BenchmarkFigure(
                    name:
                        "generate scale database (\(targets) targets, \(targets * figuresPerTarget) figures)",
                    measured: String(format: "%.0f s", seconds), goal: "", isMet: nil)
            ])
        }
        report(ReportBenchmark(executable: plantrack, databasePath: scale.path).run())
    }

    private func seedPlans() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds)
            .filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw ValidationError("no seed plans (*.txt) in \(seeds)") }
        return try names.map { try String(contentsOfFile: "\(seeds)/\($0)", encoding: .utf8) }
    }

    /// Writes each document as `NNNNN.txt`, so that other tools can read the same corpus.
    private func write(_ corpus: [String], to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (index, document) in corpus.enumerated() {
            let name = String(format: "%05d.txt", index)
            try Data(document.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name)"))
        }
    }

    private func prepareSmallDatabase(_ path: String) throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let seedFiles = try FileManager.default.contentsOfDirectory(atPath: seeds)
            .filter { $0.hasSuffix(".txt") }.sorted().map { "\(seeds)/\($0)" }
        for arguments in [["import"] + seedFiles, ["log", "--csv", "\(seeds)/progress-demo.csv"]] {
            let run = ProcessTiming.run([plantrack, "--db", path] + arguments)
            if run.exitStatus != 0 {
                FileHandle.standardError.write(
                    Data(
                        "warning: plantrack \(arguments[0]) exited \(run.exitStatus) preparing \(path)\n".utf8
                    ))
            }
        }
    }

    private func report(_ figures: [BenchmarkFigure]) {
        for figure in figures { print(figure.line) }
    }

    /// Prints the figures of one benchmark, or the reason it could not finish, and goes on.
    private func report(_ name: String, _ benchmark: () throws -> [BenchmarkFigure]) {
        do {
            report(try benchmark())
        } catch {
            report([BenchmarkFigure(name: name, measured: "failed: \(error)", goal: "", isMet: false)])
        }
    }
}
