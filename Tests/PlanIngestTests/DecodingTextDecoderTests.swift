import Testing

@testable import PlanIngest

@Suite("Text decoding")
struct DecodingTextDecoderTests {
    @Test(
        "Detects the encoding by validating the bytes",
        arguments: [
            ("plan-utf8.txt", TextEncodingName.utf8, DecodingFixtures.plan),
            ("plan-utf8-bom.txt", .utf8, DecodingFixtures.plan),
            ("plan-gbk.txt", .gb18030, DecodingFixtures.plan),
            ("plan-gb18030.txt", .gb18030, DecodingFixtures.plan + "䶮\n"),
            ("plan-utf16le.txt", .utf16LittleEndian, DecodingFixtures.plan),
            ("plan-utf16be.txt", .utf16BigEndian, DecodingFixtures.plan),
        ]
    )
    func detection(_ fixture: String, _ encoding: TextEncodingName, _ expected: String) throws {
        let decoded = try TextDecoder().decodedText(from: try DecodingFixtures.bytes(fixture))
        #expect(decoded.encoding == encoding)
        #expect(decoded.text == expected)
    }

    @Test(
        "Traditional Chinese in BIG5 is told from GB18030, which decodes it without error into rare characters"
    )
    func big5WithoutName() throws {
        let bytes = try DecodingFixtures.bytes("plan-big5-unnamed.txt")
        let decoded = try TextDecoder().decodedText(from: bytes)
        #expect(decoded.encoding == .big5)
        #expect(decoded.text.contains("全市高新技術企業數量達到1500家以上"))
        // Read as GB18030 the same bytes hold hardly a common character.
        let misread = try TextDecoder().decodedText(from: bytes, encoding: .gb18030)
        #expect((ChineseReadability.commonShare(of: misread.text) ?? 1) < 0.2)
        #expect((ChineseReadability.commonShare(of: decoded.text) ?? 0) > 0.4)
    }

    @Test("Simplified GBK text stays GB18030: it reads as Chinese, and BIG5 cannot decode it")
    func gbkStaysGB18030() throws {
        let decoded = try TextDecoder().decodedText(from: try DecodingFixtures.bytes("plan-gbk.txt"))
        #expect(decoded.encoding == .gb18030)
        #expect((ChineseReadability.commonShare(of: decoded.text) ?? 0) > 0.4)
    }

    @Test(
        "A named encoding overrides detection",
        arguments: [
            ("plan-big5.txt", "big5", "到2025年，全市高新技術企業達到1500家。\n"),
            ("plan-gbk.txt", "GBK", DecodingFixtures.plan),
            ("plan-gbk.txt", "gb2312", DecodingFixtures.plan),
            ("plan-utf8.txt", "utf8", DecodingFixtures.plan),
            ("plan-utf16le.txt", "UTF-16", DecodingFixtures.plan),
            ("plan-utf16le.txt", "utf_16le", DecodingFixtures.plan),
        ]
    )
    func override(_ fixture: String, _ name: String, _ expected: String) throws {
        let decoded = try TextDecoder().decodedText(
            from: try DecodingFixtures.bytes(fixture), encoding: TextEncodingName(rawValue: name))
        #expect(decoded.text == expected)
    }

    @Test("Plain text passes through unchanged: CRLF, full-width digits, trailing spaces")
    func passThrough() throws {
        let bytes = try DecodingFixtures.bytes("plan-utf8-crlf.txt")
        let text = try DocumentReader().plainText(from: bytes, format: .plainText)
        #expect(Array(text.utf8) == bytes)
    }

    @Test(
        "Bad input is a one-line error naming the byte offset",
        arguments: [
            // Valid GBK until the inserted 0x81 0x20 on line 3.
            (
                "plan-gbk-invalid.txt", nil,
                "byte 96 (line 3) is 0x81 0x20 0xD1 0xD0, not valid UTF-8 or GB18030"
            ),
            // UTF-8 cut in the middle of its last character is reported as UTF-8.
            ("plan-utf8-truncated.txt", nil, "byte 267 (line 4) is 0xE3 0x80, not valid UTF-8;"),
            (
                "plan-gbk.txt", "UTF-8",
                "byte 0 (line 1) is 0xB1 0xF5 0xD6 0xDD, not valid UTF-8; check the --encoding"
            ),
            ("plan-utf8.txt", "no-such-encoding", "unknown encoding \"NO-SUCH-ENCODING\""),
            ("empty.txt", nil, "the file is empty"),
            ("image.png", nil, "the file is a PNG image, not a text document"),
            ("nul-bytes.txt", nil, "the file is binary data (NUL byte at offset 10)"),
            ("plan.pdf", nil, "the file is a PDF document"),
            ("not-word.zip", nil, "the file is a ZIP archive without word/document.xml"),
        ] as [(String, String?, String)]
    )
    func badInput(_ fixture: String, _ encoding: String?, _ message: String) throws {
        let bytes = try DecodingFixtures.bytes(fixture)
        let error = try #require(throws: IngestError.self) {
            try TextDecoder().decodedText(
                from: bytes, encoding: encoding.map(TextEncodingName.init(rawValue:)))
        }
        #expect(error.description.contains(message), "\(error.description)")
        #expect(!error.description.contains("\n"))
    }

    @Test(
        "Encoding names compare by spelling variants",
        arguments: [
            ("utf8", "UTF-8"), ("UTF_16le", "UTF-16LE"), ("cp936", "GBK"), (" gb18030 ", "GB18030"),
            ("big5", "BIG5"),
        ]
    )
    func names(_ written: String, _ canonical: String) {
        #expect(TextEncodingName(rawValue: written).rawValue == canonical)
    }

    @Test("Lines are counted in code units for UTF-16")
    func utf16Line() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        bytes += Array("一\n二\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        bytes += [0x00, 0xDC]  // a lone low surrogate on line 3
        let error = try #require(throws: IngestError.self) { try TextDecoder().decodedText(from: bytes) }
        guard case .invalidInEncoding(_, let offset, let line, _) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(offset == 10)
        #expect(line == 3)
    }
}
