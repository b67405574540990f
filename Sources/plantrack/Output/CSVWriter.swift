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
    private(set) var text: String

    init(byteOrderMark: Bool = false) {
        text = byteOrderMark ? "\u{FEFF}" : ""
    }

    /// Appends one record.
    mutating func append(_ fields: [String]) {
        text += Self.record(fields)
    }

    /// One record as a line of CSV, CRLF included.
    static func record(_ fields: [String]) -> String {
        var line = ""
        line.reserveCapacity(fields.reduce(2) { $0 + $1.utf8.count + 1 })
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            line += quoted(field)
        }
        return line + "\r\n"
    }

    /// Whether a field holding this byte must be quoted: a comma, a double quote or a line break.
    static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    /// The field as it appears in a record, quoted when it has to be.
    static func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: needsQuotes) else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension StreamedOutput {
    /// Appends one CSV record, quoted as ``CSVWriter`` quotes.
    mutating func writeCSVRecord(_ fields: [String]) throws {
        try write(CSVWriter.record(fields))
    }
}
