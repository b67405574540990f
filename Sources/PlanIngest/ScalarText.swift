/// A document's plain text as an array of Unicode scalars, so that offsets are the scalar
/// offsets of the JSON contract and every look-up is O(1).
///
/// Extraction reads the text many times around each number; indexing a `String` by
/// `Character` would cost a grapheme break search on every step.
struct ScalarText: Sendable {
    /// The scalars of the text, in order.
    let scalars: [Unicode.Scalar]

    /// Creates the scalar view of `text`.
    /// - Complexity: O(*n*) in the length of `text`.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
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
    func first(of words: [Word], at offset: Int) -> Word? {
        words.first { has($0, at: offset) }
    }

    /// The first word of `words` that ends just before `offset`.
    func first(of words: [Word], endingAt offset: Int) -> Word? {
        words.first { has($0, endingAt: offset) }
    }

    /// Offset of the first occurrence of `word` in `start..<end`, if any.
    func find(_ word: Word, from start: Int, to end: Int) -> Int? {
        let upper = min(end, scalars.count) - word.count
        var offset = max(0, start)
        while offset <= upper {
            if has(word, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    /// Offset of the last occurrence of `word` in `start..<end`, if any.
    func findLast(_ word: Word, from start: Int, to end: Int) -> Int? {
        var offset = min(end, scalars.count) - word.count
        while offset >= max(0, start) {
            if has(word, at: offset) { return offset }
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
    var words: [Word] {
        map(Word.init).enumerated().sorted { lhs, rhs in
            lhs.element.count != rhs.element.count
                ? lhs.element.count > rhs.element.count : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
