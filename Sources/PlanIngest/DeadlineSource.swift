/// Where a target's deadline came from.
public enum DeadlineSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// The document states the deadline for this target (`到2025年`, `2023年底前`, a yearly plan).
    case stated
    /// No deadline is stated; the end of the plan's horizon applies.
    case inherited
}
