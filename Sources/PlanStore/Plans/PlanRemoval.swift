/// A plan removed with ``Store/removePlan(_:reason:by:)``, as recorded.
public struct PlanRemoval: Sendable, Hashable, Codable {
    /// The id the plan had.
    public var planID: Int64
    /// Its title, when it had one.
    public var title: String?
    /// The file it was read from.
    public var fileName: String
    /// The SHA-256 of that file, so the same file can be recognised if imported again.
    public var sha256: String
    /// How many targets were removed with it.
    public var targetCount: Int
    /// How many figures (current and replaced) were removed with them.
    public var figureCount: Int
    /// Why it was removed, when said.
    public var reason: String?
    /// Who removed it.
    public var removedBy: String
    /// When, as an ISO 8601 timestamp.
    public var removedAt: String

    /// Creates a removal record.
    public init(
        planID: Int64, title: String?, fileName: String, sha256: String, targetCount: Int, figureCount: Int,
        reason: String?, removedBy: String, removedAt: String
    ) {
        self.planID = planID
        self.title = title
        self.fileName = fileName
        self.sha256 = sha256
        self.targetCount = targetCount
        self.figureCount = figureCount
        self.reason = reason
        self.removedBy = removedBy
        self.removedAt = removedAt
    }
}
