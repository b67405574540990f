import Foundation
import Testing

/// `plantrack text` and `extract` on every input format, through the built binary.
@Suite("Reading plans from the command line")
struct InputCommandTests {
    @Test(
        "text prints what each format yields",
        arguments: [
            ("Input/plan.docx", "Input/plan.docx.expected.txt"),
            ("Input/page-gbk.html", "Input/page-gbk.expected.txt"),
        ]
    )
    func text(_ input: String, _ expected: String) throws {
        let harness = try CLIHarness()
        defer { harness.cleanUp() }
        let run = try harness.run(["text", try CLIHarness.fixture(input).path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout
                == String(decoding: try Data(contentsOf: try CLIHarness.fixture(expected)), as: UTF8.self))
    }

    @Test("extract offsets point into the text output, for a Word file too")
    func offsets() throws {
        let harness = try CLIHarness()
        defer { harness.cleanUp() }
        let path = try CLIHarness.fixture("Input/plan.docx").path
        let text = try harness.run(["text", path])
        let extract = try harness.run(["extract", path, "--format", "json"])
        #expect(extract.status == 0, "\(extract.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(extract.stdout.utf8)) as? [String: Any])
        let targets = try #require(json["targets"] as? [[String: Any]])
        #expect(!targets.isEmpty)
        let scalars = Array(text.stdout.unicodeScalars)
        for target in targets {
            let start = try #require(target["start"] as? Int)
            let end = try #require(target["end"] as? Int)
            try #require(start >= 0 && start <= end && end <= scalars.count)
            var quote = ""
            quote.unicodeScalars.append(contentsOf: scalars[start..<end])
            #expect(quote == target["quote"] as? String)
        }
    }

    @Test(
        "Bad input is one line on stderr and a non-zero exit",
        arguments: [
            (["text", "missing.txt"], "missing.txt: no such file"),
            (["text", "--max-size", "500", "Input/page-gbk.html"], "over the 500 bytes limit"),
            (["extract", "--encoding", "no-such", "Input/page-gbk.html"], "unknown encoding \"NO-SUCH\""),
            (["text", "--max-size", "lots", "Input/page-gbk.html"], "--max-size"),
        ]
    )
    func badInput(_ arguments: [String], _ message: String) throws {
        let harness = try CLIHarness()
        defer { harness.cleanUp() }
        let resolved = try arguments.map { argument in
            argument.hasPrefix("Input/") ? try CLIHarness.fixture(argument).path : argument
        }
        let run = try harness.run(resolved)
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }
}
