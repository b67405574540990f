/// Why PlanIngest could not turn a document's bytes into plain text.
///
/// Every case carries what the reader needs to find the problem: the byte offset and line of the
/// first bad byte, the value it saw, or the part of the document that was missing. The library
/// knows no file names; the caller puts the file name in front of ``description``.
///
/// ```swift
/// do {
///     _ = try DocumentReader().plainText(from: [0x41, 0xFF], format: .plainText)
/// } catch {
///     print(error)
///     // byte 1 (line 1) is 0xFF, not valid UTF-8 or GB18030: …
/// }
/// ```
public enum IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The document has no bytes at all.
    case empty
    /// The bytes are a binary file, not text: a known file signature or a NUL byte.
    /// - Parameters:
    ///   - kind: What the bytes look like, such as `"a PNG image"` or `"binary data"`.
    ///   - offset: Byte offset of the evidence (0 for a file signature).
    case binary(kind: String, offset: Int)
    /// No supported encoding decodes the bytes.
    /// - Parameters:
    ///   - offset: Byte offset of the first byte the most plausible encoding rejected.
    ///   - line: 1-based line (counted in line feeds) holding that byte.
    ///   - bytes: Up to four bytes starting at `offset`.
    ///   - tried: The encodings tried, in order.
    case undecodable(offset: Int, line: Int, bytes: [UInt8], tried: [TextEncodingName])
    /// The bytes are not valid in the encoding the caller named.
    /// - Parameters:
    ///   - encoding: The encoding the caller asked for.
    ///   - offset: Byte offset of the first invalid byte.
    ///   - line: 1-based line (counted in line feeds) holding that byte.
    ///   - bytes: Up to four bytes starting at `offset`.
    case invalidInEncoding(TextEncodingName, offset: Int, line: Int, bytes: [UInt8])
    /// The system's converter (glibc `iconv`) does not know the encoding name.
    case unknownEncoding(TextEncodingName)
    /// An HTML page that the parser could not read at all.
    case unreadableHTML(reason: String)
    /// A DOCX file that is not a readable ZIP archive or lacks `word/document.xml`.
    /// - Parameters:
    ///   - part: The archive member involved (`word/document.xml`), or `""` for the archive itself.
    ///   - reason: What was wrong with it.
    case unreadableDOCX(part: String, reason: String)
    /// An Excel workbook (`.xlsx`) that is not a readable ZIP archive or whose parts are damaged.
    /// - Parameters:
    ///   - part: The archive member involved (`xl/worksheets/sheet1.xml`), or `""` for the archive.
    ///   - reason: What was wrong with it.
    case unreadableWorkbook(part: String, reason: String)

    /// One line: what failed, where, and what to do about it.
    public var description: String {
        switch self {
        case .empty:
            return "the file is empty; nothing to read (check that it was saved completely)"
        case .binary(let kind, let offset):
            guard offset == 0 else {
                return "the file is \(kind) (NUL byte at offset \(offset)), not a text document;"
                    + " if it is UTF-16 text without a byte order mark, pass --encoding UTF-16LE"
            }
            return "the file is \(kind), not a text document;"
                + " give plantrack a .txt, .html, .docx or .pdf file"
        case .undecodable(let offset, let line, let bytes, let tried):
            let names = tried.map(\.rawValue).joined(separator: " or ")
            return "byte \(offset) (line \(line)) is \(Self.hex(bytes)), not valid \(names);"
                + " if the file uses another encoding, name it with --encoding NAME (e.g. BIG5)"
        case .invalidInEncoding(let encoding, let offset, let line, let bytes):
            return "byte \(offset) (line \(line)) is \(Self.hex(bytes)), not valid \(encoding.rawValue);"
                + " check the --encoding value, or leave it out to detect the encoding"
        case .unknownEncoding(let encoding):
            return "unknown encoding \"\(encoding.rawValue)\";"
                + " use a name that `iconv -l` lists, such as UTF-8, UTF-16LE, GB18030 or BIG5"
        case .unreadableHTML(let reason):
            return "the HTML page could not be parsed (\(reason)); save it again from a browser as HTML"
        case .unreadableDOCX(let part, let reason):
            let place = part.isEmpty ? "the DOCX archive" : part
            return "\(place) could not be read (\(reason)); open the file in Word or LibreOffice"
                + " and save it again as .docx"
        case .unreadableWorkbook(let part, let reason):
            let place = part.isEmpty ? "the workbook" : part
            return "\(place) could not be read (\(reason)); open the file in Excel, WPS or LibreOffice"
                + " and save it again as .xlsx"
        }
    }

    /// Formats bytes as `0xFF 0xFE`.
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return "0x" + (digits.count == 1 ? "0" + digits : digits)
        }.joined(separator: " ")
    }
}
