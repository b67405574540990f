/// A small type that decides one field of a target from the words around its number, and
/// returns the value with the words that decided it.
///
/// Deciders run in a fixed order inside ``TargetReader/verdict()``; one that needs another
/// field (the comparator needs to know whether the metric follows the number) takes that
/// decision as an input.
protocol FieldDecider {
    /// The field's type.
    associatedtype Value: Sendable
    /// The places around the number that screening found.
    var site: NumberSite { get }
    /// The field's value and its evidence.
    func decide() -> FieldDecision<Value>
}

extension FieldDecider {
    /// The reader of the number, with the document's context and the clause helpers.
    var reader: TargetReader { site.reader }
    /// The document text.
    var text: ScalarText { site.reader.text }
    /// Whether anything shows the evidence: reasons that cost a string are only written then.
    var explains: Bool { site.reader.context.includesEvidence }

    /// The first of `words` between `start` and `end`, as a range of the text.
    func firstRange(of words: WordSet, from start: Int, to end: Int) -> Range<Int>? {
        words.firstOccurrence(in: text, from: start, to: end).map { $0.offset..<($0.offset + $0.word.count) }
    }
}
