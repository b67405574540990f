/// Writes CSV as RFC 4180 describes it: fields holding a comma, a double quote or a line break
/// are quoted, quotes doubled, records end in CRLF.
///
/// Excel and WPS open UTF-8 CSV correctly only when it starts with a byte order mark, hence the
/// option.
///
/// ```swift
/// var writer = CSVWriter()
/// writer.append(["metric", "quote"])
/// writer.append(["高新技术企业", "达到\"1500家\""])
/// writer.text  // "metric,quote\r\n高新技术企业,\"达到\"\"1500家\"\"\"\r\n"
/// ```
struct CSVWriter: Sendable {
    private var bytes: [UInt8]

    /// The CSV written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    init(byteOrderMark: Bool = false) {
        bytes = byteOrderMark ? Array("\u{FEFF}".utf8) : []
    }

    /// Appends one record.
    mutating func append(_ fields: [String]) {
        Self.appendRecord(fields, to: &bytes)
    }

    /// One record as a line of CSV, CRLF included.
    static func record(_ fields: [String]) -> String {
        String(writingUTF8: { appendRecord(fields, to: &$0) })
    }

    /// Appends one record of `fields` to `bytes` as UTF-8, CRLF included.
    static func appendRecord(_ fields: [String], to bytes: inout [UInt8]) {
        CSVRecordWriter.appendRecord(to: &bytes) { record in
            for field in fields { record.appendCell(field) }
        }
    }
}
