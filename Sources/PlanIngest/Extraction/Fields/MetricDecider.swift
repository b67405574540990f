/// The noun phrase a figure measures, where it was read, and what the other deciders need to
/// know of the word order around the number.
struct MetricPhrase: Sendable {
    /// The metric as stored: the phrase without time words, or the list member `分别` gives.
    var text: String
    /// Where the phrase was read next to the number or in the clause before (empty when no
    /// noun stood there); a `分别` member or a subsidy's recipient may name the metric instead.
    var words: Range<Int>
    /// The statement quoted for the target.
    var quote: Range<Int>
    /// Whether the metric follows the number (`推进500个省级重点项目`).
    var followsNumber: Bool
    /// Whether no noun stood next to the number and the metric came from the clause before.
    var fromElsewhere: Bool
    /// Where the words before the number end, once trailing noise and a baseline are set aside.
    var beforeEnd: Int
    /// The noise words between the metric and the number (`总量`, `达到`), with their offsets.
    var trailingWords: [(word: Word, offset: Int)]
    /// The list the figure takes its place in after `分别`, if any.
    var distribution: Distribution?
    /// How sure the reading is, capped by where the metric came from.
    var confidence: Double
}

/// Decides a target's metric: the noun phrase before the number, or after it when only a verb
/// stands before (`改扩建30所中小学`), or the subject of the clause before when the number
/// stands alone (`同比增长20%`), or the place-matched member of a `分别` list.
struct MetricDecider: FieldDecider {
    let site: NumberSite

