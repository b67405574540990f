/// Decides whether a figure is a level or a total (`达到1500家`, `总量`, `累计`, `突破`): a level
/// is never an increment and does not recur. Its evidence is printed as the increment's when
/// it settles that field.
struct LevelDecider: FieldDecider {
    let site: NumberSite
    /// The metric decision: a verb such as 突破 before a noun it governs states no level.
    let metric: MetricPhrase

    func decide() -> FieldDecision<Bool> {
        let reason = "a level or total (达到, 总量, 累计): never an increment"
        if let reach = site.reach, !metric.followsNumber {
            return FieldDecision(true, words: (site.numberLead - reach.count)..<site.numberLead, reason)
        }
        if let stock = metric.trailingWords.first(where: { Words.stockWords.contains($0.word) }) {
            return FieldDecision(true, words: stock.offset..<(stock.offset + stock.word.count), reason)
        }
        if let prefix = site.prefix, Words.verbalComparators.contains(prefix.word), !metric.followsNumber {
            return FieldDecision(true, words: (site.numberLead - prefix.word.count)..<site.numberLead, reason)
        }
        // 累计新增, 累计改造: a running total of new things counts additions.
        if let total = Words.totalWords.firstOccurrence(
            in: text, from: site.clauseStart, to: site.numberLead),
            Words.totalIncrementVerbs.match(in: text, at: total.offset + total.word.count) == nil
        {
            return FieldDecision(true, words: total.offset..<(total.offset + total.word.count), reason)
        }
        return FieldDecision(false, "no word of a level or total before the number")
    }
}
