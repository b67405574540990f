internal import CLibXML2

/// Reads the paragraphs and tables of a Word document (`.docx`) from `word/document.xml`.
///
/// The archive is opened in memory by ``ZIPArchive`` and the XML parsed with libxml2. Each
/// paragraph becomes a line; each table row becomes one line with its cells separated by tabs,
/// so the rows of a 任务分工表 (task, target, lead unit, partner units) stay together. Deleted
/// revisions, field codes and the fallback copies Word keeps for older readers are skipped.
///
/// ```swift
/// let text = try DOCXTextReader().plainText(from: bytes)
/// // "一、总体要求\n到2025年，全市高新技术企业达到1500家。\n序号\t任务\t牵头单位\n1\t新增企业100家\t市科技局\n"
/// ```
public struct DOCXTextReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// The largest `word/document.xml` the reader unpacks, which bounds the memory a forged
    /// archive (a "zip bomb") can claim.
    public static let maximumDocumentPartSize = 512 * 1024 * 1024

    /// The archive member that holds the document's body.
    static let documentPart = "word/document.xml"

    /// Extracts the text of a DOCX file.
    /// - Parameter bytes: The bytes of the `.docx` file.
    /// - Returns: One line per non-empty paragraph or table row.
    /// - Throws: ``IngestError/empty`` or ``IngestError/unreadableDOCX(part:reason:)``.
    /// - Complexity: O(*n*) in the size of the unpacked document part.
    public func plainText(from bytes: [UInt8]) throws(IngestError) -> String {
        guard !bytes.isEmpty else { throw .empty }
        let xml = try Self.documentXML(in: bytes)
        guard !xml.isEmpty else { throw .unreadableDOCX(part: Self.documentPart, reason: "it is empty") }
        guard xml.count < Int(Int32.max) else {
            throw .unreadableDOCX(part: Self.documentPart, reason: "it is larger than 2 GB")
        }
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_HUGE.rawValue
        )
        let document = xml.withUnsafeBytes { buffer in
            buffer.baseAddress.map { base in
                xmlReadMemory(
                    base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), Self.documentPart, nil,
                    options)
            }
        }
        guard let document = document.flatMap({ $0 }) else {
            throw .unreadableDOCX(part: Self.documentPart, reason: "it is not well-formed XML")
        }
        defer { xmlFreeDoc(document) }
        var builder = PlainTextBuilder()
        if let root = xmlDocGetRootElement(document) {
            Self.appendText(of: root, to: &builder)
        }
        return builder.text()
    }

    /// Whether `bytes` are a ZIP archive with a `word/document.xml` member.
    static func containsDocumentPart(_ bytes: [UInt8]) -> Bool {
        (try? ZIPArchive(bytes))?.member(named: documentPart) != nil
    }

    /// The unpacked bytes of `word/document.xml`.
    private static func documentXML(in bytes: [UInt8]) throws(IngestError) -> [UInt8] {
        let archive: ZIPArchive
        do {
            archive = try ZIPArchive(bytes)
        } catch {
            throw .unreadableDOCX(part: "", reason: "it is not a readable ZIP archive; \(error.reason)")
        }
        guard let member = archive.member(named: documentPart) else {
            throw .unreadableDOCX(part: "", reason: "it has no \(documentPart), so it is not a Word document")
        }
        do {
            return try archive.contents(of: member, limit: maximumDocumentPartSize)
        } catch {
            throw .unreadableDOCX(part: documentPart, reason: error.reason)
        }
    }

    /// Appends the paragraphs and table rows below `root` in document order.
    ///
    /// The walk keeps its own stack rather than recursing, so deeply nested content cannot
    /// exhaust the thread's stack.
    private static func appendText(of root: UnsafeMutablePointer<xmlNode>, to builder: inout PlainTextBuilder)
    {
        enum Step {
            case enter(UnsafeMutablePointer<xmlNode>)
            case exit(String)
        }
        var steps: [Step] = [.enter(root)]
        while let step = steps.popLast() {
            switch step {
            case .exit(let name):
                switch name {
                case "p": builder.endLine()
                case "tr": builder.endRow()
                case "tc": builder.endCell()
                default: break
                }
            case .enter(let node):
                guard node.pointee.type == XML_ELEMENT_NODE else { continue }
                let name = node.pointee.name.map { String(cString: $0) } ?? ""
                switch name {
                case "t":
                    if let text = textContent(of: node) { builder.append(text) }
                    continue
                case "tab", "ptab":
                    builder.append("\t")
                    continue
                case "br", "cr":
                    builder.endLine()
                    continue
                case "noBreakHyphen":
                    builder.append("-")
                    continue
                case "Fallback", "delText", "instrText", "sectPr", "pPr", "rPr", "tblPr", "trPr", "tcPr",
                    "tblGrid", "del", "moveFrom", "commentReference", "footnoteReference",
                    "endnoteReference":
                    continue
                case "p": builder.endLine()
                case "tr": builder.beginRow()
                case "tc": builder.beginCell()
                default: break
                }
                steps.append(.exit(name))
                var children: [Step] = []
                var next = node.pointee.children
                while let child = next {
                    children.append(.enter(child))
                    next = child.pointee.next
                }
                steps.append(contentsOf: children.reversed())
            }
        }
    }

    /// The concatenated text nodes directly inside a `w:t` element.
    private static func textContent(of element: UnsafeMutablePointer<xmlNode>) -> String? {
        var text = ""
        var next = element.pointee.children
        while let child = next {
            if child.pointee.type == XML_TEXT_NODE || child.pointee.type == XML_CDATA_SECTION_NODE,
                let content = child.pointee.content
            {
                text += String(cString: content)
            }
            next = child.pointee.next
        }
        return text.isEmpty ? nil : text
    }
}
