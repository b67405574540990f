import Foundation
import PlanIngest

/// Measures the whole extraction pipeline on one core: bytes decoded to plain text, numeric
/// mentions, targets, and the result encoded as JSON.
struct ExtractionBenchmark {
    /// The documents, as the UTF-8 bytes a file would hold.
    let corpus: [[UInt8]]

    /// How many times the corpus is run through; the median pass is reported, as this
    /// machine's speed drifts from one minute to the next.
    static let passes = 3

    /// Runs the pipeline over the whole corpus ``passes`` times and returns the median
    /// throughput.
    func run() throws -> [BenchmarkFigure] {
        let extractor = TargetExtractor(includesEvidence: false)
        let totalBytes = corpus.reduce(0) { $0 + $1.count }
        var targetCount = 0
        var jsonBytes = 0
        let clock = ContinuousClock()
        var seconds: [Double] = []
        for _ in 0..<Self.passes {
            targetCount = 0
            jsonBytes = 0
            seconds.append(
                try clock.measure {
                    for bytes in corpus {
                        let text = try DocumentReader().plainText(from: bytes, format: .plainText)
                        let extraction = extractor.extraction(of: text)
                        targetCount += extraction.targets.count
                        // What `extract --format json --mentions` prints: document, targets and
                        // mentions.
                        jsonBytes += extraction.contractJSON(includingMentions: true).count
                    }
                }.seconds)
        }
        let megabytesPerSecond = Double(totalBytes) / 1_000_000 / seconds.sorted()[seconds.count / 2]
        let longLine = try longLineSeconds(extractor)
        return [
            BenchmarkFigure(
                name: "extraction throughput, 1 core (\(corpus.count) docs)",
                measured: String(format: "%.1f MB/s", megabytesPerSecond),
                goal: ">= 50 MB/s", isMet: megabytesPerSecond >= 50),
            BenchmarkFigure(
                name: "  corpus read / targets found / JSON written",
                measured: String(
                    format: "%.0f MB / %d / %.0f MB", Double(totalBytes) / 1e6, targetCount,
                    Double(jsonBytes) / 1e6),
                goal: "", isMet: nil),
            BenchmarkFigure(
                name: "extraction of 30 MB with no line break",
                measured: String(format: "%.2f s", longLine), goal: "< 2 s", isMet: longLine < 2),
        ]
    }

    /// The corpus joined into one line of 30 MB, as a plan pasted without its line breaks
    /// arrives: no scope may then grow with the square of the line.
    private func longLineSeconds(_ extractor: TargetExtractor) throws -> Double {
        var line: [UInt8] = []
        line.reserveCapacity(Self.longLineBytes + 1 << 16)
        var index = 0
        while line.count < Self.longLineBytes, !corpus.isEmpty {
            line += corpus[index % corpus.count].filter {
                $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r")
            }
            index += 1
        }
        let clock = ContinuousClock()
        return try clock.measure {
            let text = try DocumentReader().plainText(from: line, format: .plainText)
            _ = extractor.extraction(of: text).contractJSON(includingMentions: true)
        }.seconds
    }

    static let longLineBytes = 30_000_000
}
