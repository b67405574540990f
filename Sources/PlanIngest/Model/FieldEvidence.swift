/// The words of a document that gave one field of a target, and why they gave it.
///
/// A field that no word decided (no comparator word, so `=`; a deadline inherited from the plan
/// horizon) has no ``words`` and only a ``reason``.
///
/// ```swift
/// FieldEvidence(words: "以上", span: TextSpan(start: 14, end: 16), reason: "bound written after the number")
/// ```
public struct FieldEvidence: Sendable, Hashable, Codable {
    /// The words as written in the plain text, when a word decided the field.
    public var words: String?
    /// Where ``words`` lie in the plain text, in Unicode scalar offsets.
    public var span: TextSpan?
    /// Why the words give the field its value, in words a reviewer understands.
    public var reason: String

    /// Creates the evidence for one field.
    /// - Parameters:
    ///   - words: The deciding words as written, or `nil` when none decided.
    ///   - span: Where the words lie; `nil` exactly when `words` is.
    ///   - reason: Why the field has its value.
    public init(words: String? = nil, span: TextSpan? = nil, reason: String) {
        self.words = words
        self.span = span
        self.reason = reason
    }
}
