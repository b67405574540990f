/// Decides where a target starts when its sentence says so: `从77%提高到80%` and
/// `从15个扩大到57个` name the level the change starts from (no year: it is the level when the
/// plan was written). An indicator table's base column gives baselines of its own.
struct BaselineDecider: FieldDecider {
    let site: NumberSite

    func decide() -> FieldDecision<Baseline?> {
        guard
            let marker = text.findLast(Words.baselineFromMarker, from: site.clauseStart, to: site.start),
            let from = QuantityReader.read(
                in: text, at: reader.stripSpaces(from: marker + Words.baselineFromMarker.count)),
            let value = from.value, from.valueMax == nil, from.end <= site.numberLead,
            from.unit == site.unit || from.unit == nil,
            Words.changeToWords.occurs(in: text, from: from.end, to: site.numberLead)
        else { return FieldDecision(nil, "no 从…到 before the number: no baseline stated") }
        return FieldDecision(
            Baseline(value: value, year: nil), words: marker..<from.end,
            "the level the change starts from (从…)")
    }
}
