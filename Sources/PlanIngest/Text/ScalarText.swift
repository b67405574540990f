/// A document's plain text as an array of Unicode scalars, so that offsets are the scalar
/// offsets of the JSON contract and every look-up is O(1).
///
/// Extraction reads the text many times around each number; indexing a `String` by
/// `Character` would cost a grapheme break search on every step.
struct ScalarText: Sendable {
    /// The scalars of the text, in order.
    let scalars: [Unicode.Scalar]

    /// Creates the scalar view of `text`.
    ///
    /// Decodes the string's UTF-8 directly: `Array(text.unicodeScalars)` first counts the
    /// scalars in a pass of its own and then copies them one by one through an iterator.
    /// - Complexity: O(*n*) in the length of `text`.
    init(_ text: String) {
        var text = text
        scalars = text.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                guard let first = buffer.baseAddress, var byte = utf8.baseAddress else { return }
                let end = byte + utf8.count
                var next = first
                // A `String` holds valid UTF-8 only: every sequence is complete and every value
                // is a scalar.
                while byte < end {
                    let lead = UInt32(byte[0])
                    var value: UInt32
                    // Three bytes first: Chinese text is mostly ideographs, and one comparison
                    // of the shifted lead picks them out.
                    if lead &- 0xE0 < 0x10 {
                        value = (lead & 0x0F) << 12 | UInt32(byte[1] & 0x3F) << 6
                        value |= UInt32(byte[2] & 0x3F)
                        byte += 3
                    } else if lead < 0x80 {
                        value = lead
                        byte += 1
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(byte[1] & 0x3F)
                        byte += 2
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(byte[1] & 0x3F) << 12
                        value |= UInt32(byte[2] & 0x3F) << 6 | UInt32(byte[3] & 0x3F)
                        byte += 4
                    }
                    // Valid UTF-8 never decodes to a surrogate or beyond U+10FFFF.
                    next.initialize(to: unsafeBitCast(value, to: Unicode.Scalar.self))
                    next += 1
                }
                count = next - first
            }
        }
    }

    /// Creates a text from scalars.
    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Number of scalars.
    var count: Int { scalars.count }

    /// The scalar at `offset`, or `nil` outside the text.
    subscript(safe offset: Int) -> Unicode.Scalar? {
        offset >= 0 && offset < scalars.count ? scalars[offset] : nil
    }

    /// The text between two offsets, clamped to the text.
    func string(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return String(utf8Encoding: scalars[lower..<upper])
    }

    /// The text between two offsets, clamped to the text, without leading and trailing white
    /// space: `string(start, end).trimmingSpaces` without the untrimmed string.
    func trimmedString(_ start: Int, _ end: Int) -> String {
        var lower = max(0, min(start, scalars.count))
        var upper = max(lower, min(end, scalars.count))
        while lower < upper, scalars[lower].isTrimmedSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isTrimmedSpace { upper -= 1 }
        return String(utf8Encoding: scalars[lower..<upper])
    }

    /// The text between two offsets, clamped to the text, as a text of its own.
    func slice(_ start: Int, _ end: Int) -> ScalarText {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return ScalarText(scalars: Array(scalars[lower..<upper]))
    }

    /// The text without leading and trailing white space.
    var trimmed: ScalarText {
        var lower = 0
        var upper = scalars.count
        while lower < upper, scalars[lower].isTrimmedSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isTrimmedSpace { upper -= 1 }
        return lower == 0 && upper == scalars.count ? self : slice(lower, upper)
    }

    /// Whether `word` starts at `offset`.
    func has(_ word: Word, at offset: Int) -> Bool {
        guard offset >= 0, offset + word.count <= scalars.count, !word.isEmpty else { return false }
        for index in 0..<word.count where scalars[offset + index] != word.scalars[index] {
            return false
        }
        return true
    }

    /// Whether `word` ends just before `offset`.
    func has(_ word: Word, endingAt offset: Int) -> Bool {
        has(word, at: offset - word.count)
    }

    /// The first word of `words` that starts at `offset`.
    func first(of words: WordSet, at offset: Int) -> Word? {
        words.match(in: self, at: offset)
    }

    /// The first word of `words` that ends just before `offset`.
    func first(of words: WordSet, endingAt offset: Int) -> Word? {
        words.match(in: self, endingAt: offset)
    }

    /// Offset of the first occurrence of `word` in `start..<end`, if any.
    func find(_ word: Word, from start: Int, to end: Int) -> Int? {
        let upper = min(end, scalars.count) - word.count
        var offset = max(0, start)
        guard let first = word.scalars.first else { return nil }
        while offset <= upper {
            if scalars[offset] == first, has(word, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    /// Offset of the last occurrence of `word` in `start..<end`, if any.
    func findLast(_ word: Word, from start: Int, to end: Int) -> Int? {
        var offset = min(end, scalars.count) - word.count
        guard let first = word.scalars.first else { return nil }
        while offset >= max(0, start) {
            if scalars[offset] == first, has(word, at: offset) { return offset }
            offset -= 1
        }
        return nil
    }
}

/// A word of the lexicon as scalars, ready for comparison with a ``ScalarText``.
struct Word: Sendable, Hashable {
    /// The scalars of the word.
    let scalars: [Unicode.Scalar]
    /// The word as written.
    let text: String

    /// Creates a word from its written form.
    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
    }

    /// Number of scalars.
    var count: Int { scalars.count }
    /// Whether the word has no scalars.
    var isEmpty: Bool { scalars.isEmpty }
}

extension Array where Element == String {
    /// The words of a lexicon list, longest first so that the first match is the longest.
    var words: WordSet {
        WordSet(
            map(Word.init).enumerated().sorted { lhs, rhs in
                lhs.element.count != rhs.element.count
                    ? lhs.element.count > rhs.element.count : lhs.offset < rhs.offset
            }.map(\.element))
    }
}

/// A list of lexicon words with a bitmap of their first and last scalars, so that asking
/// "does any of these words start (or end) here?" usually costs one bit test.
///
/// Extraction asks this at every scalar of a clause for dozens of words; without the bitmap
/// each question compares every word.
struct WordSet: Sequence, Sendable {
    /// The words, longest first.
    let words: [Word]
    private let firstBits: [UInt64]
    private let lastBits: [UInt64]
    /// The first and last scalar of each word, by index, compared before the whole word.
    private let firstScalars: [Unicode.Scalar]
    private let lastScalars: [Unicode.Scalar]
    /// The indices of the words whose first (last) scalar falls in each of 4096 slots, in match
    /// order: a look-up compares only the few words of its slot, however large the set.
    private let firstBuckets: Buckets
    private let lastBuckets: Buckets

    /// Word indices grouped by slot, stored flat: slot *s* holds `indices[starts[s]..<starts[s + 1]]`.
    private struct Buckets: Sendable {
        let starts: [Int32]
        let indices: [Int32]

        init(_ scalars: [Unicode.Scalar], valid: [Bool]) {
            var counts = [Int32](repeating: 0, count: WordSet.slotCount + 1)
            for (index, scalar) in scalars.enumerated() where valid[index] {
                counts[WordSet.slot(scalar) + 1] += 1
            }
            for slot in 0..<WordSet.slotCount { counts[slot + 1] += counts[slot] }
            var next = counts
            var indices = [Int32](repeating: 0, count: Int(counts[WordSet.slotCount]))
            for (index, scalar) in scalars.enumerated() where valid[index] {
                let slot = WordSet.slot(scalar)
                indices[Int(next[slot])] = Int32(index)
                next[slot] += 1
            }
            starts = counts
            self.indices = indices
        }

        func range(of scalar: Unicode.Scalar) -> Range<Int> {
            let slot = WordSet.slot(scalar)
            return Int(starts[slot])..<Int(starts[slot + 1])
        }
    }

    private static let slotCount = 4096
    private static func slot(_ scalar: Unicode.Scalar) -> Int { Int(scalar.value & 4095) }

    /// Creates a set from words already in match order.
    init(_ words: [Word]) {
        self.words = words
        // An empty word never matches, whatever stands in for its ends.
        firstScalars = words.map { $0.scalars.first ?? "\0" }
        lastScalars = words.map { $0.scalars.last ?? "\0" }
        let valid = words.map { !$0.scalars.isEmpty }
        firstBuckets = Buckets(firstScalars, valid: valid)
        lastBuckets = Buckets(lastScalars, valid: valid)
        var first = [UInt64](repeating: 0, count: 64)
        var last = [UInt64](repeating: 0, count: 64)
        for word in words {
            if let scalar = word.scalars.first { Self.set(&first, scalar) }
            if let scalar = word.scalars.last { Self.set(&last, scalar) }
        }
        firstBits = first
        lastBits = last
    }

    private static func set(_ bits: inout [UInt64], _ scalar: Unicode.Scalar) {
        let slot = Int(scalar.value & 4095)
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    private static func test(_ bits: [UInt64], _ scalar: Unicode.Scalar) -> Bool {
        let slot = Int(scalar.value & 4095)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    func makeIterator() -> IndexingIterator<[Word]> { words.makeIterator() }

    /// Number of words.
    var count: Int { words.count }

    /// Whether some word starts with `scalar`: one bit test, for loops over a whole text.
    func mayStart(with scalar: Unicode.Scalar) -> Bool {
        Self.test(firstBits, scalar)
    }

    /// The first word that starts at `offset`.
    func match(in text: ScalarText, at offset: Int) -> Word? {
        matchIndex(in: text, at: offset).map { words[$0] }
    }

    /// Index in ``words`` of the first word that starts at `offset`.
    func matchIndex(in text: ScalarText, at offset: Int) -> Int? {
        guard let scalar = text[safe: offset], Self.test(firstBits, scalar) else { return nil }
        for position in firstBuckets.range(of: scalar) {
            let index = Int(firstBuckets.indices[position])
            if firstScalars[index] == scalar && text.has(words[index], at: offset) { return index }
        }
        return nil
    }

    /// The first word that starts at `offset` and ends at or before `end`, as ``match(in:at:)``
    /// finds it in the text cut off at `end`.
    func match(in text: ScalarText, at offset: Int, before end: Int) -> Word? {
        guard offset < end, let scalar = text[safe: offset], Self.test(firstBits, scalar) else { return nil }
        for position in firstBuckets.range(of: scalar) {
            let index = Int(firstBuckets.indices[position])
            if firstScalars[index] == scalar && offset + words[index].count <= end
                && text.has(words[index], at: offset)
            {
                return words[index]
            }
        }
        return nil
    }

    /// The first word that ends just before `offset`.
    func match(in text: ScalarText, endingAt offset: Int) -> Word? {
        guard let scalar = text[safe: offset - 1], Self.test(lastBits, scalar) else { return nil }
        for position in lastBuckets.range(of: scalar) {
            let index = Int(lastBuckets.indices[position])
            if lastScalars[index] == scalar && text.has(words[index], endingAt: offset) {
                return words[index]
            }
        }
        return nil
    }

    /// Whether any word occurs entirely within `start..<end`.
    /// - Complexity: O(*n*) bit tests in the length of the range.
    func occurs(in text: ScalarText, from start: Int, to end: Int) -> Bool {
        firstOccurrence(in: text, from: start, to: end) != nil
    }

    /// The first offset in `start..<end` where a word starts and fits before `end`.
    func firstOccurrence(in text: ScalarText, from start: Int, to end: Int) -> (offset: Int, word: Word)? {
        var offset = Swift.max(0, start)
        let upper = Swift.min(end, text.count)
        while offset < upper {
            let scalar = text.scalars[offset]
            if Self.test(firstBits, scalar), let word = match(in: text, at: offset, before: upper) {
                return (offset, word)
            }
            offset += 1
        }
        return nil
    }

    /// Both sets' words, the receiver's first.
    static func + (lhs: WordSet, rhs: [Word]) -> WordSet { WordSet(lhs.words + rhs) }
}

/// A set of scalars tested with one bit lookup (clause and sentence stops).
///
/// Every scalar of the Basic Multilingual Plane has a bit of its own, so a hit needs no
/// hashing to confirm; only scalars beyond it are looked up in the set.
struct ScalarSet: Sendable {
    private let bits: [UInt64]
    private let members: Set<Unicode.Scalar>

    init(_ scalars: Set<Unicode.Scalar>) {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for scalar in scalars where scalar.value < 0x10000 {
            let slot = Int(scalar.value)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        self.bits = bits
        members = scalars
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let slot = Int(scalar.value)
        guard slot < 0x10000 else { return members.contains(scalar) }
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}
