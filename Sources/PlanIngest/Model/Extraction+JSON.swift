import PlanWriting

extension Extraction {
    /// The JSON contract of `plantrack extract --format json`, which `eval/score.py` reads:
    /// one object with `document`, `targets` and, when asked for, `mentions`, keys sorted.
    ///
    /// The keys are the contract's own (`document_number`, `value_max`), written here rather
    /// than derived from property names, so that renaming a property never changes the
    /// contract. Quantities print as ``JSONNumber/exact(_:)`` does: 1500, not 1500.0000001.
    ///
    /// ```swift
    /// let extraction = TargetExtractor().extraction(of: "到2025年,高新技术企业达1500家。")
    /// String(decoding: extraction.contractJSON(includingMentions: false), as: UTF8.self)
    /// // {"document":{"document_number":null,...},"targets":[{"aspirational":false,...}]}
    /// ```
    /// - Parameter includingMentions: Whether to add every numeric mention and its verdict.
    /// - Returns: The UTF-8 bytes of the JSON, without a trailing newline.
    /// - Complexity: O(*n*) in the size of the output.
    public func contractJSON(includingMentions: Bool) -> [UInt8] {
        // About what a target and a mention take, so that the buffer seldom grows.
        var writer = JSONWriter(
            capacity: 512 + 640 * targets.count + (includingMentions ? 192 * mentions.count : 0))
        writer.openObject()
        writer.key("document")
        write(document, to: &writer)
        if includingMentions {
            writer.key("mentions")
            writer.openArray()
            for mention in mentions { write(mention, to: &writer) }
            writer.closeArray()
        }
        writer.key("targets")
        writer.openArray()
        for target in targets { write(target, to: &writer) }
        writer.closeArray()
        writer.closeObject()
        return writer.bytes
    }

    private func write(_ document: DocumentMetadata, to writer: inout JSONWriter) {
        writer.openObject()
        writer.field("document_number", document.documentNumber)
        writer.field("horizon_end", document.horizon?.endYear)
        writer.field("horizon_start", document.horizon?.startYear)
        writer.field("issue_date", document.issueDate?.iso)
        writer.field("issuer", document.issuer)
        writer.field("region", document.region)
        writer.field("title", document.title)
        writer.closeObject()
    }

    private func write(_ mention: Mention, to writer: inout JSONWriter) {
        writer.openObject()
        writer.field("end", mention.span.end)
        writer.field("reason", mention.reason)
        writer.field("rule", mention.rule?.rawValue)
        writer.field("start", mention.span.start)
        writer.field("target", mention.isTarget)
        writer.field("text", mention.text)
        writer.field("unit", mention.unit?.rawValue)
        writer.field("value", quantity: mention.value)
        writer.closeObject()
    }

    private func write(_ target: Target, to writer: inout JSONWriter) {
        writer.openObject()
        writer.field("aspirational", target.isAspirational)
        writer.field("base_year", target.baseYear)
        writer.key("baseline")
        if let baseline = target.baseline {
            writer.openObject()
            writer.field("value", quantity: baseline.value)
            writer.field("year", baseline.year)
            writer.closeObject()
        } else {
            writer.null()
        }
        writer.key("binding")
        if let binding = target.binding { writer.bool(binding) } else { writer.null() }
        writer.field("comparator", target.comparator.rawValue)
        writer.field("confidence", quantity: target.confidence)
        writer.field("deadline", target.deadline?.iso)
        writer.field("deadline_source", target.deadlineSource?.rawValue)
        writer.field("end", target.span.end)
        writer.field("increment", target.isIncrement)
        writer.field("kind", target.kind.rawValue)
        writer.field("lead", target.responsible.filter(\.isLead).map(\.name))
        writer.field("metric", target.metric)
        writer.field("quote", target.quote)
        writer.field("recurring", target.recurrence?.rawValue)
        writer.field("reduction", target.isReduction)
        writer.field("responsible", target.responsible.map(\.name))
        writer.field("section", target.section)
        writer.field("start", target.span.start)
        writer.field("unit", target.unit.rawValue)
        writer.field("value", quantity: target.value)
        writer.field("value_max", quantity: target.valueMax)
        writer.closeObject()
    }
}
