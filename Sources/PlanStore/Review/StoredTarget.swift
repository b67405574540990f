import PlanIngest

/// A tracked target as stored: one per distinct commitment of a plan, however often stated.
public struct StoredTarget: Sendable, Hashable, Codable, Identifiable {
    /// The target's id, stable for the life of the database.
    public var id: Int64
    /// The plan it belongs to.
    public var planID: Int64
    /// The plan's title, when known.
    public var planTitle: String?
    /// The target as its first statement reads it (metric, value, unit, deadline, quote …);
    /// ``Target/responsible`` is the union over all statements, leads first.
    public var statement: Target
    /// Every statement of the target in the plan, in order of appearance.
    public var sources: [TargetSource]
    /// Where the target stands in review.
    public var reviewState: ReviewState
    /// Whether a newer version of the plan no longer states it: kept for its figures and
    /// review, out of reports and name lookups.
    public var isRetired: Bool

    /// Creates a stored target.
    public init(
        id: Int64, planID: Int64, planTitle: String?, statement: Target, sources: [TargetSource],
        reviewState: ReviewState, isRetired: Bool = false
    ) {
        self.id = id
        self.planID = planID
        self.planTitle = planTitle
        self.statement = statement
        self.sources = sources
        self.reviewState = reviewState
        self.isRetired = isRetired
    }
}
