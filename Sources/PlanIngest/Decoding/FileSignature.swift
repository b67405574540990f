/// Recognises common binary files by their first bytes ("magic numbers").
enum FileSignature {
    /// Signatures of files people mistake for documents, with a phrase naming each.
    static let binaryKinds: [(prefix: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF87a".utf8), "a GIF image"),
        (Array("GIF89a".utf8), "a GIF image"),
        (Array("%PDF-".utf8), "a PDF document (read it through the plantrack command, which uses pdftotext)"),
        (
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
            "a legacy Office file (.doc, .xls or .wps; save it as .docx)"
        ),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive without word/document.xml"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable program"),
    ]

    /// A phrase naming the binary file type that `bytes` start with, or `nil` if none matches.
    static func binaryKind(of bytes: [UInt8]) -> String? {
        binaryKinds.first { bytes.starts(with: $0.prefix) }?.kind
    }

    /// Offset of the first NUL byte, which no text file holds, or `nil` when there is none.
    ///
    /// Tests eight bytes at a time: every text file passes through this check, and a byte
    /// loop would cost as much as decoding the text.
    /// - Complexity: O(*n*).
    static func firstNulOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            let ones: UInt64 = 0x0101_0101_0101_0101
            while offset + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                // Sets a high bit only where some byte of the word is zero.
                if (word &- ones) & ~word & (ones << 7) != 0 { break }
                offset += 8
            }
            while offset < raw.count {
                if raw[offset] == 0 { return offset }
                offset += 1
            }
            return nil
        }
    }

    /// Whether `bytes` start like a ZIP archive (a DOCX file is one).
    static func isZIP(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// Whether `bytes` start like a PDF file.
    static func isPDF(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("%PDF-".utf8))
    }
}
