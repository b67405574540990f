import Foundation
import Testing

@testable import plantrack

private let pdftotextIsInstalled = PDFTextReader().executable != nil

/// The table fixtures as PDFs: LibreOffice's print of their Word files and Chromium's print of
/// their web pages. `pdftotext -layout` gives their tables as columns of text with
/// wrapped cells; each must give, field by field, the targets of its plain-text twin.
@Suite(.enabled(if: pdftotextIsInstalled, "pdftotext is not installed (Debian: poppler-utils)"))
struct PDFTableTests {
    /// The targets `extract` finds in a table fixture, every field but the offsets.
    static func targets(of name: String, _ cli: CLIHarness) throws -> [NSDictionary] {
        let path = TableImportTests.tableFixture(name)
        return try DocumentFormatsTests.targetFields(DocumentFormatsTests.extraction(atPath: path, cli))
    }

    @Test(arguments: [
        ("task-annex.txt", "task-annex.pdf", 8),
        ("indicator-plan.txt", "indicator-plan.pdf", 9),
        // Chromium leaves a narrow gap between cells, which `pdftotext` prints as one space.
        ("task-annex.txt", "task-annex.chromium.pdf", 8),
        // Chromium prints a header over two rows (`colspan`) on one line: `2020年目标2025年`.
        ("indicator-plan.txt", "indicator-plan.chromium.pdf", 9),
        // LibreOffice breaks the table over two pages; the second starts its columns further right.
        ("task-annex-across-pages.txt", "task-annex-across-pages.pdf", 10),
    ])
    func thePDFGivesTheTargetsOfTheText(_ text: String, _ pdf: String, _ count: Int) throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let expected = try Self.targets(of: text, cli)
        let found = try Self.targets(of: pdf, cli)
        #expect(expected.count == count)
        #expect(found.count == expected.count)
        for (foundTarget, expectedTarget) in zip(found, expected) {
            #expect(foundTarget == expectedTarget)
        }
    }

    /// Each row of a table that LibreOffice breaks over two pages keeps its own cells: its
    /// number on its first line, its wrapped lines below, none pushed into the next row.
    @Test func aTableOverTwoPagesGivesTheTargetsOfTheWordFile() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let expected = try Self.targets(of: "task-annex-across-pages.docx", cli)
        let found = try Self.targets(of: "task-annex-across-pages.pdf", cli)
        let fields = ["metric", "value", "unit", "comparator", "deadline"]
        func summary(_ target: NSDictionary) -> [String] {
            fields.map { "\(target[$0] ?? "")" } + ["\((target["lead"] as? [String])?.first ?? "")"]
        }
        #expect(found.map(summary) == expected.map(summary))
        #expect(found == expected)
        // The table's five rows, after the five targets of the text.
        #expect(
            expected.suffix(5).map(summary) == [
                ["企业开办时间", "1", "工作日", "<=", "2024-12-31", "市市场监管局"],
                ["社会投资一般工业项目审批时间", "30", "工作日", "<=", "2025-06-30", "市住房城乡建设局"],
                ["低压小微企业接电时间", "5", "工作日", "<=", "2024-12-31", "国网丰川供电公司"],
                ["政务服务事项全程网办率", "90", "%", ">=", "2025-12-31", "市政务服务和数据管理局"],
                ["减税降费及退税缓税缓费", "10000000000", "元", ">=", "2026-12-31", "市税务局"],
            ])
    }

    @Test func theRowsReadAsTabSeparatedCells() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let run = try cli.run(["text", TableImportTests.tableFixture("indicator-plan.pdf")])
        let lines = run.stdout.split(separator: "\n").map(String.init)
        // A cell wrapped over four lines is whole; the header's wrapped labels too.
        #expect(lines.contains("序号\t指标\t单位\t基期值（2020年）\t目标值（2025年）\t属性"))
        #expect(lines.contains("4\t规模以上工业单位增加值能耗降低（%）\t\t—\t[13.5]\t约束性"))
        // A header over two lines keeps its two rows; the title stays right above the table.
        #expect(lines.contains("\t\t\t2020年\t2025年\t"))
        #expect(lines.contains("表2 “十四五”时期生态环境主要指标"))
        #expect(lines.firstIndex(of: "表2 “十四五”时期生态环境主要指标").map { lines[$0 + 1].hasPrefix("序号\t") } == true)
    }
}
