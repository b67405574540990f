@testable import PlanIngest

/// The first target of a sentence in a yearly plan, with its evidence, for the decider tests.
enum FieldDecisionSupport {
    static let header = "某市2026年工作要点\n"

    /// The first target of `sentence` and the evidence of its field named `field`.
    static func decided(_ sentence: String, _ field: String) -> (target: Target, evidence: FieldEvidence)? {
        let extraction = TargetExtractor().extraction(of: header + sentence)
        guard let target = extraction.targets.first, let evidence = extraction.evidence.first,
            let named = evidence.fields.first(where: { $0.name == field })
        else { return nil }
        return (target, named.evidence)
    }
}
