import PlanIngest
import PlanStore
import PlanWriting

/// A stored target as `targets --format json` prints it: the stable contract, with snake_case
/// keys like `extract`'s, written in sorted order; absent values are `null`, never left out.
///
/// The baseline is `{"value": 850, "year": 2020}`; each source is a statement's quote with its
/// offsets into `plantrack text FILE`.
struct TargetJSON: JSONWritable {
    let stored: StoredTarget

    init(_ stored: StoredTarget) {
        self.stored = stored
    }

    func write(to writer: inout JSONWriter) {
        let target = stored.target
        writer.openObject()
        writer.field("aspirational", target.isAspirational)
        writer.key("baseline")
        if let baseline = target.baseline {
            writer.openObject()
            writer.field("value", quantity: baseline.value)
            writer.field("year", baseline.year)
            writer.closeObject()
        } else {
            writer.null()
        }
        writer.field("binding", target.binding)
        writer.field("comparator", target.comparator.rawValue)
        writer.field("deadline", target.deadline?.iso)
        writer.field("deadline_source", target.deadlineSource?.rawValue)
        writer.field("id", Int(stored.id))
        writer.field("increment", target.isIncrement)
        writer.field("kind", target.kind.rawValue)
        writer.field("lead_units", target.responsible.filter(\.isLead).map(\.name))
        writer.field("metric", target.metric)
        writer.field("plan_id", Int(stored.planID))
        writer.field("plan_title", stored.planTitle)
        writer.field("recurring", target.recurrence?.rawValue)
        writer.field("reduction", target.isReduction)
        writer.field("responsible", target.responsible.map(\.name))
        writer.field("retired", stored.isRetired)
        writer.field("review_state", stored.reviewState.rawValue)
        writer.field("section", target.section)
        writer.key("sources")
        writer.openArray()
        for source in stored.sources {
            writer.openObject()
            writer.field("end", source.span.end)
            writer.field("quote", source.quote)
            writer.field("start", source.span.start)
            writer.closeObject()
        }
        writer.closeArray()
        writer.field("unit", target.unit.rawValue)
        writer.field("value", quantity: target.value)
        writer.field("value_max", quantity: target.valueMax)
        writer.closeObject()
    }
}
