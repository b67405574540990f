import Testing

@testable import PlanIngest

@Suite struct DecodingFileSignatureTests {
    /// A NUL found eight bytes at a time sits where a byte loop finds it, in either half of a word.
    @Test(arguments: 0..<20)
    func firstNulOffset(_ position: Int) {
        var bytes = Array(repeating: UInt8(0xE5), count: 20)
        bytes[position] = 0
        if position + 3 < bytes.count { bytes[position + 3] = 0 }
        #expect(FileSignature.firstNulOffset(in: bytes) == position)
    }

    @Test(arguments: [0, 1, 7, 8, 9, 64])
    func noNul(_ count: Int) {
        // 0x01 and 0x80 bytes are the ones a word-wide zero test could mistake for zero.
        let bytes = (0..<count).map { $0.isMultiple(of: 2) ? UInt8(0x01) : UInt8(0x80) }
        #expect(FileSignature.firstNulOffset(in: bytes) == nil)
    }
}
