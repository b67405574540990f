/// One record of a CSV file and the line it starts on.
struct CSVRecord: Sendable, Hashable {
    /// The 1-based line on which the record starts, for error messages.
    var line: Int
    var fields: [String]
}

/// Why a CSV text could not be read.
struct CSVSyntaxError: Error, Hashable, CustomStringConvertible {
    var line: Int
    var problem: String

    var description: String { "line \(line): \(problem)" }
}

/// Reads CSV as RFC 4180 describes it (quoted fields, doubled quotes, line breaks inside quotes,
/// CRLF or LF), and keeps the line each record starts on so errors can name it.
///
/// Blank lines and lines starting with `#` are skipped, so a file can say where its figures come
/// from; a byte order mark, as Excel writes it, is ignored.
///
/// ```swift
/// try CSVReader.records(in: "# demo\ntarget,period\n\"达1500家\",2024Q2\n")
/// // [CSVRecord(line: 2, fields: ["target", "period"]),
/// //  CSVRecord(line: 3, fields: ["达1500家", "2024Q2"])]
/// ```
///
/// - Complexity: O(*n*) in the length of the text.
enum CSVReader {
    static func records(in text: String) throws(CSVSyntaxError) -> [CSVRecord] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }

        var records: [CSVRecord] = []
        var index = 0
        var line = 1
        let count = scalars.count

        func atLineEnd(_ position: Int) -> Bool {
            position < count && (scalars[position] == "\n" || scalars[position] == "\r")
        }
        // Moves past one line break (CRLF, LF or CR) and counts it.
        func skipLineBreak() {
            if scalars[index] == "\r", index + 1 < count, scalars[index + 1] == "\n" { index += 1 }
            index += 1
            line += 1
        }

        while index < count {
            // At the start of a record: skip blank and comment lines.
            if atLineEnd(index) {
                skipLineBreak()
                continue
            }
            if scalars[index] == "#" {
                while index < count, !atLineEnd(index) { index += 1 }
                if index < count { skipLineBreak() }
                continue
            }

            let startLine = line
            var fields: [String] = []
            var field = String.UnicodeScalarView()
            var recordEnded = false
            while !recordEnded {
                if index < count, scalars[index] == "\"", field.isEmpty {
                    // A quoted field runs to the next lone quote.
                    let quoteLine = line
                    index += 1
                    var closed = false
                    while index < count {
                        let scalar = scalars[index]
                        if scalar == "\"" {
                            if index + 1 < count, scalars[index + 1] == "\"" {
                                field.append("\"")
                                index += 2
                                continue
                            }
                            index += 1
                            closed = true
                            break
                        }
                        if scalar == "\n"
                            || (scalar == "\r" && !(index + 1 < count && scalars[index + 1] == "\n"))
                        {
                            line += 1
                        }
                        field.append(scalar)
                        index += 1
                    }
                    guard closed else {
                        throw CSVSyntaxError(line: quoteLine, problem: "a quoted field is never closed")
                    }
                    if index < count, scalars[index] != ",", !atLineEnd(index) {
                        throw CSVSyntaxError(
                            line: line,
                            problem:
                                "text after the closing quote of a field; double a quote inside a quoted field (\"\")"
                        )
                    }
                }
                while index < count, scalars[index] != ",", !atLineEnd(index) {
                    if scalars[index] == "\"" {
                        throw CSVSyntaxError(
                            line: line,
                            problem:
                                "a quote inside an unquoted field; quote the whole field and double the quote (\"\")"
                        )
                    }
                    field.append(scalars[index])
                    index += 1
                }
                fields.append(String(field))
                field = String.UnicodeScalarView()
                if index < count, scalars[index] == "," {
                    index += 1
                } else {
                    if index < count { skipLineBreak() }
                    recordEnded = true
                }
            }
            records.append(CSVRecord(line: startLine, fields: fields))
        }
        return records
    }
}
