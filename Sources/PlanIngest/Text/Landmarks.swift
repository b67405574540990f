/// The offsets of the scalars where a document-wide scan may find something: digits, Chinese
/// numerals, opening brackets, and the first scalars of header and responsibility labels and of
/// five-year plans' names.
///
/// Numbers, headings, deadlines, responsibility lists and header fields are each looked for
/// across the whole text. Testing every scalar in every one of those scans cost more than
/// reading what they find; one pass here lets each scan visit only these offsets, about one
/// scalar in ten, and apply its own test there.
struct Landmarks: Sendable {
    /// The offsets, ascending.
    let offsets: [Int]

    /// Finds the landmarks of `text`.
    /// - Complexity: O(*n*) in the length of the text.
    init(_ text: ScalarText) {
        var found: [Int] = []
        found.reserveCapacity(text.count / 8)
        Self.landmarkBits.withUnsafeBufferPointer { bits in
            text.scalars.withUnsafeBufferPointer { scalars in
                for offset in scalars.indices {
                    let value = Int(scalars[offset].value)
                    if value < 0x10000, bits[value >> 6] & (1 << UInt64(value & 63)) != 0 {
                        found.append(offset)
                    }
                }
            }
        }
        offsets = found
    }

    /// The first landmark at or after `offset`, or `nil` when none is left.
    /// - Parameter cursor: Index in ``offsets`` where the search starts, left at the landmark
    ///   found: a scan moves forwards, so it searches only what it has not passed yet.
    func first(atOrAfter offset: Int, cursor: inout Int) -> Int? {
        while cursor < offsets.count, offsets[cursor] < offset { cursor += 1 }
        return cursor < offsets.count ? offsets[cursor] : nil
    }

    /// One bit for each scalar of the Basic Multilingual Plane: set for the landmark scalars.
    static let landmarkBits: [UInt64] = {
        var scalars: [Unicode.Scalar] = ["(", "（", "〔", "【", "[", "［", "〇", "○"]
        let digits = [0x30...0x39, 0xFF10...0xFF19].joined().compactMap(Unicode.Scalar.init)
        let ideographs = (0x4E00...0x9FFF).compactMap(Unicode.Scalar.init)
        let numerals = ideographs.filter { ChineseNumeral.isChineseNumeral($0) }
        scalars += digits + numerals
        let labels = Words.responsibilityLabels.words + MetadataReader.labelWords.words
        for word in labels + Words.fiveYearPlanWords.words {
            if let first = word.scalars.first { scalars.append(first) }
        }
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for scalar in scalars where scalar.value < 0x10000 {
            let value = Int(scalar.value)
            bits[value >> 6] |= 1 << UInt64(value & 63)
        }
        return bits
    }()
}
