/// A progress figure as stored, current or replaced.
public struct ProgressRecord: Sendable, Hashable, Codable, Identifiable {
    /// The figure's id.
    public var id: Int64
    /// The target it reports on.
    public var targetID: Int64
    /// The period it covers.
    public var period: Period
    /// The value in the target's base unit.
    public var value: Double
    /// A remark.
    public var note: String?
    /// Where the figure comes from.
    public var source: String?
    /// When it was recorded, ISO 8601 in UTC.
    public var recordedAt: String
    /// When a newer figure for the same period replaced it; `nil` while current.
    public var replacedAt: String?

    /// Creates a record.
    public init(
        id: Int64, targetID: Int64, period: Period, value: Double, note: String?, source: String?,
        recordedAt: String, replacedAt: String?
    ) {
        self.id = id
        self.targetID = targetID
        self.period = period
        self.value = value
        self.note = note
        self.source = source
        self.recordedAt = recordedAt
        self.replacedAt = replacedAt
    }
}
