/// Turns a document's bytes into the plain text that extraction reads.
///
/// The one entry point for every format PlanIngest knows: plain text is decoded and otherwise
/// passed through untouched (target offsets refer to it, so nothing is normalised), HTML goes
/// through ``HTMLTextReader`` and DOCX through ``DOCXTextReader``.
///
/// ```swift
/// let bytes: [UInt8] = [0xB5, 0xBD, 0x32, 0x30, 0x32, 0x35, 0xC4, 0xEA]  // 到2025年 in GBK
/// try DocumentReader().plainText(from: bytes, format: .plainText)  // "到2025年"
/// ```
public struct DocumentReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// The plain text of a document.
    /// - Parameters:
    ///   - bytes: The document's bytes.
    ///   - format: How to read them; ``DocumentFormat/detected(in:fileExtension:)`` picks one.
    ///   - encoding: For plain text and HTML, an encoding to use instead of detecting one.
    ///     DOCX files are always UTF-8 or UTF-16 XML, which declares its own encoding.
    /// - Returns: The text, exactly as decoded for plain text; one line per paragraph or table
    ///   row for HTML and DOCX.
    /// - Throws: An ``IngestError`` naming the byte offset or part that could not be read.
    /// - Complexity: O(*n*) in the size of the document.
    public func plainText(
        from bytes: [UInt8],
        format: DocumentFormat,
        encoding: TextEncodingName? = nil
    ) throws(IngestError) -> String {
        switch format {
        case .plainText:
            return try TextDecoder().decodedText(from: bytes, encoding: encoding).text
        case .html:
            return try HTMLTextReader().plainText(from: bytes, encoding: encoding)
        case .docx:
            return try DOCXTextReader().plainText(from: bytes)
        }
    }
}
