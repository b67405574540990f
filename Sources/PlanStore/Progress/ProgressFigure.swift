/// A progress figure to record: the value a target reached, or added, in one period.
public struct ProgressFigure: Sendable, Hashable, Codable {
    /// The target it reports on.
    public var targetID: Int64
    /// The period it covers.
    public var period: Period
    /// The value in the target's base unit: the amount of the period for increments, the
    /// level at the period's end for stocks.
    public var value: Double
    /// A remark, e.g. how the figure was estimated.
    public var note: String?
    /// Where the figure comes from, e.g. a statistics bulletin.
    public var source: String?

    /// Creates a figure.
    public init(
        targetID: Int64, period: Period, value: Double, note: String? = nil, source: String? = nil
    ) {
        self.targetID = targetID
        self.period = period
        self.value = value
        self.note = note
        self.source = source
    }
}
