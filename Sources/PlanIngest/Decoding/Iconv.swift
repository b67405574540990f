#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Strict conversion to UTF-8 through the C library's `iconv`.
///
/// glibc ships converters for GB18030, GBK, BIG5, UTF-16 and the rest of `iconv -l`, and,
/// unlike Foundation's `String(data:encoding:)`, says where the input went wrong: on an invalid
/// or incomplete sequence it stops with the input pointer on the offending byte.
enum Iconv {
    /// Why a conversion failed.
    enum Failure: Error, Equatable {
        /// The C library has no converter for the name.
        case unknownEncoding
        /// The byte at this offset starts an invalid or incomplete sequence.
        case invalid(offset: Int)
    }

    /// Converts all of `bytes` from `encoding` to a `String`, or reports the first bad byte.
    /// - Complexity: O(*n*).
    static func converted(_ bytes: [UInt8], from encoding: TextEncodingName) -> Result<String, Failure> {
        let descriptor = iconv_open("UTF-8", encoding.rawValue)
        guard Int(bitPattern: descriptor) != -1 else { return .failure(.unknownEncoding) }
        defer { iconv_close(descriptor) }

        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = bytes
        let total = input.count
        var failure: Failure?

        input.withUnsafeMutableBufferPointer { inputBuffer in
            chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                guard let inputBase = inputBuffer.baseAddress, let chunkBase = chunkBuffer.baseAddress else {
                    return
                }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBase)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = total
                while true {
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(chunkBase)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = chunkBuffer.count
                    // A final call with no input flushes any shift state.
                    let result =
                        inLeft > 0
                        ? iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                        : iconv(descriptor, nil, nil, &outPointer, &outLeft)
                    let code = errno
                    output.append(contentsOf: chunkBuffer[0..<(chunkBuffer.count - outLeft)])
                    if result != -1 {
                        if inLeft == 0 { return }
                        continue
                    }
                    if code == E2BIG { continue }
                    failure = .invalid(offset: total - inLeft)
                    return
                }
            }
        }
        if let failure { return .failure(failure) }
        return .success(String(decoding: output, as: UTF8.self))
    }
}
