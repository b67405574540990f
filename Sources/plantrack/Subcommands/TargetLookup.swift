import ArgumentParser
import PlanStore

/// The target a command is about, as people name it: an id, or words of its quote or metric,
/// perhaps within one plan (`plantrack show 12`, `plantrack history 高新技术企业 --plan 2`).
struct TargetLookup: ParsableArguments {
    @Argument(help: "A target id, or text matching exactly one target's quote or metric.")
    var target: String

    @Option(help: ArgumentHelp("Look the target up in this plan only.", valueName: "id"))
    var plan: Int64?

    /// The one stored target the reference names.
    ///
    /// - Throws: A store error naming the candidates when no target or several match.
    func resolved(in store: Store) throws -> StoredTarget {
        try store.resolveTarget(target, inPlan: plan)
    }
}
