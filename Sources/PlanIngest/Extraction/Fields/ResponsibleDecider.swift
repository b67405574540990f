/// Decides a target's responsible units: the first list of units after the figure and before
/// the next heading (a `责任单位：` line, a `〔市科技局牵头〕` note, a note that closes the
/// item), lead units first.
struct ResponsibleDecider: FieldDecider {
    let site: NumberSite

    func decide() -> FieldDecision<[ResponsibleUnit]> {
        let context = reader.context
        let itemEnd = context.outline.nextHeading(after: site.start, end: text.count)
        guard let block = context.responsibilities.block(from: site.end, before: itemEnd),
            !block.units.isEmpty
        else { return FieldDecision([], "no 责任单位 line or note before the next heading") }
        let ordered = block.units.filter(\.isLead) + block.units.filter { !$0.isLead }
        return FieldDecision(
            ordered, words: block.start..<block.end,
            "the first list of units after the figure, before the next heading")
    }
}
