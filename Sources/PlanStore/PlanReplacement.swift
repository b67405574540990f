/// What ``Store/replacePlan(_:with:by:)`` did to a plan's targets.
public struct PlanReplacement: Sendable, Hashable, Codable {
    /// The plan as now stored.
    public var plan: PlanSummary
    /// Targets still in the new version (same metric and quote): same ids, review decisions
    /// and progress; their quotes and offsets follow the new text.
    public var kept: [StoredTarget]
    /// Targets new in this version, to be reviewed.
    public var added: [StoredTarget]
    /// Targets the new version no longer states: rejected with the reason
    /// `no longer in the plan`, their figures and history kept.
    public var dropped: [StoredTarget]

    /// Creates a replacement report.
    public init(plan: PlanSummary, kept: [StoredTarget], added: [StoredTarget], dropped: [StoredTarget]) {
        self.plan = plan
        self.kept = kept
        self.added = added
        self.dropped = dropped
    }
}
