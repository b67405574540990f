import PlanIngest

/// One statement of a tracked target in its plan's text.
public struct TargetSource: Sendable, Hashable, Codable {
    /// The exact text stated.
    public var quote: String
    /// Where ``quote`` lies in the plan's plain text, in Unicode scalar offsets.
    public var span: TextSpan

    /// Creates a source.
    public init(quote: String, span: TextSpan) {
        self.quote = quote
        self.span = span
    }
}
