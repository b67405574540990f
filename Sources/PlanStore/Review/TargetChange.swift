/// One recorded change to a target in review: who changed which field, from what, to what.
public struct TargetChange: Sendable, Hashable, Codable, Identifiable {
    /// The change's id, in the order changes were made.
    public var id: Int64
    /// The target changed.
    public var targetID: Int64
    /// The field changed, e.g. `value`, `deadline`, `reviewState`; `target` when it was added.
    public var field: String
    /// The value before, as text; `nil` when there was none.
    public var oldValue: String?
    /// The value after, as text; `nil` when cleared.
    public var newValue: String?
    /// Why, when the person said (a rejection's reason).
    public var reason: String?
    /// Who made the change, e.g. `$USER`.
    public var changedBy: String
    /// When, ISO 8601 in UTC.
    public var changedAt: String

    /// Creates a change record.
    public init(
        id: Int64, targetID: Int64, field: String, oldValue: String?, newValue: String?,
        reason: String?, changedBy: String, changedAt: String
    ) {
        self.id = id
        self.targetID = targetID
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.reason = reason
        self.changedBy = changedBy
        self.changedAt = changedAt
    }
}
