import PlanIngest

/// The statements of one tracked target: the sentences of a plan that state the same
/// commitment (same metric, value, unit, comparator and deadline), in order of appearance.
/// Each is a ``Target`` as extraction read it from its sentence; the first gives the stored
/// target its fields, all of them its sources and responsible units, and the first that states
/// them its binding attribute and baseline (an indicator table's row after the text's sentence).
typealias TargetStatements = [Target]

extension [Target] {
    /// 约束性 or 预期性, from the first statement that says which.
    var binding: Bool? { lazy.compactMap(\.binding).first }

    /// The baseline of the first statement that states one.
    var baseline: Baseline? { lazy.compactMap(\.baseline).first }
}
