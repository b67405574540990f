import Testing

@testable import PlanIngest

@Suite("DOCX documents")
struct DecodingDOCXTextReaderTests {
    @Test("Reads paragraphs, and table rows as one tab-separated line each")
    func document() throws {
        let text = try DOCXTextReader().plainText(from: try DecodingFixtures.bytes("plan.docx"))
        #expect(text == (try DecodingFixtures.text("plan.docx.expected.txt")))
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("1\t") })
        #expect(row.split(separator: "\t", omittingEmptySubsequences: false).count == 4)
    }

    @Test(
        "Broken archives are clear errors",
        arguments: [
            ("truncated.docx", "the DOCX archive could not be read (it is not a readable ZIP archive"),
            ("not-word.zip", "the DOCX archive could not be read (it has no word/document.xml"),
            ("broken-xml.docx", "word/document.xml could not be read (it is not well-formed XML)"),
            ("plan-utf8.txt", "the DOCX archive could not be read (it is not a readable ZIP archive"),
            ("empty.txt", "the file is empty"),
        ]
    )
    func broken(_ fixture: String, _ message: String) throws {
        let bytes = try DecodingFixtures.bytes(fixture)
        let error = try #require(throws: IngestError.self) { try DOCXTextReader().plainText(from: bytes) }
        #expect(error.description.hasPrefix(message), "\(error.description)")
    }
}
