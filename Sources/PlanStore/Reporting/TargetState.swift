/// Where a target stands at a date.
public enum TargetState: String, Sendable, Hashable, Codable, CaseIterable {
    /// The comparator is satisfied.
    case met
    /// Before the deadline, at a pace of at least 0.95 of the linear path.
    case onTrack = "on track"
    /// Before the deadline, at a pace between 0.60 and 0.95.
    case atRisk = "at risk"
    /// Before the deadline, at a pace below 0.60.
    case offTrack = "off track"
    /// Before the deadline, a level target with one figure and no baseline: its pace is
    /// unknown until a second figure (or a baseline) shows which way it moves.
    case noTrend = "no trend"
    /// A change from a base year (`比2020年下降13.5%`) whose base year has no figure and was
    /// given no baseline: the change cannot be measured until that year's level is logged.
    case noBaseline = "no baseline"
    /// Past the deadline and not met.
    case overdue
    /// A cap was exceeded.
    case breached
    /// No figure counts yet.
    case noData = "no data"
    /// No deadline, so it cannot be judged.
    case notAssessable = "not assessable"
}
