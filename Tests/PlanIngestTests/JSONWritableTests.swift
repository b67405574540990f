import Foundation
import Testing

@testable import PlanWriting

/// Arrays and optionals of values that write themselves print as `JSONEncoder` prints the same
/// values, compact and indented: an empty array, `null` for a missing value.
@Suite struct JSONWritableTests {
    /// A point that writes itself, and encodes itself the same way for the reference.
    struct Point: JSONWritable, Encodable {
        var x: Int
        var label: String?

        func write(to writer: inout JSONWriter) {
            writer.openObject()
            writer.field("label", label)
            writer.field("x", x)
            writer.closeObject()
        }

        enum CodingKeys: String, CodingKey { case x, label }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(x, forKey: .x)
            try container.encode(label, forKey: .label)
        }
    }

    static let cases: [[Point?]] = [
        [], [nil], [Point(x: 1, label: "甲")], [Point(x: 1, label: nil), nil, Point(x: -2, label: "a\"b")],
    ]

    @Test(arguments: cases, [false, true])
    func arrayOfOptionals(_ points: [Point?], isIndented: Bool) throws {
        var writer = JSONWriter(isIndented: isIndented)
        writer.value(points)
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            isIndented
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == String(decoding: try encoder.encode(points), as: UTF8.self))
    }
}
