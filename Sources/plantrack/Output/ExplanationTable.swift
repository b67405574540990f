import PlanIngest

/// The table `plantrack explain` prints: one row per field, then each deciding word in context.
enum ExplanationTable {
    /// Renders `explanations` of targets read from `text`.
    static func render(_ explanations: [Explanation], text: String) -> String {
        var blocks: [String] = []
        for explanation in explanations {
            var lines: [String] = []
            let target = explanation.target
            let heading = explanation.id.map { "Target \($0): " } ?? "Target: "
            lines.append(heading + "\(target.metric) \(NumberText.target(target))")
            lines.append(
                "Stated: " + (QuoteContext.excerpt(of: target.span, in: text) ?? "【\(target.quote)】"))
            lines.append("")
            var table = TextTable(columns: [
                .init("Field"), .init("Value"), .init("Words"), .init("At"), .init("Why"),
            ])
            for (name, evidence) in explanation.evidence.fields {
                let at = evidence.span.map { "\($0.start)-\($0.end)" } ?? ""
                table.append([name, explanation.value(of: name), evidence.words ?? "", at, evidence.reason])
            }
            lines.append(table.renderedForTerminal().trimmingTrailingNewlines)
            lines.append("")
            lines.append("In context:")
            for (name, evidence) in explanation.evidence.fields {
                guard let span = evidence.span, let excerpt = QuoteContext.excerpt(of: span, in: text) else {
                    continue
                }
                lines.append("  \(name): \(excerpt)")
            }
            if !explanation.edits.isEmpty {
                lines.append("")
                lines.append("Changed since extraction:")
                for edit in explanation.edits {
                    let change = "\(edit.oldValue ?? "none") → \(edit.newValue ?? "none")"
                    let reason = edit.reason.map { " (\($0))" } ?? ""
                    lines.append(
                        "  \(edit.field): \(change), \(TimestampText.local(edit.changedAt)) by \(edit.changedBy)\(reason)"
                    )
                }
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}

extension String {
    /// The string without line breaks at its end.
    fileprivate var trimmingTrailingNewlines: String {
        var result = self
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }
}
