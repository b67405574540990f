import Testing

@testable import PlanIngest

@Suite("Document formats")
struct DecodingDocumentFormatTests {
    @Test(
        "Content decides where it is unambiguous, the extension otherwise",
        arguments: [
            ("plan.docx", "docx", DocumentFormat.docx),
            ("plan.docx", nil, .docx),
            ("plan.docx", "txt", .docx),
            ("page.html", "html", .html),
            ("page.html", "txt", .html),
            ("page-gbk.html", nil, .html),
            ("plan-utf8.txt", "txt", .plainText),
            ("plan-utf8.txt", "HTM", .html),
            ("plan-utf8.txt", nil, .plainText),
            ("plan-gbk.txt", "md", .plainText),
            ("not-word.zip", "docx", .docx),
            ("not-word.zip", nil, .plainText),
            ("truncated.docx", "docx", .docx),
        ] as [(String, String?, DocumentFormat)]
    )
    func detection(_ fixture: String, _ fileExtension: String?, _ expected: DocumentFormat) throws {
        let bytes = try DecodingFixtures.bytes(fixture)
        #expect(DocumentFormat.detected(in: bytes, fileExtension: fileExtension) == expected)
    }

    @Test("Every format reads the same plan", arguments: ["plan-gbk.txt", "page-gbk.html", "plan.docx"])
    func reader(_ fixture: String) throws {
        let bytes = try DecodingFixtures.bytes(fixture)
        let format = DocumentFormat.detected(in: bytes, fileExtension: nil)
        let text = try DocumentReader().plainText(from: bytes, format: format)
        #expect(text.contains("到2025年，全市高新技术企业达到1500家"))
    }
}
