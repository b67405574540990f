/// What a target measures and in which unit: a count per head (`每万人…25件`) becomes a ratio
/// with the head in its unit.
struct MeasuredKind: Sendable {
    /// The kind of figure.
    var kind: TargetKind
    /// The unit, with `/万人` added for a count per head.
    var unit: Unit
}

/// Decides a target's kind from its unit's family and the words of its clause: a percentage
/// after a growth word is growth and otherwise a ratio, money in a clause that gives it is a
/// subsidy, a count that ends an output metric (`产能…50万辆`) is an amount.
struct KindDecider: FieldDecider {
    let site: NumberSite
    /// The metric decision: its words, the `分别` list and the word order around the number.
    let metric: MetricPhrase

    func decide() -> FieldDecision<MeasuredKind> {
        let unitWords =
            site.reading.number.end < site.reading.end ? site.reading.number.end..<site.reading.end : nil
        func decided(_ kind: TargetKind, _ reason: String) -> FieldDecision<MeasuredKind> {
            FieldDecision(
                MeasuredKind(kind: kind, unit: site.unit), words: unitWords,
                unitWords == nil ? reason + " (no unit written)" : reason)
        }
        let clauseStart = site.clauseStart
        switch site.family {
        case .percent:
            if Words.doublings.contains(where: { text.has($0.word, at: site.start) }) {
                return FieldDecision(
                    MeasuredKind(kind: .growth, unit: site.unit), words: site.start..<site.end,
                    "a doubling (翻一番): a growth of 100% for each")
            }
            if let growth = metric.distribution?.growthWords {
                return FieldDecision(
                    MeasuredKind(kind: .growth, unit: site.unit), words: growth,
                    "a growth word after 分别: every figure of the list is a growth rate")
            }
            // 降低至12%, 提升到72%: a change that ends at a level states the level.
            let reachesLevel =
                text[safe: site.numberLead - 1].map(TargetReader.levelReachMarks.contains) == true
                && Words.growthWords.match(in: text, endingAt: site.numberLead - 1) != nil
            if !reachesLevel,
                let growth = firstRange(
                    of: Words.growthWords, from: max(clauseStart, metric.beforeEnd - 2), to: site.numberLead)
            {
                return FieldDecision(
                    MeasuredKind(kind: .growth, unit: site.unit), words: growth,
                    "a percentage after a growth word")
            }
            return decided(.ratio, "a percentage with no growth word: a ratio or share")
        case .points:
            return decided(.delta, "percentage points: a change")
        case .money:
            if let subsidy = firstRange(
                of: Words.subsidyWords, from: clauseStart, to: max(clauseStart, metric.quote.upperBound))
            {
                return FieldDecision(
                    MeasuredKind(kind: .subsidy, unit: site.unit), words: subsidy,
                    "money in a clause that gives a subsidy")
            }
            return decided(.amount, "a sum of money")
        case .physical:
            return decided(.amount, "a physical quantity")
        case .concentration:
            return decided(.ratio, "a concentration: a ratio")
        case .duration:
            return decided(.ratio, "a length of time: a level, like a ratio")
        case .count, .occurrence:
            // 每万人高价值发明专利拥有量达25件, 抽检量超每千人6.6批次: a count per head is a ratio.
            if let perCapita = Words.perCapitaPrefixes.lazy.compactMap({ prefix in
                self.text.find(prefix.word, from: clauseStart, to: self.site.start).map { (prefix, $0) }
            }).first {
                let (prefix, at) = perCapita
                return FieldDecision(
                    MeasuredKind(
                        kind: .ratio, unit: Unit(rawValue: site.unit.rawValue + "/" + prefix.denominator)),
                    words: at..<(at + prefix.word.count), "a count per head")
            }
            // 平均跑动次数降至0.3次: things counted one by one come in whole numbers; a fraction
            // is an average, a level.
            if site.value.rounded() != site.value {
                return FieldDecision(
                    MeasuredKind(kind: .ratio, unit: site.unit), words: site.start..<site.end,
                    "a count with a fraction: an average, a level")
            }
            // 整车产能达到50万辆: an output total counted in vehicles is an amount.
            let metricText = ScalarText(metric.text)
            if Words.outputWords.match(in: metricText, endingAt: metricText.count) != nil {
                return decided(.amount, "a count that ends an output metric: an amount")
            }
            return decided(.count, "things counted one by one")
        }
    }
}
