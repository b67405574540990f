/// What ``Store/replacePlan(_:with:by:)`` did to a plan's targets.
public struct PlanReplacement: Sendable, Hashable, Codable {
    /// The plan as now stored.
    public var plan: PlanSummary
    /// Targets still in the new version (same metric and quote, or a reviewed target's quote):
    /// same ids, review decisions and progress; their quotes and offsets follow the new text.
    public var kept: [StoredTarget]
    /// Targets new in this version, to be reviewed.
    public var added: [StoredTarget]
    /// Targets the new version no longer states that carry figures, history or a review: kept
    /// with their ids and figures, out of reports and name lookups.
    public var retired: [StoredTarget]
    /// Targets the new version no longer states that nobody had reviewed or logged figures
    /// for: deleted.
    public var removed: [StoredTarget]

    /// Creates a replacement report.
    public init(
        plan: PlanSummary, kept: [StoredTarget], added: [StoredTarget], retired: [StoredTarget],
        removed: [StoredTarget]
    ) {
        self.plan = plan
        self.kept = kept
        self.added = added
        self.retired = retired
        self.removed = removed
    }
}
