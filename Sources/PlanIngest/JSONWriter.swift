/// Writes JSON text into a byte buffer, token by token, exactly as Foundation's `JSONEncoder`
/// with `.sortedKeys` and `.withoutEscapingSlashes` would: no white space, `\b \t \n \f \r`
/// and `\u00xx` for other control characters, every other character as its UTF-8.
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
    /// The JSON written so far.
    package private(set) var bytes: [UInt8] = []
    /// Whether the next value or key in the current container needs a comma before it.
    private var needsComma = false

    /// Creates an empty writer.
    /// - Parameter capacity: How many bytes to make room for at once.
    package init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
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
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a string value, escaped, or `null`.
    package mutating func string(_ value: String?) {
        guard var value else { return null() }
        separate()
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { utf8 in
            // Most strings need no escape at all: copy them whole.
            guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
            else { return bytes.append(contentsOf: utf8) }
            for byte in utf8 { appendEscaped(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes an integer value, or `null`.
    package mutating func integer(_ value: Int?) {
        guard let value else { return null() }
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// Writes a number as ``JSONNumber/exact(_:)`` prints it, or `null`.
    package mutating func number(_ value: Double?) {
        guard let value else { return null() }
        separate()
        bytes.append(contentsOf: JSONNumber.exact(value).utf8)
    }

    /// Writes `true` or `false`.
    package mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes `null`.
    package mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
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
    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(byte)
        case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
        case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
        case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case ..<0x20:
            bytes.append(contentsOf: [
                UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
            ])
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0xF)])
        default:
            bytes.append(byte)
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    /// A comma before every value or key but the first of its container.
    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
    }
}
