/// Writes CSV records straight into a byte buffer, as RFC 4180 describes them: fields
/// separated by commas, a field holding a comma, a double quote or a line break quoted with its
/// quotes doubled, and CRLF at the end of each record. The one CSV writer of plantrack: reports,
/// history, plans, targets and every other CSV go through it.
///
/// Each field is made inert in a spreadsheet first (see ``appendCell(writing:)``). Fields go
/// into the buffer as they are written and are quoted afterwards in the rare case they need
/// it, so a record costs no string per field.
///
/// ```swift
/// var bytes: [UInt8] = []
/// CSVRecordWriter.appendRecord(["metric", "quote"], to: &bytes)
/// CSVRecordWriter.appendRecord(to: &bytes) { record in
///     record.appendCell("高新技术企业")
///     record.appendCell("达到\"1500家\"")
/// }
/// // bytes holds "metric,quote\r\n高新技术企业,\"达到\"\"1500家\"\"\"\r\n" as UTF-8
/// ```
package struct CSVRecordWriter {
    @usableFromInline var bytes: [UInt8] = []
    @usableFromInline var hasFields = false

    @usableFromInline init() {}

    /// Appends to `bytes` one record of the fields that `fill` adds, CRLF included.
    ///
    /// Inlinable, like ``appendCell(writing:)``, so that a report's rows are written in the
    /// caller's own code.
    @inlinable
    package static func appendRecord(to bytes: inout [UInt8], _ fill: (inout CSVRecordWriter) -> Void) {
        var record = CSVRecordWriter()
        // Swapped rather than copied, so that appending never copies the buffer.
        swap(&record.bytes, &bytes)
        fill(&record)
        record.bytes.append(UInt8(ascii: "\r"))
        record.bytes.append(UInt8(ascii: "\n"))
        swap(&record.bytes, &bytes)
    }

    /// Appends to `bytes` one record of `fields`, CRLF included.
    package static func appendRecord(_ fields: [String], to bytes: inout [UInt8]) {
        appendRecord(to: &bytes) { record in
            for field in fields { record.appendCell(field) }
        }
    }

    /// One record of `fields` as a line of CSV, CRLF included.
    package static func record(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        appendRecord(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Adds a field holding `text`.
    @inlinable
    package mutating func appendCell(_ text: String) {
        appendCell { $0.append(contentsOf: text.utf8) }
    }

    /// Adds a field whose text `write` appends, as UTF-8, to the bytes it is given.
    ///
    /// A field that Excel or WPS would run as a formula (it begins with `=`, `+`, `-`, `@`, a
    /// tab or a carriage return, and is not a plain number such as `-3.5`) gets a leading `'`,
    /// as OWASP recommends for CSV injection, and control characters are written out visibly
    /// (`\e`).
    // Inlined so that `write` runs in its caller: a closure called through this function would
    // get its own copy of what it captures, such as a whole target status.
    @inlinable @inline(__always)
    package mutating func appendCell(writing write: (inout [UInt8]) -> Void) {
        if hasFields { bytes.append(UInt8(ascii: ",")) }
        hasFields = true
        let start = bytes.count
        write(&bytes)
        neutraliseField(from: start)
        quoteField(from: start)
    }

    /// Makes the field that starts at `start` inert in a spreadsheet: see
    /// ``appendCell(writing:)``.
    @inlinable
    mutating func neutraliseField(from start: Int) {
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
        if hasControl { showControls(from: start) }
        if Self.startsFormula(bytes[start]), !Self.isPlainNumber(bytes[start...]) {
            bytes.insert(UInt8(ascii: "'"), at: start)
        }
    }

    /// Writes the control characters of the field that starts at `start` out visibly, as
    /// ``Swift/String/visibleControls(keeping:)`` does, keeping carriage returns, which quoting
    /// protects.
    @usableFromInline
    mutating func showControls(from start: Int) {
        let visible = Array(
            String(decoding: bytes[start...], as: UTF8.self).visibleControls(keeping: ["\r"]).utf8)
        bytes.removeSubrange(start...)
        bytes += visible
    }

    /// Whether a field that begins with `byte` would run as a formula: `=`, `+`, `-`, `@`, a
    /// tab or a carriage return.
    @inlinable
    static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }

    /// Whether the field is a number as plantrack writes one (a sign, digits, a decimal point and
    /// perhaps a percent sign: `-3.5`, `-0.8%`), or the lone `-` of an empty cell: neither is a
    /// formula.
    @inlinable
    static func isPlainNumber(_ field: ArraySlice<UInt8>) -> Bool {
        guard field.first == UInt8(ascii: "-") || field.first == UInt8(ascii: "+") else { return false }
        var body = field.dropFirst()
        if body.isEmpty { return field.first == UInt8(ascii: "-") }
        if body.last == UInt8(ascii: "%") { body = body.dropLast() }
        return !body.isEmpty && body.first != UInt8(ascii: ".")
            && body.allSatisfy {
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".")
            }
    }

    /// Whether a field holding this byte must be quoted: a comma, a double quote or a line break.
    @inlinable
    static func needsQuotes(_ byte: UInt8) -> Bool {
        // The first test settles nearly every byte: the four all sort at or before the comma.
        byte <= UInt8(ascii: ",")
            && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r"))
    }

    /// Quotes the field that starts at `start` and runs to the end, doubling its quotes, when
    /// it holds a byte that needs quotes.
    @inlinable
    mutating func quoteField(from start: Int) {
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
