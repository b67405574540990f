import PlanIngest

/// How a logged figure reads: in the target's unit (`1320家`, `3.41%`), or as a bare number for
/// a change from a base year (`比2020年下降13.5%`), whose figures are levels in the statistic's
/// own unit (0.54 吨标准煤/万元), not percentages.
enum FigureText {
    /// `value` as logged for `target`.
    static func figure(_ value: Double, of target: Target) -> String {
        target.baseYear == nil ? NumberText.quantity(value, unit: target.unit) : NumberText.plain(value)
    }
}
