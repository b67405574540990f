/// One field of a target as a decider settled it: the value, and the words of the text that
/// settled it with the reason they do. `plantrack explain` prints exactly this record.
///
/// The words are kept as offsets until evidence is asked for, so that deciding costs no
/// string per field when nothing shows the evidence.
struct FieldDecision<Value: Sendable>: Sendable {
    /// The field's value.
    var value: Value
    /// Where the deciding words lie in the plain text, when words decided the field.
    var words: Range<Int>?
    /// Why the words (or their absence) give the field its value.
    var reason: String

    /// A value settled by the words at `words`.
    init(_ value: Value, words: Range<Int>?, _ reason: String) {
        self.value = value
        self.words = words
        self.reason = reason
    }

    /// A value that no word settled: a default, or a fact of the document as a whole.
    init(_ value: Value, _ reason: String) {
        self.init(value, words: nil, reason)
    }

    /// The evidence as `explain` shows it, with the words copied out of `text`.
    func evidence(in text: ScalarText) -> FieldEvidence {
        guard let words else { return FieldEvidence(reason: reason) }
        return FieldEvidence(
            words: text.string(words.lowerBound, words.upperBound),
            span: TextSpan(start: words.lowerBound, end: words.upperBound), reason: reason)
    }
}

extension ScalarText {
    /// The offsets of the last `word` that starts at or after `start` and ends at or before `end`.
    func lastRange(of word: Word, from start: Int, to end: Int) -> Range<Int>? {
        findLast(word, from: start, to: end).map { $0..<($0 + word.count) }
    }
}
