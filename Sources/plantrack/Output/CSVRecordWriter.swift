/// A ``RowSink`` that writes a row as one CSV record straight into a byte buffer, as RFC 4180
/// describes it: fields separated by commas, a field holding a comma, a double quote or a line
/// break quoted with its quotes doubled, and CRLF at the end.
///
/// Fields go into the buffer as they are written and are quoted afterwards in the rare case
/// they need it, so a record costs no string per field.
///
/// ```swift
/// var bytes: [UInt8] = []
/// CSVRecordWriter.appendRecord(to: &bytes) { record in
///     record.appendCell("高新技术企业")
///     record.appendCell("达到\"1500家\"")
/// }
/// // bytes holds "高新技术企业,\"达到\"\"1500家\"\"\"\r\n" as UTF-8
/// ```
struct CSVRecordWriter: RowSink {
    private var bytes: [UInt8] = []
    private var hasFields = false

    /// Appends to `bytes` one record of the fields that `fill` adds, CRLF included.
    static func appendRecord(to bytes: inout [UInt8], _ fill: (inout CSVRecordWriter) -> Void) {
        var record = CSVRecordWriter()
        // Swapped rather than copied, so that appending never copies the buffer.
        swap(&record.bytes, &bytes)
        fill(&record)
        record.bytes.append(UInt8(ascii: "\r"))
        record.bytes.append(UInt8(ascii: "\n"))
        swap(&record.bytes, &bytes)
    }

    /// Whether a field holding this byte must be quoted: a comma, a double quote or a line break.
    private static func needsQuotes(_ byte: UInt8) -> Bool {
        // The first test settles nearly every byte: the four all sort at or before the comma.
        byte <= UInt8(ascii: ",")
            && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r"))
    }

    mutating func appendCell(_ text: String) {
        appendCell { $0.append(contentsOf: text.utf8) }
    }

    // Inlined so that `write` runs in its caller: a closure called through this function would
    // get its own copy of what it captures, such as a whole target status.
    @inline(__always)
    mutating func appendCell(writing write: (inout [UInt8]) -> Void) {
        if hasFields { bytes.append(UInt8(ascii: ",")) }
        hasFields = true
        let start = bytes.count
        write(&bytes)
        neutraliseField(from: start)
        quoteField(from: start)
    }

    /// Makes the field that starts at `start` inert in a spreadsheet, as OWASP recommends for
    /// CSV injection: a field that Excel or WPS would run as a formula (it begins with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return, and is not a plain number such as `-3.5`) gets a
    /// leading `'`, and control characters are written out visibly (`\e`).
    private mutating func neutraliseField(from start: Int) {
        guard start < bytes.count else { return }
        // One pass over the field's bytes: C0 controls but line ends and tabs, DEL, and C1
        // controls (C2 80…C2 9F in UTF-8).
        let hasControl = bytes.withUnsafeBufferPointer { field in
            var index = start
            while index < field.count {
                let byte = field[index]
                if byte < 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D || byte == 0x7F { return true }
                if byte == 0xC2, index + 1 < field.count, field[index + 1] >= 0x80, field[index + 1] <= 0x9F {
                    return true
                }
                index += 1
            }
            return false
        }
        if hasControl {
            let visible = Array(
                String(decoding: bytes[start...], as: UTF8.self).visibleControls(keeping: ["\r"]).utf8)
            bytes.removeSubrange(start...)
            bytes += visible
        }
        if Self.startsFormula(bytes[start]), !Self.isPlainNumber(bytes[start...]) {
            bytes.insert(UInt8(ascii: "'"), at: start)
        }
    }

    /// Whether a field that begins with `byte` would run as a formula: `=`, `+`, `-`, `@`, a
    /// tab or a carriage return.
    private static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }

    /// Whether the field is a number as plantrack writes one (a sign, digits, a decimal point and
    /// perhaps a percent sign: `-3.5`, `-0.8%`), or the lone `-` of an empty cell: neither is a
    /// formula.
    private static func isPlainNumber(_ field: ArraySlice<UInt8>) -> Bool {
        guard field.first == UInt8(ascii: "-") || field.first == UInt8(ascii: "+") else { return false }
        var body = field.dropFirst()
        if body.isEmpty { return field.first == UInt8(ascii: "-") }
        if body.last == UInt8(ascii: "%") { body = body.dropLast() }
        return !body.isEmpty && body.first != UInt8(ascii: ".")
            && body.allSatisfy {
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".")
            }
    }

    /// Quotes the field that starts at `start` and runs to the end, doubling its quotes, when
    /// it holds a byte that needs quotes.
    private mutating func quoteField(from start: Int) {
        let needsQuotes = bytes.withUnsafeBufferPointer { field in
            var index = start
            while index < field.count, !Self.needsQuotes(field[index]) { index += 1 }
            return index < field.count
        }
        guard needsQuotes else { return }
        let quote = UInt8(ascii: "\"")
        let field = Array(bytes[start...])
        bytes.removeSubrange(start...)
        bytes.append(quote)
        for byte in field {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
    }
}
