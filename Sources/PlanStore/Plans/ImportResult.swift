/// What ``Store/importPlan(_:)`` did: the plan stored (or found) and its tracked targets.
public struct ImportResult: Sendable, Hashable, Codable {
    /// The plan as stored.
    public var plan: PlanSummary
    /// Whether the plan was stored now; `false` when the same bytes were imported before.
    public var isNew: Bool
    /// The plan's tracked targets.
    public var targets: [StoredTarget]

    /// Creates an import result.
    public init(plan: PlanSummary, isNew: Bool, targets: [StoredTarget]) {
        self.plan = plan
        self.isNew = isNew
        self.targets = targets
    }
}
