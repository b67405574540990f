/// Where a target starts from: the value an indicator table gives for its base year, e.g.
/// `基期值（2020年） 850` for `高新技术企业数量 … 1500`.
public struct Baseline: Sendable, Hashable, Codable {
    /// The value in the target's base unit.
    public var value: Double
    /// The year the value was measured in (`2020`), when the table names it.
    public var year: Int?

    /// Creates a baseline.
    /// - Parameters:
    ///   - value: The value in the target's base unit.
    ///   - year: The year it was measured in, if known.
    public init(value: Double, year: Int?) {
        self.value = value
        self.year = year
    }
}
