/// What sort of quantity a target commits to.
///
/// The cases follow the annotation guide of the seed plans: a count of things (家, 项),
/// an amount of money or material, a ratio or level (%, 件/万人), a growth rate, a change in
/// percentage points, a subsidy per recipient, or a parameter (a numeric rule, not a goal).
public enum TargetKind: String, Sendable, Hashable, Codable, CaseIterable {
    case count
    case amount
    case ratio
    case growth
    case delta
    case subsidy
    case parameter
}
