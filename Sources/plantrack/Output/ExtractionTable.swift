import PlanIngest

/// The human-readable table of `plantrack extract`, padded by display width.
struct ExtractionTable {
    var extraction: Extraction
    var includeMentions: Bool

    init(_ extraction: Extraction, includeMentions: Bool) {
        self.extraction = extraction
        self.includeMentions = includeMentions
    }

    var rendered: String {
        var lines: [String] = []
        let document = extraction.document
        if let title = document.title { lines.append("title: \(title)") }
        if let number = document.documentNumber { lines.append("document number: \(number)") }
        if let horizon = document.horizon { lines.append("horizon: \(horizon.startYear)-\(horizon.endYear)") }
        var rows = [["#", "metric", "kind", "value", "unit", "cmp", "deadline", "flags", "quote"]]
        for (index, target) in extraction.targets.enumerated() {
            var value = Self.number(target.value)
            if let max = target.valueMax { value += "-" + Self.number(max) }
            rows.append([
                String(index + 1), target.metric, target.kind.rawValue, value, target.unit.rawValue,
                target.comparator.rawValue, target.deadline?.iso ?? "", Self.flags(target), target.quote,
            ])
        }
        lines.append(contentsOf: Self.layout(rows))
        if includeMentions {
            lines.append("")
            var mentionRows = [["offset", "mention", "target", "rule", "reason"]]
            for mention in extraction.mentions {
                mentionRows.append([
                    String(mention.span.start), mention.text, mention.isTarget ? "yes" : "no",
                    mention.rule?.rawValue ?? "", mention.reason,
                ])
            }
            lines.append(contentsOf: Self.layout(mentionRows))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Short marks: + increment, a annual, h hedged (力争), r responsible units named.
    static func flags(_ target: Target) -> String {
        (target.isIncrement ? "+" : "") + (target.recurrence != nil ? "a" : "")
            + (target.isAspirational ? "h" : "")
            + (target.responsible.isEmpty ? "" : "r")
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 1e6).rounded() / 1e6
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return String(rounded)
    }

    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) {
            $0
                + ($1.value >= 0x1100 && $1.properties.isEmojiPresentation == false && $1.value > 0x2E7F
                    ? 2 : 1)
        }
    }

    static func layout(_ rows: [[String]]) -> [String] {
        guard let columns = rows.first?.count else { return [] }
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() where index < columns - 1 {
                widths[index] = max(widths[index], width(cell))
            }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index < columns - 1 ? cell + String(repeating: " ", count: widths[index] - width(cell)) : cell
            }.joined(separator: "  ")
        }
    }
}
