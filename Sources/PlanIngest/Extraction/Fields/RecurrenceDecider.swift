/// Decides whether a target recurs each year of its horizon: `每年` opens the whole sentence,
/// `年均` only its own clause (and before 浓度 it names a statistic, not a repetition); a level
/// never recurs beyond its clause.
struct RecurrenceDecider: FieldDecider {
    let site: NumberSite
    /// Whether the figure is a level or total.
    let isLevel: Bool

    func decide() -> FieldDecision<Recurrence?> {
        let floor = isLevel ? site.clauseStart : site.sentenceStart
        var search = floor
        while let annual = Words.annualWords.firstOccurrence(in: text, from: search, to: site.start) {
            search = annual.offset + 1
            let words = annual.offset..<(annual.offset + annual.word.count)
            guard Words.clauseAnnualWords.match(in: text, at: annual.offset) != nil else {
                let reason =
                    annual.offset >= site.clauseStart
                    ? "repeats each year of the horizon (in the clause)"
                    : "repeats each year of the horizon (opening the sentence)"
                return FieldDecision(.annual, words: words, reason)
            }
            if annual.offset >= site.clauseStart,
                Words.averageStatistics.match(in: text, at: words.upperBound) == nil
            {
                return FieldDecision(
                    .annual, words: words, "repeats each year of the horizon (in the clause)")
            }
        }
        let reason =
            isLevel ? "no 每年 or 年均 in the clause: a level happens once" : "no 每年 or 年均 in the sentence: once"
        return FieldDecision(nil, reason)
    }
}
