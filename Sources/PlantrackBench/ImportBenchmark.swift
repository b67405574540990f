import Foundation
import PlanIngest
import PlanStore

/// Measures importing a corpus into one fresh database: extraction, then one transaction per
/// document, as `plantrack import` does.
struct ImportBenchmark {
    /// The documents, as plain text.
    let corpus: [String]
    /// The database file to create (an existing one is removed first).
    let databasePath: String

    /// Imports every document and returns the total time, and how it splits between extraction
    /// and the database.
    func run() throws -> [BenchmarkFigure] {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: databasePath + suffix)
        }
        let store = try Store(path: databasePath)
        let extractor = TargetExtractor()
        var targetCount = 0
        var storing = Duration.zero
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for (index, text) in corpus.enumerated() {
                let extraction = extractor.extraction(of: text)
                let plan = PlanImport(
                    metadata: extraction.document, fileName: "bench-\(index).txt",
                    sha256: ImportBenchmark.syntheticDigest(index), text: text,
                    targets: extraction.targets)
                let start = clock.now
                targetCount += try store.importPlan(plan).targets.count
                storing += clock.now - start
            }
        }
        return [
            BenchmarkFigure(
                name: "import \(corpus.count) documents (\(targetCount) targets)",
                measured: String(format: "%.1f s", elapsed.seconds),
                goal: "< 60 s", isMet: elapsed.seconds < 60),
            BenchmarkFigure(
                name: "  extraction / database",
                measured: String(format: "%.1f s / %.1f s", (elapsed - storing).seconds, storing.seconds),
                goal: "", isMet: nil),
        ]
    }

    /// A distinct 64-digit hexadecimal identifier per document: the corpus documents are
    /// generated, so there are no file bytes to hash.
    static func syntheticDigest(_ index: Int) -> String {
        let digits = String(index, radix: 16)
        return String(repeating: "0", count: 64 - digits.count) + digits
    }
}
