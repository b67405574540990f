/// How an achieved figure is compared with a target's value.
///
/// `以上`, `不少于`, `突破` give ``atLeast``; `不超过`, `以内` give ``atMost``; `左右`, `约` give
/// ``approximately``; a plain number gives ``exactly``; `3-5家` gives ``range``.
public enum Comparator: String, Sendable, Hashable, Codable, CaseIterable {
    /// Met when the achieved figure is at least the value (`>=`).
    case atLeast = ">="
    /// Met when the achieved figure is at most the value (`<=`): caps and limits.
    case atMost = "<="
    /// Met when the achieved figure is within 5% of the value (`~`).
    case approximately = "~"
    /// A plain number (`=`): met, like `>=`, when the achieved figure reaches the value.
    case exactly = "="
    /// Met when the achieved figure lies within `[value, valueMax]`.
    case range
}
