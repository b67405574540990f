/// Where a target's deadline came from.
public enum DeadlineSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// The document states the deadline for this target (`到2025年`, `2023年底前`, `今年`).
    case stated
    /// A heading above the target names the year of its section (`三、2026年工作安排`).
    case section
    /// The document's own year applies: a yearly plan (`2026年工作要点`) dates all its targets.
    case documentYear = "document year"
    /// No deadline is stated; the end of the plan's horizon applies.
    case inherited
}
