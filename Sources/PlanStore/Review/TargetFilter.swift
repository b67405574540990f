import PlanIngest

/// Which targets ``Store/targets(matching:)`` lists; `nil` fields do not filter.
public struct TargetFilter: Sendable, Hashable, Codable {
    /// Only targets of this plan.
    public var plan: Int64?
    /// Only targets with a responsible unit whose name contains this text, e.g. `科技局`.
    public var unitName: String?
    /// Only targets due on or before this day (targets without deadline are left out).
    public var dueBefore: CalendarDay?

    /// Only binding targets (约束性, `true`) or only expected ones (预期性, `false`).
    public var binding: Bool?

    /// Creates a filter; the default lists every target.
    public init(
        plan: Int64? = nil, unitName: String? = nil, dueBefore: CalendarDay? = nil, binding: Bool? = nil
    ) {
        self.plan = plan
        self.unitName = unitName
        self.dueBefore = dueBefore
        self.binding = binding
    }
}
