import Foundation
import Testing

@testable import PlanIngest

/// A small deterministic generator (SplitMix64), so a failing case can be replayed from its seed.
struct DecodingRandomSource: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension DecodingRandomSource {
    /// `count` random bytes; with `textLike`, mostly printable ASCII, line feeds and high bytes.
    mutating func bytes(count: Int, textLike: Bool = false) -> [UInt8] {
        (0..<count).map { _ in
            guard textLike else { return UInt8.random(in: 0...255, using: &self) }
            switch Int.random(in: 0..<10, using: &self) {
            case 0: return 0x0A
            case 1...4: return UInt8.random(in: 0x20...0x7E, using: &self)
            default: return UInt8.random(in: 0x80...0xFF, using: &self)
            }
        }
    }

    /// A random string of valid Unicode scalars, weighted towards what plans contain.
    mutating func unicodeText(count: Int) -> String {
        var text = ""
        for _ in 0..<count {
            let range: ClosedRange<UInt32>
            switch Int.random(in: 0..<8, using: &self) {
            case 0: range = 0x01...0x7F  // ASCII and controls, no NUL
            case 1: range = 0x80...0x7FF
            case 2, 3: range = 0x4E00...0x9FFF  // CJK
            case 4: range = 0x3000...0x303F  // CJK punctuation, ideographic space
            case 5: range = 0xFF00...0xFFEF  // full-width forms
            case 6: range = 0x10000...0x10FFFF
            default: range = 0xE000...0xFFFD
            }
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &self)) {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}

/// Property tests: whatever the bytes, the readers return text or an `IngestError` (never crash,
/// never hang), and what they do return is consistent with the input.
@Suite("Decoding never crashes or hangs", .timeLimit(.minutes(1)))
struct DecodingFuzzTests {
    static let seeds: [UInt64] = [1, 2, 3, 42, 2025]

    @Test("Random bytes through every reader", arguments: seeds)
    func randomBytes(_ seed: UInt64) {
        var generator = DecodingRandomSource(seed: seed)
        for round in 0..<300 {
            let bytes = generator.bytes(
                count: Int.random(in: 0...600, using: &generator), textLike: round.isMultiple(of: 2))
            for format in DocumentFormat.allCases {
                do {
                    let text = try DocumentReader().plainText(from: bytes, format: format)
                    if format == .plainText {
                        #expect(!text.unicodeScalars.contains("\u{0}"))
                    }
                } catch {
                    #expect(!error.description.isEmpty)
                    #expect(!error.description.contains("\n"))
                    Self.expectOffsetInside(error, count: bytes.count)
                }
            }
            _ = DocumentFormat.detected(in: bytes, fileExtension: nil)
            // The converter paths: byte order marks, and encodings named by the user.
            let variants: [([UInt8], TextEncodingName?)] = [
                ([0xFF, 0xFE] + bytes, nil), ([0xFE, 0xFF] + bytes, nil), (bytes, .gb18030),
                (bytes, TextEncodingName(rawValue: "BIG5")), (bytes, .utf16LittleEndian), (bytes, .utf8),
            ]
            for (variant, encoding) in variants {
                do {
                    _ = try TextDecoder().decodedText(from: variant, encoding: encoding)
                } catch {
                    Self.expectOffsetInside(error, count: variant.count)
                }
            }
        }
    }

    @Test("Random Unicode round-trips through UTF-8 and UTF-16", arguments: seeds)
    func randomUnicode(_ seed: UInt64) throws {
        var generator = DecodingRandomSource(seed: seed)
        for _ in 0..<200 {
            let text = generator.unicodeText(count: Int.random(in: 1...300, using: &generator))
            let utf8 = Array(text.utf8)
            let decoded = try TextDecoder().decodedText(from: utf8)
            #expect(decoded.text == text)
            #expect(decoded.encoding == .utf8)
            // Plain text is never normalised: the bytes come back exactly.
            #expect(Array(try DocumentReader().plainText(from: utf8, format: .plainText).utf8) == utf8)

            let littleEndian: [UInt8] =
                [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            #expect(try TextDecoder().decodedText(from: littleEndian).text == text)
            let bigEndian: [UInt8] =
                [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            #expect(try TextDecoder().decodedText(from: bigEndian).text == text)

            // Any UTF-8 text is also readable as an HTML page.
            _ = try? HTMLTextReader().plainText(from: utf8)
        }
    }

    @Test("UTF-8 cut at every byte: the prefix or an error at the cut character", arguments: seeds)
    func truncatedUTF8(_ seed: UInt64) throws {
        var generator = DecodingRandomSource(seed: seed)
        let text = DecodingFixtures.plan + generator.unicodeText(count: 40)
        let bytes = Array(text.utf8)
        // From the second character on: a lone first character may well be valid GB18030.
        for cut in 4..<bytes.count {
            let prefix = Array(bytes[..<cut])
            do {
                let decoded = try TextDecoder().decodedText(from: prefix)
                #expect(decoded.encoding == .utf8)
                #expect(Array(decoded.text.utf8) == prefix)
            } catch {
                guard case .undecodable(let offset, _, _, let tried) = error else {
                    Issue.record("cut at \(cut): unexpected \(error)")
                    continue
                }
                #expect(offset < cut && offset >= cut - 3, "cut at \(cut): offset \(offset)")
                #expect(tried == [.utf8], "cut at \(cut): damaged UTF-8 must not be read as GB18030")
            }
        }
    }

    @Test("Damaged DOCX archives fail cleanly", arguments: seeds)
    func damagedDOCX(_ seed: UInt64) throws {
        var generator = DecodingRandomSource(seed: seed)
        let original = try DecodingFixtures.bytes("plan.docx")
        for _ in 0..<200 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[index] = UInt8.random(in: 0...255, using: &generator)
            }
            if Bool.random(using: &generator) {
                bytes.removeLast(Int.random(in: 0..<bytes.count, using: &generator))
            }
            do {
                _ = try DOCXTextReader().plainText(from: bytes)
            } catch {
                #expect(!error.description.contains("\n"))
            }
        }
    }

