/// Decides a target's comparator: a range of two numbers, a bound after the number (`以上`,
/// `左右`), 最高 before a sum of money, 多/余 after the number, a comparing word before it
/// (`不少于`, `突破`), a bound closing a `分别` list, or else exactly.
struct ComparatorDecider: FieldDecider {
    let site: NumberSite
    /// The metric decision: 突破 before a noun it governs (`突破10个关键技术`) is a verb, not a bound.
    let metric: MetricPhrase

    func decide() -> FieldDecision<Comparator> {
        let reading = site.reading
        let number = reading.start..<reading.end
        if reading.valueMax != nil {
            return FieldDecision(.range, words: number, "two numbers joined as a range")
        }
        if let suffix = site.suffix {
            return FieldDecision(
                suffix.comparator, words: reading.end..<site.suffixEnd, "bound written after the number")
        }
        if site.prefix == nil, site.family == .money,
            let cap = text.find(Self.capWord, from: site.clauseStart, to: reading.start)
        {
            return FieldDecision(.atMost, words: cap..<(cap + Self.capWord.count), "a cap on a sum of money")
        }
        if reading.isOpenEnded {
            return FieldDecision(.atLeast, words: number, "多 or 余 after the number: more than the figure")
        }
        let breakthroughIsVerb =
            metric.followsNumber && site.prefix.map { Words.verbalComparators.contains($0.word) } == true
        if let prefix = site.prefix, !breakthroughIsVerb {
            return FieldDecision(
                prefix.comparator, words: (site.numberLead - prefix.word.count)..<site.numberLead,
                "comparing word before the number")
        }
        if let distribution = metric.distribution, let shared = distribution.sharedComparator {
            return FieldDecision(
                shared, words: distribution.sharedComparatorWords, "a bound closing the list after 分别")
        }
        return FieldDecision(.exactly, "no comparing word next to the number: exactly (=)")
    }

    /// 最高 anywhere before a sum of money makes it a cap.
    static let capWord = Word("最高")
}
