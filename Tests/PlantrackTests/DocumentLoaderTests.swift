import Foundation
import PlanIngest
import Testing

@testable import plantrack

/// A fresh folder under the system's temporary folder, removed by `remove()`.
private struct ScratchFolder {
    let path: String

    init() throws {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "plantrack-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` (which may contain folders) and returns the file's path.
    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let file = (path as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

private func fixture(_ name: String) throws -> String {
    let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return folder.appendingPathComponent("Input").appendingPathComponent(name).path
}

private let pdftotextIsInstalled = PDFTextReader().executable != nil

@Suite("Loading plan files")
struct DocumentLoaderTests {
    @Test(
        "Reads each format and encoding into the same text",
        arguments: [
            ("plan.txt", Array("到2025年达到1500家\n".utf8), InputFormat.plainText, "到2025年达到1500家\n"),
            ("plan.txt", [0xB5, 0xBD, 0x32, 0x30, 0x32, 0x35, 0xC4, 0xEA], .plainText, "到2025年"),
            ("plan", [0xFF, 0xFE, 0x30, 0x57, 0x74, 0x5E], .plainText, "地年"),
            ("page.htm", Array("<p>到2025年</p><script>x</script>".utf8), .html, "到2025年\n"),
            ("saved.txt", Array("<!DOCTYPE html><nav>首页</nav><p>到2025年</p>".utf8), .html, "到2025年\n"),
        ] as [(String, [UInt8], InputFormat, String)]
    )
    func formats(_ name: String, _ bytes: [UInt8], _ format: InputFormat, _ text: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let document = try DocumentLoader().document(at: try folder.write(bytes, to: name))
        #expect(document.fileName == name)
        #expect(document.format == format)
        #expect(document.text == text)
    }

    @Test("Reads DOCX tables and GBK web pages from real files")
    func structuredFiles() throws {
        let docx = try DocumentLoader().document(at: try fixture("plan.docx"))
        #expect(docx.format == .docx)
        #expect(docx.text.contains("1\t新增企业 100家\t市科技局\t市财政局、市工信局\n"))
        let page = try DocumentLoader().document(at: try fixture("page-gbk.html"))
        #expect(page.format == .html)
        #expect(page.text.contains("到2025年，全市高新技术企业达到1500家"))
    }

    @Test("Fingerprints the file's bytes with SHA-256, whatever its encoding")
    func fingerprint() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let document = try DocumentLoader().document(at: try folder.write(Array("abc".utf8), to: "abc.txt"))
        #expect(document.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let bom = try DocumentLoader().document(
            at: try folder.write([0xEF, 0xBB, 0xBF] + Array("abc".utf8), to: "bom.txt"))
        #expect(bom.text == "abc")
        #expect(bom.sha256 != document.sha256)
    }

    @Test(
        "Bad paths and files are one-line errors naming the file",
        arguments: [
            ("empty.txt", [], "empty.txt: the file is empty"),
            (
                "image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0],
                "image.png: the file is a PNG image"
            ),
            ("notes.txt", [0x41, 0x00, 0x42], "notes.txt: the file is binary data (NUL byte at offset 1)"),
            ("bad.txt", [0x41, 0x0A, 0xC4, 0xEA, 0x81, 0x20], "bad.txt: byte 4 (line 2) is 0x81 0x20"),
            (
                "old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0],
                "old.doc: the file is a legacy Office file"
            ),
            ("fake.docx", Array("not a zip".utf8), "fake.docx: the DOCX archive could not be read"),
        ] as [(String, [UInt8], String)]
    )
    func badFiles(_ name: String, _ bytes: [UInt8], _ message: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write(bytes, to: name)
        let error = try #require(throws: CLIError.self) { try DocumentLoader().document(at: path) }
        #expect(error.description.contains(message), "\(error.description)")
        #expect(error.description.hasPrefix(path))
        #expect(!error.description.contains("\n"))
    }

    @Test("A missing path and a folder are refused")
    func missingAndFolder() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let missing = (folder.path as NSString).appendingPathComponent("nowhere.txt")
        let missingError = try #require(throws: CLIError.self) { try DocumentLoader().document(at: missing) }
        #expect(missingError.description == "\(missing): no such file; check the path")
        let folderError = try #require(throws: CLIError.self) {
            try DocumentLoader().document(at: folder.path)
        }
        #expect(folderError.description.contains("is a folder"))
    }

    @Test("A 200 MB file is refused by its size before it is read")
    func sizeLimit() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write([], to: "huge.txt")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200 * 1024 * 1024)  // sparse: no disk used
        try handle.close()
        let error = try #require(throws: CLIError.self) { try DocumentLoader().document(at: path) }
        #expect(
            error.description
                == "\(path): the file is 200 MB, over the 50 MB limit; raise it with --max-size if the file really is a plan"
        )
        let small = try folder.write(Array("到2025年达到1500家".utf8), to: "small.txt")
        #expect(throws: CLIError.self) {
            try DocumentLoader(maximumSize: ByteCount(bytes: 10)).document(at: small)
        }
        #expect(
            try DocumentLoader(maximumSize: ByteCount(bytes: 24)).document(at: small).text == "到2025年达到1500家")
    }

    @Test("An unreadable file is refused", .enabled(if: geteuid() != 0, "root reads every file"))
    func unreadable() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write(Array("到2025年".utf8), to: "secret.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        let error = try #require(throws: CLIError.self) { try DocumentLoader().document(at: path) }
        #expect(error.description.contains("permission denied"))
    }

    @Test("A PDF needs pdftotext, and says which package has it")
    func pdfWithoutPoppler() throws {
        let loader = DocumentLoader(pdfReader: PDFTextReader(searchPath: []))
        let path = try fixture("plan.pdf")
        let error = try #require(throws: CLIError.self) { try loader.document(at: path) }
        #expect(error.description.contains("poppler-utils"))
    }

    @Test(
        "A PDF's text layer is read with pdftotext",
        .enabled(if: pdftotextIsInstalled, "pdftotext is not installed (Debian: poppler-utils)"))
    func pdf() throws {
        let document = try DocumentLoader().document(at: try fixture("plan.pdf"))
        #expect(document.format == .pdf)
        #expect(document.text.contains("一、总体目标\n到2025年，全市高新技术企业达到1500家。"))
    }

    @Test(
        "A PDF without a text layer says so",
        .enabled(if: pdftotextIsInstalled, "pdftotext is not installed (Debian: poppler-utils)"))
    func scannedPDF() throws {
        let path = try fixture("scanned.pdf")
        let error = try #require(throws: CLIError.self) { try DocumentLoader().document(at: path) }
        #expect(error.description.contains("the PDF has no text layer"))
    }

    @Test(
        "A damaged PDF is reported with pdftotext's reason",
        .enabled(if: pdftotextIsInstalled, "pdftotext is not installed (Debian: poppler-utils)"))
    func damagedPDF() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write(Array("%PDF-1.4\nnothing else".utf8), to: "damaged.pdf")
        let error = try #require(throws: CLIError.self) { try DocumentLoader().document(at: path) }
        #expect(error.description.contains("pdftotext could not read it"), "\(error.description)")
    }

    @Test("A folder walk lists supported files in a stable order")
    func folderWalk() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        for name in [
            "b.txt", "a/z.docx", "a/y.HTML", ".hidden.txt", "~$lock.docx", "c/photo.png", "d.pdf", "A.txt",
            ".git/x.txt",
        ] {
            try folder.write([0x41], to: name)
        }
        let paths = try DocumentLoader().documents(in: folder.path)
        let names = paths.map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(names == ["A.txt", "a/y.HTML", "a/z.docx", "b.txt", "d.pdf"])
        #expect(throws: CLIError.self) { try DocumentLoader().documents(in: folder.path + "/b.txt") }
        #expect(throws: CLIError.self) { try DocumentLoader().documents(in: folder.path + "/missing") }
    }

    @Test(
        "Sizes parse with units",
        arguments: [
            ("50MB", 52_428_800), ("50m", 52_428_800), ("1.5G", 1_610_612_736), ("512KiB", 524_288),
            ("1000", 1000), ("12B", 12),
        ]
    )
    func sizes(_ text: String, _ bytes: Int) {
        #expect(ByteCount(argument: text)?.bytes == bytes)
    }

    @Test("Nonsense sizes are rejected", arguments: ["", "MB", "-5MB", "5TB", "five"])
    func badSizes(_ text: String) {
        #expect(ByteCount(argument: text) == nil)
    }
}
