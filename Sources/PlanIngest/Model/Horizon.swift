/// The years a plan covers, e.g. 2023–2025 for a 三年行动方案(2023-2025年).
public struct Horizon: Sendable, Hashable, Codable {
    /// First calendar year covered.
    public var startYear: Int
    /// Last calendar year covered; its 31 December is the inherited deadline.
    public var endYear: Int

    /// Creates a horizon; `startYear` must not exceed `endYear`.
    public init(startYear: Int, endYear: Int) {
        precondition(startYear <= endYear, "a horizon cannot end before it starts")
        self.startYear = startYear
        self.endYear = endYear
    }

    /// The deadline a target without a stated one inherits: 31 December of the last year.
    public var end: CalendarDay { .endOfYear(endYear) }
}
