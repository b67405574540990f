import Foundation
import Testing

@testable import plantrack

private let pdftotextIsInstalled = PDFTextReader().executable != nil

/// A 公文 made once with LibreOffice (`Fixtures/Documents/make_gongwen.py`): red header, 文号,
/// titles in a larger font, page numbers `— 1 —`, an 抄送/印发 footer. As a Word file and as a PDF
/// it must give what its plain text gives, field by field.
@Suite("A 公文 as text, Word file and PDF")
struct DocumentFormatsTests {
    /// The JSON of `extract` for a fixture of `Documents`.
    static func extraction(of name: String, _ cli: CLIHarness) throws -> [String: Any] {
        try extraction(atPath: try CLIHarness.fixture("Documents/\(name)").path, cli)
    }

    /// The JSON of `extract` for the file at `path`.
    static func extraction(atPath path: String, _ cli: CLIHarness) throws -> [String: Any] {
        let run = try cli.run(["extract", "--format", "json", path])
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try run.json() as? [String: Any])
    }

    /// Every field of every target but the offsets, which count each format's own text.
    static func targetFields(_ extraction: [String: Any]) throws -> [NSDictionary] {
        let targets = try #require(extraction["targets"] as? [[String: Any]])
        return targets.map { target in
            NSDictionary(dictionary: target.filter { $0.key != "start" && $0.key != "end" })
        }
    }

    static func expectSameTargets(_ name: String) throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let text = try extraction(of: "gongwen.txt", cli)
        let other = try extraction(of: name, cli)
        #expect(
            NSDictionary(dictionary: try #require(other["document"] as? [String: Any]))
                == NSDictionary(dictionary: try #require(text["document"] as? [String: Any])))
        let expected = try targetFields(text)
        let found = try targetFields(other)
        #expect(expected.count == 13)
        #expect(found.count == expected.count)
        for (foundTarget, expectedTarget) in zip(found, expected) {
            #expect(foundTarget == expectedTarget)
        }
    }

    @Test func theWordFileGivesTheTargetsOfTheText() throws {
        try Self.expectSameTargets("gongwen.docx")
    }

    @Test(.enabled(if: pdftotextIsInstalled, "pdftotext is not installed (Debian: poppler-utils)"))
    func thePDFGivesTheTargetsOfTheText() throws {
        try Self.expectSameTargets("gongwen.pdf")
    }

    /// Printed by Chromium from a web page of the text (`print_with_chromium.py`): the date,
    /// title, address and page count on every page are no part of the plan.
    @Test(.enabled(if: pdftotextIsInstalled, "pdftotext is not installed (Debian: poppler-utils)"))
    func theWebPagePrintedByChromiumGivesTheTargetsOfTheText() throws {
        try Self.expectSameTargets("gongwen.chromium.pdf")
    }

    @Test(.enabled(if: pdftotextIsInstalled, "pdftotext is not installed (Debian: poppler-utils)"))
    func thePDFReadsAsThePageIsRead() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let run = try cli.run(["text", try CLIHarness.fixture("Documents/gongwen.pdf").path])
        let lines = run.stdout.split(separator: "\n").map(String.init)
        // The title set in a larger font, broken over three lines, is one line again.
        #expect(lines.contains("东岭市人民政府办公室关于印发东岭市科技创新能力提升行动方案（2024—2026年）的通知"))
        // A justified line that the page spread out has no spaces between its characters.
        #expect(lines.contains { $0.hasPrefix("《东岭市科技创新能力提升行动方案（2024—2026年）》已经") })
        // Page numbers are gone; a number that a line broke (`1` / `2件`) is whole.
        #expect(!lines.contains { $0.hasPrefix("—") })
        #expect(run.stdout.contains("每万人高价值发明专利拥有量达到12件。"))
    }
}
