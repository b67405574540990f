internal import CZlib

/// A read-only view of a ZIP archive in memory, enough to take `word/document.xml` out of a
/// DOCX file.
///
/// Every offset in the archive's directory is checked against the bytes before it is used,
/// inflation stops at a size limit and at the end of a member's data, and a damaged member fails
/// its CRC-32 check: a forged or damaged archive is an error, never a crash, a hang or a
/// "zip bomb". (ZIPFoundation 0.9.20, tried first, traps on out-of-range offsets and loops
/// forever on a truncated deflate stream when reading from memory.) ZIP64 archives, which Word
/// never writes, and encrypted members are refused.
struct ZIPArchive {
    /// A member of the archive, as its central directory record describes it.
    struct Member {
        var name: String
        var method: UInt16
        var flags: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// Offset of the first byte of the member's (compressed) data.
        var dataStart: Int
    }

    /// Why an archive or a member could not be read.
    struct Failure: Error, Equatable {
        var reason: String
    }

    private let bytes: [UInt8]
    /// The members in directory order.
    let members: [Member]

    private static let endOfCentralDirectorySignature: UInt32 = 0x0605_4B50
    private static let centralDirectorySignature: UInt32 = 0x0201_4B50
    private static let localHeaderSignature: UInt32 = 0x0403_4B50

    /// Reads the archive's directory.
    /// - Throws: `Failure` when the bytes are not a complete, consistent ZIP archive.
    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        let count = bytes.count
        guard count >= 22 else { throw Failure(reason: "it is too short to be a ZIP archive") }
        // The end record sits in the last 22 bytes plus a comment of at most 65,535.
        var end = count - 22
        let lowest = max(0, count - 22 - 65_535)
        while end >= lowest, bytes.uInt32(at: end) != Self.endOfCentralDirectorySignature { end -= 1 }
        guard end >= lowest else {
            throw Failure(reason: "it has no central directory, so the file is cut off")
        }
        let entries = Int(bytes.uInt16(at: end + 10))
        var record = Int(bytes.uInt32(at: end + 16))
        var members: [Member] = []
        members.reserveCapacity(entries)
        for _ in 0..<entries {
            guard record + 46 <= count, bytes.uInt32(at: record) == Self.centralDirectorySignature else {
                throw Failure(reason: "its central directory points outside the file")
            }
            let compressedSize = bytes.uInt32(at: record + 20)
            let uncompressedSize = bytes.uInt32(at: record + 24)
            let localHeader = bytes.uInt32(at: record + 42)
            guard compressedSize != .max, uncompressedSize != .max, localHeader != .max else {
                throw Failure(reason: "it is a ZIP64 archive, which Word files never are")
            }
            let nameLength = Int(bytes.uInt16(at: record + 28))
            let recordLength =
                46 + nameLength + Int(bytes.uInt16(at: record + 30)) + Int(bytes.uInt16(at: record + 32))
            guard record + recordLength <= count else {
                throw Failure(reason: "its central directory is cut off")
            }
            let header = Int(localHeader)
            guard header + 30 <= count, bytes.uInt32(at: header) == Self.localHeaderSignature else {
                throw Failure(reason: "an entry points outside the file")
            }
            let dataStart =
                header + 30 + Int(bytes.uInt16(at: header + 26)) + Int(bytes.uInt16(at: header + 28))
            guard dataStart + Int(compressedSize) <= count else {
                throw Failure(reason: "an entry's data is cut off")
            }
            members.append(
                Member(
                    name: String(decoding: bytes[(record + 46)..<(record + 46 + nameLength)], as: UTF8.self),
                    method: bytes.uInt16(at: record + 10),
                    flags: bytes.uInt16(at: record + 8),
                    crc32: bytes.uInt32(at: record + 16),
                    compressedSize: Int(compressedSize),
                    uncompressedSize: Int(uncompressedSize),
                    dataStart: dataStart
                ))
            record += recordLength
        }
        self.members = members
    }

    /// The member called `name`, if the archive has one.
    func member(named name: String) -> Member? {
        members.first { $0.name == name }
    }

    /// The unpacked bytes of `member`, at most `limit` of them.
    /// - Throws: `Failure` for encrypted members, unknown compression, damaged data, a checksum
    ///   mismatch, or data that unpacks beyond `limit`.
    /// - Complexity: O(*n*) in the unpacked size.
    func contents(of member: Member, limit: Int) throws(Failure) -> [UInt8] {
        guard member.flags & 0x01 == 0 else { throw Failure(reason: "it is encrypted") }
        let data = Array(bytes[member.dataStart..<(member.dataStart + member.compressedSize)])
        let contents: [UInt8]
        switch member.method {
        case 0:
            guard data.count <= limit else { throw Failure(reason: "it unpacks to more than \(limit) bytes") }
            contents = data
        case 8:
            contents = try Self.inflated(data, limit: limit)
        default:
            throw Failure(reason: "it uses compression method \(member.method), which Word does not write")
        }
        let checksum = contents.withUnsafeBufferPointer { buffer in
            UInt32(truncatingIfNeeded: crc32(0, buffer.baseAddress, UInt32(buffer.count)))
        }
        guard checksum == member.crc32 else {
            throw Failure(reason: "its data is damaged (checksum mismatch)")
        }
        return contents
    }

    /// Inflates a raw deflate stream, refusing output beyond `limit` bytes.
    private static func inflated(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else {
            throw Failure(reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        var failure: Failure?
        input.withUnsafeMutableBufferPointer { inputBuffer in
            chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = UInt32(inputBuffer.count)
                while true {
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = UInt32(chunkBuffer.count)
                    let result = inflate(&stream, Z_NO_FLUSH)
                    let produced = chunkBuffer.count - Int(stream.avail_out)
                    guard output.count + produced <= limit else {
                        failure = Failure(reason: "it unpacks to more than \(limit) bytes")
                        return
                    }
                    output.append(contentsOf: chunkBuffer[0..<produced])
                    switch result {
                    case Z_STREAM_END:
                        return
                    case Z_OK where produced > 0 || stream.avail_in > 0:
                        continue
                    case Z_OK, Z_BUF_ERROR:
                        // No input left and no end marker: the stream stops short.
                        failure = Failure(reason: "its compressed data is cut off")
                        return
                    default:
                        failure = Failure(reason: "its compressed data is damaged")
                        return
                    }
                }
            }
        }
        if let failure { throw failure }
        return output
    }
}

extension [UInt8] {
    /// The little-endian 16-bit value at `offset`, or 0 when the bytes end first.
    fileprivate func uInt16(at offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= count else { return 0 }
        return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    /// The little-endian 32-bit value at `offset`, or 0 when the bytes end first.
    fileprivate func uInt32(at offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= count else { return 0 }
        return UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16
            | UInt32(self[offset + 3]) << 24
    }
}
