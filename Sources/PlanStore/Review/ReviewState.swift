/// Where a target stands in review: as extracted, or checked by a person.
public enum ReviewState: String, Sendable, Hashable, Codable, CaseIterable {
    /// As found by extraction, not yet looked at.
    case extracted
    /// A person confirmed it.
    case confirmed
    /// A person rejected it: it leaves the reports.
    case rejected
    /// A person corrected it.
    case edited
}
