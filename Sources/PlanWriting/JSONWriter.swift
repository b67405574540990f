/// Writes JSON text into a byte buffer, token by token, exactly as Foundation's `JSONEncoder`
/// with `.sortedKeys` and `.withoutEscapingSlashes` would: no white space (or, indented, the
/// white space `.prettyPrinted` adds), `\b \t \n \f \r` and `\u00xx` for other control
/// characters, every other character as its UTF-8.
///
/// Callers write the keys of each object in sorted order themselves. The encoder builds a tree
/// of boxed values and sorts their keys for every object; writing directly costs a fraction.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.openObject()
/// writer.key("a")
/// writer.number(3.55)
/// writer.closeObject()
/// writer.bytes  // {"a":3.55}
/// ```
package struct JSONWriter {
    private let buffer: ByteBuffer
    /// Whether each element and key starts a line, indented two spaces per level.
    private let isIndented: Bool
    /// Whether the next value or key in the current container needs a comma before it.
    private var needsComma = false
    /// Whether a key was just written, so that its value follows on the same line.
    private var isAfterKey = false
    /// How many containers are open.
    private var depth = 0

    /// Creates an empty writer.
    /// - Parameters:
    ///   - capacity: How many bytes to make room for at once.
    ///   - isIndented: Whether to lay the JSON out as `JSONEncoder`'s `.prettyPrinted` does: one
    ///     element or key per line, `"key" : value`, an empty container as a blank line.
    ///   - depth: How many containers the JSON written stands in: a value written on its own
    ///     and put into a larger document later by ``element(_:)``.
    package init(capacity: Int = 0, isIndented: Bool = false, depth: Int = 0) {
        buffer = ByteBuffer(capacity: capacity)
        self.isIndented = isIndented
        self.depth = depth
    }

    /// The JSON written so far.
    package var bytes: [UInt8] { buffer.bytes }

    /// How many bytes were written since the start or the last ``takeBytes()``.
    package var count: Int { buffer.count }

    /// The bytes written since the start or the last call, which leave the buffer: a long
    /// array goes out in blocks while the writer keeps its place in the JSON.
    package mutating func takeBytes() -> [UInt8] {
        defer { buffer.removeAll() }
        return buffer.bytes
    }

    /// Writes as the next element an element written on its own by a writer of the same
    /// layout started at this depth, such as a row kept to be sorted.
    package mutating func element(_ written: some Sequence<UInt8>) {
        if needsComma { buffer.append(UInt8(ascii: ",")) }
        needsComma = true
        let copied: Void? = written.withContiguousStorageIfAvailable { buffer.append($0) }
        if copied == nil { for byte in written { buffer.append(byte) } }
    }

    /// Writes `value` as it writes itself.
    package mutating func value(_ value: some JSONWritable) {
        value.write(to: &self)
    }

    /// Writes `{`.
    package mutating func openObject() { open(UInt8(ascii: "{")) }

    /// Writes `}`.
    package mutating func closeObject() { close(UInt8(ascii: "}")) }

    /// Writes `[`.
    package mutating func openArray() { open(UInt8(ascii: "[")) }

    /// Writes `]`.
    package mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Writes an object key and its colon; the value follows.
    package mutating func key(_ name: StaticString) {
        separate()
        if isIndented {
            buffer.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { buffer.append($0) }
            buffer.append("\" : ")
        } else {
            buffer.appendKey(name)
        }
        isAfterKey = true
    }

    /// Writes an object key known only at run time, escaped, and its colon; the value follows.
    package mutating func key(_ name: String) {
        string(name)
        buffer.append(isIndented ? " : " : ":")
        isAfterKey = true
    }

    /// Writes a string value, escaped, or `null`.
    package mutating func string(_ value: String?) {
        guard var value else { return null() }
        separate()
        buffer.append(UInt8(ascii: "\""))
        value.withUTF8 { utf8 in
            // Most strings need no escape at all: copy them whole.
            guard Self.needsEscape(utf8) else { return buffer.append(utf8) }
            for byte in utf8 { appendEscaped(byte) }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// Writes an integer value, or `null`.
    package mutating func integer(_ value: Int?) {
        guard let value else { return null() }
        separate()
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        buffer.appendDigits(of: value.magnitude)
    }

    /// Writes a number as ``JSONNumber/exact(_:)`` prints it, or `null`.
    package mutating func number(_ value: Double?) {
        guard let value else { return null() }
        // Most quantities are whole: write their digits without building a string.
        if let whole = JSONNumber.whole(value) { return integer(Int(whole)) }
        separate()
        var text = JSONNumber.exact(value)
        text.withUTF8 { buffer.append($0) }
    }

    /// Writes a number rounded to `decimals` decimals as ``JSONNumber/rounded(_:toDecimals:)``
    /// prints it, or `null`: a ratio at four decimals is 1.8049.
    package mutating func number(_ value: Double?, decimals: Int) {
        guard let value else { return null() }
        separate()
        var text = JSONNumber.rounded(value, toDecimals: decimals)
        text.withUTF8 { buffer.append($0) }
    }

    /// Writes `true`, `false` or `null`.
    package mutating func bool(_ value: Bool?) {
        guard let value else { return null() }
        separate()
        buffer.append(value ? "true" : "false")
    }

    /// Writes `null`.
    package mutating func null() {
        separate()
        buffer.append("null")
    }

    /// Writes a key and a string value, or `null`.
    package mutating func field(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    /// Writes a key and an integer value, or `null`.
    package mutating func field(_ name: StaticString, _ value: Int?) {
        key(name)
        integer(value)
    }

    /// Writes a key and `true` or `false`.
    package mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// Writes a key and a quantity as ``JSONNumber/exact(_:)`` prints it, or `null`.
    package mutating func field(_ name: StaticString, quantity value: Double?) {
        key(name)
        number(value)
    }

    /// Writes a key and an array of strings.
    package mutating func field(_ name: StaticString, _ values: [String]) {
        key(name)
        openArray()
        for value in values { string(value) }
        closeArray()
    }

    /// Appends one byte of a string, escaped as `JSONEncoder` escapes it.
    private func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            buffer.append(UInt8(ascii: "\\"))
            buffer.append(byte)
        case 0x08: buffer.append("\\b")
        case 0x09: buffer.append("\\t")
        case 0x0A: buffer.append("\\n")
        case 0x0C: buffer.append("\\f")
        case 0x0D: buffer.append("\\r")
        case ..<0x20:
            buffer.append("\\u00")
            buffer.append(Self.hexDigits[Int(byte >> 4)])
            buffer.append(Self.hexDigits[Int(byte & 0xF)])
        default:
            buffer.append(byte)
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether `utf8` holds a byte that JSON escapes: a control character, `"` or `\`.
    ///
    /// Tests eight bytes at a time: every quote, metric and mention passes through here, and
    /// almost none of them needs an escape.
    static func needsEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        var offset = 0
        while offset + 8 <= utf8.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // A high bit survives only where a byte is below 0x20 or equals `"` or `\`; bytes
            // of 0x80 and above keep none, whatever the subtractions borrow.
            let below = word &- ones &* 0x20
            let quote = (word ^ ones &* 0x22) &- ones
            let backslash = (word ^ ones &* 0x5C) &- ones
            if (below | quote | backslash) & ~word & (ones << 7) != 0 { return true }
            offset += 8
        }
        while offset < utf8.count {
            let byte = utf8[offset]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            offset += 1
        }
        return false
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        buffer.append(bracket)
        depth += 1
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if isIndented {
            // An empty container keeps a blank line, as the encoder writes it.
            if !needsComma { buffer.append(UInt8(ascii: "\n")) }
            startLine()
        }
        buffer.append(bracket)
        needsComma = true
    }

    /// A comma before every value or key but the first of its container, and, indented, a new
    /// line; nothing between a key and its value.
    private mutating func separate() {
        guard !isAfterKey else {
            isAfterKey = false
            return
        }
        if needsComma { buffer.append(UInt8(ascii: ",")) }
        needsComma = true
        if isIndented, depth > 0 { startLine() }
    }

    /// A line break and the indentation of the current depth.
    private func startLine() {
        buffer.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { buffer.append("  ") }
    }
}
