import Foundation
import Testing

@testable import PlanWriting

/// The writer must print exactly what `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` printed before it: the extraction JSON is a contract.
@Suite struct JSONWriterTests {
    static func encoderJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func written(_ write: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        write(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test(arguments: [
        "", "plain", "quote \" inside", "back\\slash", "a/b/c", "到2025年,高新技术企业达1500家",
        "tab\there", "line\nbreak", "\r\n", "\u{8}\u{C}", "\u{0}\u{1}\u{1F}", "\u{7F}", "\u{85}\u{A0}",
        "\u{2028}\u{2029}", "\u{FEFF}", "😀", "e\u{301}", "〔2022〕73号", "50%-20%",
    ])
    func string(_ text: String) throws {
        let json = Self.written { writer in
            writer.openArray()
            writer.string(text)
            writer.closeArray()
        }
        #expect(json == (try Self.encoderJSON([text])))
    }

    @Test(arguments: [0, 7, 10, 99, 100, -3, -10, 2025, Int.max, Int.min])
    func integer(_ value: Int) throws {
        #expect(Self.written { $0.integer(value) } == (try Self.encoderJSON(value)))
    }

    @Test func everyControlCharacter() throws {
        let text = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        #expect(Self.written { $0.string(text) } == (try Self.encoderJSON(text)))
    }

    @Test func nilFieldsAndEmptyArrays() throws {
        let json = Self.written { writer in
            writer.openObject()
            writer.field("empty", [])
            writer.field("flag", false)
            writer.field("missing", nil as String?)
            writer.field("names", ["市科技局", "市财政局"])
            writer.field("number", nil as Int?)
            writer.field("share", quantity: nil)
            writer.field("start", 12)
            writer.closeObject()
        }
        let expected: [String: EncodedValue] = [
            "empty": .array([]), "flag": .bool(false), "missing": .string(nil),
            "names": .array([.string("市科技局"), .string("市财政局")]), "number": .integer(nil),
            "share": .decimal(nil), "start": .integer(12),
        ]
        #expect(json == (try Self.encoderJSON(expected)))
    }

    @Test func nestedContainers() throws {
        let json = Self.written { writer in
            writer.openObject()
            writer.key("a")
            writer.openArray()
            writer.openObject()
            writer.closeObject()
            writer.openArray()
            writer.closeArray()
            writer.integer(-3)
            writer.closeArray()
            writer.key("b")
            writer.null()
            writer.closeObject()
        }
        #expect(json == #"{"a":[{},[],-3],"b":null}"#)
    }

    static func prettyEncoderJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One report row: written by the indented writer as the reports write it.
    static func writeRow(_ writer: inout JSONWriter, id: Int, units: [String]) {
        writer.openObject()
        writer.key("achieved")
        writer.number(id == 1 ? nil : 96.5, decimals: JSONNumber.ratioDecimals)
        writer.key("counts")
        writer.openObject()
        for state in ["met", "no_data"] {
            writer.key(state)
            writer.integer(id)
        }
        writer.closeObject()
        writer.field("empty", [])
        writer.field("responsible", units)
        writer.field("target_id", id)
        writer.closeObject()
    }

    /// The value of ``writeRow(_:id:units:)`` for the encoder.
    static func encodedRow(id: Int, units: [String]) -> EncodedValue {
        .object([
            "achieved": .double(id == 1 ? nil : 96.5),
            "counts": .object(["met": .integer(id), "no_data": .integer(id)]), "empty": .array([]),
            "responsible": .array(units.map { .string($0) }), "target_id": .integer(id),
        ])
    }

    @Test func indentedAsThePrettyPrintingEncoder() throws {
        var writer = JSONWriter(isIndented: true)
        writer.openObject()
        writer.field("as_of", "2024-06-30")
        writer.key("none")
        writer.openArray()
        writer.closeArray()
        writer.key("targets")
        writer.openArray()
        Self.writeRow(&writer, id: 1, units: [])
        Self.writeRow(&writer, id: 2, units: ["市科技局", "市财政局"])
        writer.closeArray()
        writer.closeObject()
        let expected = EncodedValue.object([
            "as_of": .string("2024-06-30"), "none": .array([]),
            "targets": .array([
                Self.encodedRow(id: 1, units: []), Self.encodedRow(id: 2, units: ["市科技局", "市财政局"]),
            ]),
        ])
        #expect(String(decoding: writer.bytes, as: UTF8.self) == (try Self.prettyEncoderJSON(expected)))
    }

    @Test func elementsWrittenApartJoinAsIfWrittenInPlace() throws {
        // Given rows written each on its own at the depth of the array's elements
        let rows = [1, 2, 3].map { id in
            var row = JSONWriter(isIndented: true, depth: 2)
            Self.writeRow(&row, id: id, units: ["甲"])
            return row.bytes
        }
        // When they are put in another order into a document taken out in pieces
        var document = JSONWriter(isIndented: true)
        document.openObject()
        document.key("targets")
        document.openArray()
        var taken: [UInt8] = document.takeBytes()
        for index in [2, 0, 1] {
            document.element(rows[index][...])
            taken += document.takeBytes()
        }
        document.closeArray()
        document.closeObject()
        taken += document.takeBytes()
        // Then the document is what writing the rows in place in that order gives
        var inPlace = JSONWriter(isIndented: true)
        inPlace.openObject()
        inPlace.key("targets")
        inPlace.openArray()
        for id in [3, 1, 2] { Self.writeRow(&inPlace, id: id, units: ["甲"]) }
        inPlace.closeArray()
        inPlace.closeObject()
        #expect(taken == inPlace.bytes)
        #expect(document.count == 0)
    }

    @Test(arguments: [
        (1.8049450549450547, "1.8049"), (96.66666666666667, "96.6667"), (85, "85"),
        (0.13999999999999968, "0.14"),
        (-0.00004, "0"), (1e16, "10000000000000000"), (0.1 + 0.2, "0.3"),
    ])
    func ratioRoundedToFourDecimals(_ value: Double, _ expected: String) {
        #expect(Self.written { $0.number(value, decimals: JSONNumber.ratioDecimals) } == expected)
    }

    /// The eight-bytes-at-a-time test agrees with a byte-by-byte one wherever the byte stands.
    @Test(arguments: [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xE5])
    func needsEscape(_ special: Int) {
        let filler = Array("高a".utf8)
        for length in 0..<20 {
            for position in 0...length {
                var bytes = (0..<length).map { filler[$0 % filler.count] }
                if position < length { bytes[position] = UInt8(special) }
                let expected = bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
                bytes.withUnsafeBufferPointer { buffer in
                    #expect(JSONWriter.needsEscape(buffer) == expected)
                }
            }
        }
    }
}

/// A JSON value for `JSONEncoder` that writes `nil` as `null`, as the contract's encoder did.
enum EncodedValue: Encodable {
    case string(String?)
    case integer(Int?)
    case decimal(Decimal?)
    case double(Double?)
    case bool(Bool)
    case array([EncodedValue])
    case object([String: EncodedValue])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .decimal(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        case .object(let fields): try container.encode(fields)
        }
    }
}
