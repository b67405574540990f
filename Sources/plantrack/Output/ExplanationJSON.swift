import PlanIngest
import PlanWriting

/// The JSON `plantrack explain --format json` prints: `{"targets": [...]}`, each target with
/// its id (`null` for one read straight from a file), quote and offsets, one record per field
/// with the value, the words that gave it and why, and the edits recorded since (`edits`). Offsets are Unicode scalar offsets
/// into `plantrack text FILE`; absent words and offsets are `null`.
struct ExplanationJSON: JSONWritable {
    let explanations: [Explanation]

    init(_ explanations: [Explanation]) {
        self.explanations = explanations
    }

    func write(to writer: inout JSONWriter) {
        writer.openObject()
        writer.key("targets")
        writer.openArray()
        for explanation in explanations {
            let target = explanation.target
            writer.openObject()
            // The changes recorded since extraction, as `history --format json` prints them.
            writer.key("edits")
            writer.value(explanation.edits)
            writer.field("end", target.span.end)
            writer.key("fields")
            writer.openArray()
            for (name, evidence) in explanation.evidence.fields {
                writer.openObject()
                writer.field("end", evidence.span?.end)
                writer.field("name", name)
                writer.field("reason", evidence.reason)
                writer.field("start", evidence.span?.start)
                writer.field("value", explanation.value(of: name))
                writer.field("words", evidence.words)
                writer.closeObject()
            }
            writer.closeArray()
            writer.field("id", explanation.id.map { Int($0) })
            writer.field("quote", target.quote)
            writer.field("start", target.span.start)
            writer.closeObject()
        }
        writer.closeArray()
        writer.closeObject()
    }
}
