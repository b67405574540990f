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
        text += fields.map(Self.quoted).joined(separator: ",") + "\r\n"
    }

    /// The field as it appears in a record, quoted when it has to be.
    static func quoted(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { scalar in
            scalar == "," || scalar == "\"" || scalar == "\n" || scalar == "\r"
        }
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}
