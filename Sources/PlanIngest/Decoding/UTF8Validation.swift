/// Strict UTF-8 validation (RFC 3629) that reports where the bytes stop being UTF-8.
///
/// `String(validating:as:)` only says yes or no; an error message needs the offset.
enum UTF8Validation {
    /// The offset of the first byte that does not start or continue a well-formed sequence,
    /// or `nil` when all of `bytes` is UTF-8. Overlong forms, surrogates, code points above
    /// U+10FFFF and a sequence cut off by the end of the bytes are all invalid.
    /// - Complexity: O(*n*).
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        validation(of: bytes).invalidOffset
    }

    /// The first invalid offset (`nil` if none) and how many well-formed multi-byte sequences
    /// precede it: many of them mean the file is UTF-8 that has been damaged, not another
    /// encoding, because text in GBK rarely forms even two valid UTF-8 sequences in a row.
    /// - Complexity: O(*n*).
    static func validation(of bytes: [UInt8]) -> (invalidOffset: Int?, multiByteSequences: Int) {
        var sequences = 0
        let offset: Int? = bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return index
                }
                guard index + length <= count else { return index }
                let second = buffer[index + 1]
                guard second >= low && second <= high else { return index }
                var next = index + 2
                while next < index + length {
                    guard buffer[next] & 0xC0 == 0x80 else { return index }
                    next += 1
                }
                index += length
                sequences += 1
            }
            return nil
        }
        return (offset, sequences)
    }
}
