import PlanIngest
import PlanStore
import PlanWriting

/// A stored target as `targets --format json` prints it: the stable contract, with snake_case
/// keys like `extract`'s, written in sorted order; absent values are `null`, never left out.
///
/// The baseline is `{"value": 850, "year": 2020}`; each source is a statement's quote with its
/// offsets into `plantrack text FILE`.
extension StoredTarget: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.openObject()
        statement.writeOpeningFields(to: &writer)
        writer.field("deadline", statement.deadline?.iso)
        writer.field("deadline_source", statement.deadlineSource?.rawValue)
        writer.field("id", Int(id))
        writer.field("increment", statement.isIncrement)
        writer.field("kind", statement.kind.rawValue)
        writer.field("lead_units", statement.responsible.filter(\.isLead).map(\.name))
        writer.field("metric", statement.metric)
        writer.field("plan_id", Int(planID))
        writer.field("plan_title", planTitle)
        writer.field("recurring", statement.recurrence?.rawValue)
        writer.field("reduction", statement.isReduction)
        writer.field("responsible", statement.responsible.map(\.name))
        writer.field("retired", isRetired)
        writer.field("review_state", reviewState.rawValue)
        writer.field("section", statement.section)
        writer.key("sources")
        writer.openArray()
        for source in sources {
            writer.openObject()
            writer.field("end", source.span.end)
            writer.field("quote", source.quote)
            writer.field("start", source.span.start)
            writer.closeObject()
        }
        writer.closeArray()
        statement.writeAmountFields(to: &writer)
        writer.closeObject()
    }
}
