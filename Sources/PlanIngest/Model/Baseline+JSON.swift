import PlanWriting

/// A baseline in the JSON contracts of `extract` and `targets`: `{"value":850,"year":2020}`,
/// the value a quantity without float noise, the year `null` when the plan names none.
extension Baseline: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.openObject()
        writer.field("value", quantity: value)
        writer.field("year", year)
        writer.closeObject()
    }
}
