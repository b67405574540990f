/// A half-open range of Unicode scalar offsets into a document's plain text.
///
/// Scalar offsets, unlike `String.Index`, survive storage and JSON and are what other tools
/// (Python's `str` indexing among them) count in.
public struct TextSpan: Sendable, Hashable, Codable {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int

    /// Creates a span; `start` must not exceed `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// Number of scalars covered.
    public var length: Int { end - start }
}
