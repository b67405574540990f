import PlanIngest
import PlanStore

/// One target with the words of its document that gave each field, ready to print.
struct Explanation {
    /// The target as extraction reads it from the document.
    var target: Target
    /// Which words gave each field.
    var evidence: TargetEvidence
    /// The stored target's id, when the explanation is of a stored target.
    var id: Int64?
    /// The changes recorded for the stored target since it was extracted (edits, review
    /// decisions), oldest first: where its fields now differ from what the words gave.
    var edits: [TargetChange] = []

    /// The explanations of the targets in `extraction` that `matches` selects, in text order.
    static func selected(from extraction: Extraction, where matches: (Target) -> Bool) -> [Explanation] {
        zip(extraction.targets, extraction.evidence).filter { matches($0.0) }.map {
            Explanation(target: $0.0, evidence: $0.1)
        }
    }

    /// The value each field ended up with, as `plantrack explain` prints it.
    func value(of field: String) -> String {
        switch field {
        case "value": return NumberText.target(target)
        case "comparator": return target.comparator.rawValue
        case "metric": return target.metric
        case "kind": return target.kind.rawValue
        case "direction":
            if target.isReduction { return "fall" }
            return target.kind == .growth || target.kind == .delta ? "rise" : "none"
        case "base year": return target.baseYear.map(String.init) ?? "none"
        case "baseline":
            guard let baseline = target.baseline else { return "none" }
            return NumberText.quantity(baseline.value, unit: target.unit)
                + (baseline.year.map { " in \($0)" } ?? "")
        case "increment": return target.isIncrement ? "yes" : "no"
        case "aspirational": return target.isAspirational ? "yes" : "no"
        case "recurrence": return target.recurrence?.rawValue ?? "none"
        case "deadline":
            return (target.deadline?.iso ?? "none")
                + (target.deadlineSource.map { " (\($0.rawValue))" } ?? "")
        case "section": return target.section ?? "none"
        case "responsible":
            return target.responsible.isEmpty ? "none" : TargetText.responsible(target.responsible)
        default: return ""
        }
    }
}
