import PlanIngest

/// The statements of one tracked target: the sentences of a plan that state the same
/// commitment (same metric, value, unit, comparator and deadline), in order of appearance.
/// Each is a ``Target`` as extraction read it from its sentence; the first gives the stored
/// target its fields, all of them its sources and responsible units.
typealias TargetStatements = [Target]
