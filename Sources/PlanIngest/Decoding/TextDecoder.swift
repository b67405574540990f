/// Turns the bytes of a text file into a `String`, detecting the encoding by validation.
///
/// Detection never guesses blindly: a byte order mark decides UTF-8 or UTF-16; otherwise the
/// bytes must validate completely as UTF-8, or else completely as GB18030 (which also covers
/// GBK and GB2312 files saved by older Chinese systems). Bytes that neither accepts are an error
/// naming the first bad byte, never silently replaced with U+FFFD. A name given by the caller
/// overrides detection and must decode the whole file.
///
/// ```swift
/// let gbk: [UInt8] = [0xC4, 0xEA]  // 年 in GBK
/// try TextDecoder().decodedText(from: gbk).text  // "年"
/// try TextDecoder().decodedText(from: gbk).encoding  // .gb18030
/// ```
public struct TextDecoder: Sendable {
    /// Creates a decoder.
    public init() {}

    /// Decodes `bytes` as text.
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - encoding: An encoding to use instead of detecting one, or `nil` to detect.
    /// - Returns: The text without its byte order mark, and the encoding that decoded it.
    /// - Throws: ``IngestError/empty`` for no bytes, ``IngestError/binary(kind:offset:)`` for a
    ///   known binary signature or a NUL byte, ``IngestError/undecodable(offset:line:bytes:tried:)``
    ///   when no encoding fits, and ``IngestError/invalidInEncoding(_:offset:line:bytes:)`` or
    ///   ``IngestError/unknownEncoding(_:)`` when the named encoding does not decode them.
    /// - Complexity: O(*n*) in the number of bytes.
    public func decodedText(
        from bytes: [UInt8],
        encoding: TextEncodingName? = nil
    ) throws(IngestError) -> DecodedText {
        try decodedText(from: bytes, encoding: encoding, declared: nil)
    }

    /// Decodes `bytes`, trying an encoding the document declares itself (an HTML `charset`)
    /// after UTF-8 and before GB18030.
    func decodedText(
        from bytes: [UInt8],
        encoding: TextEncodingName?,
        declared: TextEncodingName?
    ) throws(IngestError) -> DecodedText {
        guard !bytes.isEmpty else { throw .empty }
        if let encoding {
            return try decodedText(from: bytes, as: encoding)
        }
        if let kind = FileSignature.binaryKind(of: bytes) {
            throw .binary(kind: kind, offset: 0)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodedText(from: bytes, as: .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try decodedText(from: bytes, as: .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try decodedText(from: bytes, as: .utf16BigEndian)
        }
        if let nul = FileSignature.firstNulOffset(in: bytes) {
            throw .binary(kind: "binary data", offset: nul)
        }
        // Valid UTF-8, the common case, is validated and copied in one pass.
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: Self.droppingByteOrderMark(text), encoding: .utf8)
        }
        let utf8 = UTF8Validation.validation(of: bytes)
        guard let utf8Failure = utf8.invalidOffset else {
            let text = String(decoding: bytes, as: UTF8.self)
            return DecodedText(text: Self.droppingByteOrderMark(text), encoding: .utf8)
        }
        var tried: [TextEncodingName] = [.utf8]
        var furthest = (offset: utf8Failure, encoding: TextEncodingName.utf8)
        // UTF-8 damaged in the middle or cut off at the end is still UTF-8: decoding it as
        // GB18030 would succeed more often than not and yield nonsense.
        let isDamagedUTF8 =
            utf8.multiByteSequences >= Self.sequencesProvingUTF8
            || (utf8.multiByteSequences > 0 && utf8Failure + 4 > bytes.count)
        var candidates: [TextEncodingName] = []
        if !isDamagedUTF8 {
            if let declared, declared != .utf8 { candidates.append(declared) }
            if !candidates.contains(.gb18030) { candidates.append(.gb18030) }
        }
        for candidate in candidates {
            switch Iconv.converted(bytes, from: candidate) {
            case .success(let text):
                if candidate == .gb18030, declared == nil, let big5 = Self.big5Reading(of: bytes, over: text)
                {
                    return big5
                }
                return DecodedText(text: Self.droppingByteOrderMark(text), encoding: candidate)
            case .failure(.invalid(let offset)):
                tried.append(candidate)
                if offset > furthest.offset { furthest = (offset, candidate) }
            case .failure(.unknownEncoding):
                continue
            }
        }
        throw .undecodable(
            offset: furthest.offset,
            line: Self.line(at: furthest.offset, in: bytes, encoding: furthest.encoding),
            bytes: Array(bytes[furthest.offset..<min(bytes.count, furthest.offset + 4)]),
            tried: tried
        )
    }

    /// Decodes `bytes` in the named encoding, all or nothing.
    private func decodedText(
        from bytes: [UInt8],
        as encoding: TextEncodingName
    ) throws(IngestError) -> DecodedText {
        let failure: Int
        if encoding == .utf8 {
            switch UTF8Validation.firstInvalidOffset(in: bytes) {
            case nil:
                let text = String(decoding: bytes, as: UTF8.self)
                return DecodedText(text: Self.droppingByteOrderMark(text), encoding: encoding)
            case let offset?:
                failure = offset
            }
        } else {
            // GBK and GB2312 files often carry characters only their superset defines.
            let converterName = [.gbk, .gb2312].contains(encoding) ? TextEncodingName.gb18030 : encoding
            switch Iconv.converted(bytes, from: converterName) {
            case .success(let text):
                return DecodedText(text: Self.droppingByteOrderMark(text), encoding: encoding)
            case .failure(.unknownEncoding):
                throw .unknownEncoding(encoding)
            case .failure(.invalid(let offset)):
                failure = offset
            }
        }
        throw .invalidInEncoding(
            encoding,
            offset: failure,
            line: Self.line(at: failure, in: bytes, encoding: encoding),
            bytes: Array(bytes[failure..<min(bytes.count, failure + 4)])
        )
    }

    /// How many well-formed multi-byte UTF-8 sequences before a bad byte make a file damaged
    /// UTF-8 rather than text in another encoding.
    static let sequencesProvingUTF8 = 8

    /// The bytes decoded as BIG5, when that decodes and reads as Chinese where the GB18030
    /// reading `gb18030Text` does not (see ``ChineseReadability``).
    static func big5Reading(of bytes: [UInt8], over gb18030Text: String) -> DecodedText? {
        guard case .success(let text) = Iconv.converted(bytes, from: .big5),
            ChineseReadability.reads(text, betterThan: gb18030Text)
        else { return nil }
        return DecodedText(text: droppingByteOrderMark(text), encoding: .big5)
    }

    /// The text without a leading U+FEFF, which is a byte order mark and not content.
    static func droppingByteOrderMark(_ text: String) -> String {
        guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
        return String(text.unicodeScalars.dropFirst())
    }

    /// The 1-based line holding byte `offset`, counting line feeds in the given encoding.
    static func line(at offset: Int, in bytes: [UInt8], encoding: TextEncodingName) -> Int {
        let prefix = bytes[..<min(offset, bytes.count)]
        switch encoding {
        case .utf16LittleEndian, .utf16BigEndian, .utf16:
            let isLittleEndian = encoding == .utf16LittleEndian || bytes.starts(with: [0xFF, 0xFE])
            var lines = 1
            var index = prefix.startIndex
            while index + 1 < prefix.endIndex {
                let unit =
                    isLittleEndian
                    ? (prefix[index], prefix[index + 1]) : (prefix[index + 1], prefix[index])
                if unit == (0x0A, 0x00) { lines += 1 }
                index += 2
            }
            return lines
        default:
            return prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        }
    }
}
