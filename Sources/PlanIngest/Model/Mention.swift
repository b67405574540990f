/// A number found in the text, with the extractor's verdict on whether it is a target.
///
/// `plantrack extract --mentions` lists these so that a reviewer can see why a number was
/// kept or dropped.
public struct Mention: Sendable, Hashable, Codable {
    /// The number as written together with its unit, e.g. `1500家`, `百分之三十`.
    public var text: String
    /// Where ``text`` lies in the plain text.
    public var span: TextSpan
    /// The parsed value in the base unit, when the number could be read.
    public var value: Double?
    /// The base unit, when one follows the number.
    public var unit: Unit?
    /// Whether the mention became a target.
    public var isTarget: Bool
    /// Why it is or is not a target, in words a reviewer understands, e.g. `document number`.
    public var reason: String
    /// The rule that made it not a target; `nil` for a target.
    public var rule: RejectionRule?

    /// Creates a mention.
    public init(
        text: String, span: TextSpan, value: Double?, unit: Unit?, isTarget: Bool, reason: String,
        rule: RejectionRule? = nil
    ) {
        self.text = text
        self.span = span
        self.value = value
        self.unit = unit
        self.isTarget = isTarget
        self.reason = reason
        self.rule = rule
    }
}
