import PlanIngest
import PlanStore

/// The JSON `plantrack explain --format json` prints: a stable list of targets, each with one
/// record per field. Offsets are Unicode scalar offsets into `plantrack text FILE`.
struct ExplanationJSON: Encodable {
    struct Field: Encodable {
        var name: String
        var value: String
        var words: String?
        var start: Int?
        var end: Int?
        var reason: String

        enum CodingKeys: String, CodingKey { case name, value, words, start, end, reason }

        /// Absent words and offsets are `null`, not missing keys.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(value, forKey: .value)
            try container.encode(words, forKey: .words)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(reason, forKey: .reason)
        }
    }

    struct Entry: Encodable {
        var id: Int64?
        var quote: String
        var start: Int
        var end: Int
        var fields: [Field]
        /// The changes recorded since extraction, as `history --format json` prints them.
        var edits: [ChangeJSON]

        enum CodingKeys: String, CodingKey { case id, quote, start, end, fields, edits }

        /// A target read straight from a file has a `null` id.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(quote, forKey: .quote)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(fields, forKey: .fields)
            try container.encode(edits, forKey: .edits)
        }
    }

    var targets: [Entry]

    init(_ explanations: [Explanation]) {
        targets = explanations.map { explanation in
            Entry(
                id: explanation.id, quote: explanation.target.quote, start: explanation.target.span.start,
                end: explanation.target.span.end,
                fields: explanation.evidence.fields.map { name, evidence in
                    Field(
                        name: name, value: explanation.value(of: name), words: evidence.words,
                        start: evidence.span?.start, end: evidence.span?.end, reason: evidence.reason)
                },
                edits: explanation.edits.map(ChangeJSON.init))
        }
    }
}