    @Test("Tag soup is read as HTML into lines, never blank ones", arguments: seeds)
    func tagSoup(_ seed: UInt64) {
        var generator = DecodingRandomSource(seed: seed)
        let pieces = [
            "<p>", "</p>", "<div>", "</div>", "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>",
            "<br>", "<script>secret()", "</script>", "<style>.x{}", "</style>", "<nav>", "</nav>",
            "&amp;", "&nbsp;", "&#x4E00;", "&#99999999;", "&bogus;", "<!--", "-->", "<![CDATA[", "]]>",
            "<", ">", "\"", "'", "<pre>", "</pre>", "<li>", "到2025年", "达到1500家", " ", "\n", "\t",
        ]
        for _ in 0..<300 {
            var html = ""
            for _ in 0..<Int.random(in: 1...80, using: &generator) {
                html += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                if Int.random(in: 0..<5, using: &generator) == 0 {
                    html += generator.unicodeText(count: 3)
                }
            }
            do {
                let text = try HTMLTextReader().plainText(from: Array(html.utf8))
                #expect(!text.contains("\n\n"))
                #expect(
                    text.isEmpty || text.hasSuffix("\n"),
                    "\(html.debugDescription) gave \(text.debugDescription)")
            } catch {
                #expect(!error.description.contains("\n"))
            }
        }
    }

    @Test("Random well-nested pages keep every visible text in order and drop the rest", arguments: seeds)
    func nestedPages(_ seed: UInt64) throws {
        var generator = DecodingRandomSource(seed: seed)
        for _ in 0..<200 {
            var visible = ""
            let html =
                "<html><body>"
                + Self.randomElement(depth: 0, hidden: false, visible: &visible, using: &generator)
                + "</body></html>"
            let text = try HTMLTextReader().plainText(from: Array(html.utf8))
            let stripped = String(text.unicodeScalars.filter { $0 != "\n" && $0 != "\t" && $0 != " " })
            #expect(stripped == visible, "\(html)")
        }
    }

    /// A random element whose text leaves contain no white space; the leaves a reader should
    /// keep are appended to `visible`.
    static func randomElement(
        depth: Int, hidden: Bool, visible: inout String, using generator: inout DecodingRandomSource
    ) -> String {
        let containers = [
            "p", "div", "span", "b", "li", "h2", "section", "script", "style", "nav", "footer", "table",
        ]
        let name = depth > 4 ? "span" : containers[Int.random(in: 0..<containers.count, using: &generator)]
        let isHidden = hidden || ["script", "style", "nav", "footer"].contains(name)
        var inner = ""
        for _ in 0..<Int.random(in: 0...3, using: &generator) {
            if name == "table" {
                inner += "<tr>"
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    inner +=
                        "<td>"
                        + randomElement(
                            depth: depth + 1, hidden: isHidden, visible: &visible, using: &generator)
                        + "</td>"
                }
                inner += "</tr>"
            } else if name != "script" && name != "style" && Bool.random(using: &generator) {
                inner += randomElement(
                    depth: depth + 1, hidden: isHidden, visible: &visible, using: &generator)
            } else {
                let leaf = String(
                    generator.unicodeText(count: 4).unicodeScalars.filter {
                        !$0.properties.isWhitespace && !"<>&".unicodeScalars.contains($0) && $0.value >= 0x20
                            && $0 != "\u{7F}"
                    })
                inner += leaf
                if !isHidden { visible += leaf }
            }
        }
        return "<\(name)>\(inner)</\(name)>"
    }

    /// Checks that an error's byte offset, if it has one, lies inside the input.
    static func expectOffsetInside(_ error: IngestError, count: Int) {
        switch error {
        case .undecodable(let offset, let line, let bytes, _),
            .invalidInEncoding(_, let offset, let line, let bytes):
            #expect(offset >= 0 && offset < count)
            #expect(line >= 1)
            #expect(!bytes.isEmpty && bytes.count <= 4)
        case .binary(_, let offset):
            #expect(offset >= 0 && offset < max(count, 1))
        default:
            break
        }
    }
}
