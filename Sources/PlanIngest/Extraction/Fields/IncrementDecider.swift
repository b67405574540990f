/// Decides whether a target counts new things (`新增`, `培育`, `新建`, `改造`): the verb that
/// governs the number decides; a level or total never is an increment.
struct IncrementDecider: FieldDecider {
    let site: NumberSite
    /// The metric decision: where the noun stands decides which verb governs the number.
    let metric: MetricPhrase
    /// The kind decision: only counts and amounts can be increments.
    let kind: TargetKind
    /// Whether the figure is a level or total, and the words that made it one.
    let level: FieldDecision<Bool>

    func decide() -> FieldDecision<Bool> {
        var verb: GoverningVerb?
        if site.sizesNewThing {
            // 设立总规模50亿元的基金: the verb that creates the thing decides.
            verb = reader.nearestVerb(from: site.clauseStart, to: site.numberLead)
        } else if level.value {
            return FieldDecision(false, words: level.words, level.reason)
        } else if kind == .amount, site.family == .physical {
            // 新增造林绿化面积1200亩: only a verb of the clause itself makes an amount new.
            verb = reader.nearestVerb(from: site.clauseStart, to: site.numberLead)
        } else if kind == .count {
            verb = countingVerb()
        }
        guard let verb else {
            let reason =
                kind == .count || kind == .amount
                ? "no verb governs the number: a level" : "only counts and amounts are increments"
            return FieldDecision(false, reason)
        }
        var reason = verb.isIncrement ? "verb that makes new things" : "verb that acts on existing things"
        if verb.end > site.end { reason += ", after the noun" }
        return FieldDecision(verb.isIncrement, words: (verb.end - verb.word.count)..<verb.end, reason)
    }

    /// The verb that governs a count: the nearest one before it (or before a noun that follows
    /// it), the verb of the clause it narrows or continues, or a verb right after its noun.
    func countingVerb() -> GoverningVerb? {
        let clauseStart = site.clauseStart
        let sentenceStart = site.sentenceStart
        let leadingVerb =
            metric.followsNumber
            ? nil : reader.nearestVerb(from: clauseStart, to: min(metric.words.lowerBound, site.numberLead))
        // A short clause that only names a noun and a number continues the list of the clause
        // before it (新建工程研究中心10家,工业设计中心50家) and shares its verb; a clause with a
        // level verb of its own (受众超过5万人次) does not.
        let previousClauseStart = reader.start(
            before: max(sentenceStart, clauseStart - 1), stops: TargetReader.clauseStops)
        let ownsLevel = site.reach != nil || site.prefix.map { Words.levelPrefixes.contains($0.word) } == true
        let continuesList =
            site.numberLead - clauseStart <= 12 && !ownsLevel
            && clauseStart > sentenceStart && reader.hasFigure(from: previousClauseStart, to: clauseStart)
        // 其中10亿元以上项目不少于6个: a subset shares the verb of the clause it narrows.
        let isSubset = Words.subsetMarkers.match(in: text, at: reader.stripSpaces(from: clauseStart)) != nil
        let sentenceVerb = reader.nearestVerb(from: sentenceStart, to: clauseStart)
        if let verb = leadingVerb ?? reader.nearestVerb(from: clauseStart, to: site.numberLead)
            ?? (continuesList || isSubset ? sentenceVerb : nil)
        {
            return verb
        }
        // 与...等5家金融机构签订协议: the verb after the noun governs it.
        let metricEnd = metric.words.upperBound
        guard sentenceVerb == nil, metric.followsNumber,
            let stop = Words.metricStopVerbs.first(where: { text.has($0, at: metricEnd) })
        else { return nil }
        return GoverningVerb(
            word: stop, isIncrement: Words.incrementVerbs.contains(stop), end: metricEnd + stop.count)
    }
}

/// A verb before a number, where it ends, and whether it makes new things.
struct GoverningVerb: Sendable {
    /// The verb as the vocabulary has it.
    var word: Word
    /// Whether the verb makes new things (`新增`) rather than acting on existing ones (`支持`).
    var isIncrement: Bool
    /// Offset just after the verb.
    var end: Int
}