    func decide() -> FieldDecision<MetricPhrase> {
        let reading = site.reading
        let itemStart = max(
            reader.start(before: reading.start, stops: TargetReader.itemStops),
            site.stated.map { phrase in
                phrase.end <= reading.start && phrase.end > site.sentenceStart ? phrase.end : 0
            } ?? 0)
        var beforeEnd = site.numberLead
        var trailingWords: [(word: Word, offset: Int)] = []
        while let noise = Words.metricTrailingNoise.match(in: text, endingAt: beforeEnd),
            beforeEnd - noise.count >= itemStart
        {
            beforeEnd -= noise.count
            trailingWords.append((noise, beforeEnd))
            while let previous = text[safe: beforeEnd - 1], previous.isInlineSpace, beforeEnd > itemStart {
                beforeEnd -= 1
            }
            // 比重比2020年提高5个百分点: the baseline is not part of the metric.
            if let baseline = reader.baselineStart(endingAt: beforeEnd), baseline >= itemStart {
                beforeEnd = baseline
            }
        }
        // 研发经费投入在2022年基础上增长20%, 产值比2020年翻两番: the base year is not part of the
        // metric.
        if let base = reader.namedBaseYear(endingAt: beforeEnd)?.start
            ?? reader.baselineStart(endingAt: beforeEnd),
            base >= itemStart
        {
            beforeEnd = base
        }
        // 最低比例从77%提高到80%: the level the change starts from is not part of the metric.
        if let from = text.findLast(Words.baselineFromMarker, from: itemStart, to: beforeEnd),
            let scalar = text[safe: reader.stripSpaces(from: from + Words.baselineFromMarker.count)],
            TargetExtractor.mayStartNumber(scalar)
        {
            beforeEnd = from
        }
        let beforeStart = reader.stripLeading(from: itemStart, to: beforeEnd)
        let endsWithVerb = TargetReader.verbEnding(text, at: beforeEnd, from: beforeStart) != nil
        let suffixEnd = site.suffixEnd
        let nounFollows = text[safe: suffixEnd].map(TargetReader.beginsNoun) ?? false
        let listNounFollows =
            site.listEnd > suffixEnd && (text[safe: site.listEnd].map(TargetReader.beginsNoun) ?? false)
        // 推进500个省级重点项目, 改扩建30所中小学: a classifier followed by a noun counts that
        // noun when only a verb, known or not, stands before the number (a longer phrase there,
        // 选派科技特派员100名深入镇村, names what is counted).
        let countsNounAfter =
            nounFollows && (site.family == .count || site.family == .occurrence) && site.suffix == nil
            && beforeEnd - beforeStart <= TargetReader.verbPhraseLength
            && Words.unitLookalikes.match(in: text, at: suffixEnd) == nil
        // 实施10大类60项民生实事项目, 80项前沿技术研发和60项基础研究重点项目: words before the
        // number that hold a figure of their own belong to that figure; the noun after is counted
        // (but 从15个县扩大到57个县 names a change from a baseline, not a list).
        let continuesFigures =
            nounFollows && TargetReader.hasDigit(text, from: beforeStart, to: beforeEnd)
            && text.find(Words.baselineFromMarker, from: beforeStart, to: beforeEnd) == nil
        let nounAfter =
            nounFollows && (beforeStart >= beforeEnd || endsWithVerb || countsNounAfter || continuesFigures)
        var metricStart = beforeStart
        var metricEnd = beforeEnd
        var quoteEnd = suffixEnd
        var fromElsewhere = false
        var confidence = site.confidence
        var reason = "noun phrase read before the number"
        /// Takes the metric from `range`, away from the number, with less confidence.
        func readElsewhere(_ range: Range<Int>, confidence cap: Double, _ why: String) {
            metricStart = range.lowerBound
            metricEnd = range.upperBound
            confidence = min(confidence, cap)
            reason = why
        }
        if site.sizesNewThing, text[safe: site.listEnd] == "的" {
            metricStart = site.listEnd + 1
            metricEnd = reader.forwardMetricEnd(from: site.listEnd + 1)
            quoteEnd = metricEnd
            reason = "noun phrase read after the number"
        } else if nounAfter {
            metricStart = suffixEnd
            metricEnd = reader.forwardMetricEnd(from: suffixEnd)
            quoteEnd = metricEnd
            reason = "noun phrase read after the number"
        } else if listNounFollows && (beforeStart >= beforeEnd || endsWithVerb) {
            metricStart = site.listEnd
            metricEnd = reader.forwardMetricEnd(from: site.listEnd)
            reason = "noun phrase read after the number"
        } else if beforeStart >= beforeEnd {
            if nounFollows {
                metricStart = suffixEnd
                metricEnd = reader.forwardMetricEnd(from: suffixEnd)
                quoteEnd = metricEnd
                reason = "noun phrase read after the number"
            } else if let subject = reader.subjectOfPreviousClause(
                before: site.clauseStart, sentenceStart: site.sentenceStart)
            {
                // 技术合同登记额突破20亿元,同比增长20%: the figure is about the previous clause's subject.
                readElsewhere(
                    subject, confidence: 0.6, "no noun next to the number: read from the clause before")
                fromElsewhere = true
            } else {
                let clause = reader.start(before: reading.start, stops: TargetReader.clauseStops)
                var end = max(clause, beforeEnd)
                // 工业互联网平台到2025年达到10个: the deadline between the noun and its verb is
                // not part of the noun.
                if let stated = site.stated, stated.start > clause, stated.end <= end { end = stated.start }
                readElsewhere(
                    clause..<end, confidence: 0.5,
                    "no noun next to the number: read from the clause before")
                fromElsewhere = true
            }
        }
        // 每培育1家给予10万元: a metric that is the per-unit rule itself names nothing; the
        // clause before names what is subsidised.
        if site.family == .money, !nounAfter, reader.isPerUnitRule(from: metricStart, to: metricEnd),
            let subject = reader.subjectOfPreviousClause(
                before: site.clauseStart, sentenceStart: site.sentenceStart)
        {
            readElsewhere(
                subject, confidence: 0.6, "noun phrase of the clause before (a rule's subject or recipient)")
            fromElsewhere = false
        }
        // 对...技术改造项目,按...给予补助,最高不超过500万元: the subsidy is for the recipient
        // that 对 introduces.
        let isSubsidy = Words.subsidyWords.occurs(in: text, from: site.sentenceStart, to: suffixEnd)
        if fromElsewhere, site.family == .money, isSubsidy,
            let recipient = reader.recipient(from: site.sentenceStart, to: site.clauseStart)
        {
            metricStart = recipient.lowerBound
            metricEnd = recipient.upperBound
            reason = "noun phrase of the clause before (a rule's subject or recipient)"
        }
        var metric = reader.metricWithoutTimeWords(from: metricStart, to: metricEnd)
        if metricStart >= metricEnd {
            reason = "no noun next to the number: the figure itself names it"
        } else if explains, metric != text.trimmedString(metricStart, metricEnd) {
            reason += " (time words removed)"
        }
        if metric.isEmpty {
            metric = text.string(reading.start, reading.end)
            confidence = min(confidence, 0.4)
        }
        let distribution = Distribution(reader, from: site.clauseStart, before: reading.start)
        var wordsStart = metricStart
        var wordsEnd = metricEnd
        if let distribution {
            metric = distribution.metric
            wordsStart = distribution.memberWords.lowerBound
            wordsEnd = distribution.memberWords.upperBound
            reason = "the member in the same place of the list before 分别"
        }
        // 对新建的省级重点实验室,给予一次性100万元支持: a metric of award words only says what
        // is given; the recipient says what for.
        if site.family == .money,
            Words.subsidyWords.occurs(in: text, from: site.clauseStart, to: max(site.clauseStart, quoteEnd)),
            TargetReader.onlyAwardWords(metric),
            let recipient = reader.recipient(from: site.sentenceStart, to: site.clauseStart)
        {
            metric = text.string(recipient.lowerBound, recipient.upperBound) + metric
            wordsStart = recipient.lowerBound
            reason = "the recipient 对 names, before words of giving only"
        }
        var quoteStart = min(metricStart, reading.start)
        if nounAfter {
            quoteStart = reading.start - (site.prefix?.word.count ?? 0)
            if let verb = TargetReader.verbEnding(text, at: beforeEnd, from: itemStart) {
                quoteStart = beforeEnd - verb.count
            }
        }
        quoteStart = max(quoteStart, itemStart)
        let phrase = MetricPhrase(
            text: metric, words: metricStart..<max(metricStart, metricEnd),
            quote: quoteStart..<max(quoteStart, quoteEnd), followsNumber: nounAfter,
            fromElsewhere: fromElsewhere,
            beforeEnd: beforeEnd, trailingWords: trailingWords, distribution: distribution,
            confidence: confidence)
        return FieldDecision(phrase, words: wordsStart < wordsEnd ? wordsStart..<wordsEnd : nil, reason)
    }
}
