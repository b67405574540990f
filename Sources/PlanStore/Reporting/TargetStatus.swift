import PlanIngest

/// One target's standing at a date (or one year's instance of a recurring target).
public struct TargetStatus: Sendable, Hashable, Codable {
    /// The target judged.
    public var target: StoredTarget
    /// The year of the instance, for recurring targets.
    public var instanceYear: Int?
    /// The first day figures count from, when known (the plan's start, or the instance year's).
    public var windowStart: CalendarDay?
    /// The day by which the target (or instance) is due.
    public var deadline: CalendarDay?
    /// What was achieved: the sum of the window's figures for increments, the latest figure
    /// for levels; `nil` without figures.
    public var achieved: Double?
    /// What is still missing to meet the target, in its unit (the excess for caps); 0 when met.
    public var gap: Double?
    /// `achieved` as a percentage of the target's value.
    public var percentAchieved: Double?
    /// The verdict.
    public var state: TargetState
    /// Days since the deadline, when past it and not met.
    public var daysOverdue: Int?
    /// The latest period with a counted figure.
    public var lastPeriod: Period?
    /// Progress made divided by progress expected on the linear path, when judged on pace.
    public var paceRatio: Double?

    /// Creates a status.
    public init(
        target: StoredTarget, instanceYear: Int?, windowStart: CalendarDay?, deadline: CalendarDay?,
        achieved: Double?, gap: Double?, percentAchieved: Double?, state: TargetState,
        daysOverdue: Int?, lastPeriod: Period?, paceRatio: Double? = nil
    ) {
        self.target = target
        self.instanceYear = instanceYear
        self.windowStart = windowStart
        self.deadline = deadline
        self.achieved = achieved
        self.gap = gap
        self.percentAchieved = percentAchieved
        self.state = state
        self.daysOverdue = daysOverdue
        self.lastPeriod = lastPeriod
        self.paceRatio = paceRatio
    }
}

extension TargetStatus {
    /// Whether this is past its deadline on `date` and not met: overdue, a breached cap, or
    /// without any figure.
    public func isOverdue(asOf date: CalendarDay) -> Bool {
        guard let deadline, deadline < date else { return false }
        return state == .overdue || state == .noData || state == .breached
    }
}
