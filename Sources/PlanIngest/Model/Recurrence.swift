/// How often a target repeats within its plan's horizon.
///
/// `每年新增8家` and `年均增长10%` are ``annual``: each calendar year of the horizon is
/// judged on its own.
public enum Recurrence: String, Sendable, Hashable, Codable, CaseIterable {
    case annual
}
