/// Reads the words around one number and decides whether it is a target, and with what fields.
struct TargetReader: Sendable {
    /// The mention, and the target it became, if any.
    struct Verdict: Sendable {
        var mention: Mention
        var target: Target?
        /// Which words gave each field of ``target``.
        var evidence: TargetEvidence? = nil
    }

    let context: DocumentContext
    let quantity: QuantityReading
    /// The document text, held directly so that the scans below do not copy it at each step.
    let text: ScalarText

    init(context: DocumentContext, quantity: QuantityReading) {
        self.context = context
        self.quantity = quantity
        self.text = context.text
    }

    // MARK: Boundaries

    /// Scalars that end a sentence: hedges and 每年 reach as far as this.
    static let sentenceStopScalars: Set<Unicode.Scalar> = ["。", "；", ";", "！", "!", "？", "?", "\n", "\r"]
    static let clauseStopScalars = sentenceStopScalars.union([",", "，", "：", ":"])
    static let itemStopScalars = clauseStopScalars.union(["、", "〔", "〕", "【", "】", "《", "》"])
    static let sentenceStops = ScalarSet(sentenceStopScalars)
    /// Scalars that end a clause: verbs reach as far as this.
    static let clauseStops = ScalarSet(clauseStopScalars)
    /// Scalars that end a list item: metrics reach as far as this.
    static let itemStops = ScalarSet(itemStopScalars)
    /// Item stops without brackets: a metric read forwards keeps 科创(人才)平台 whole.
    static let forwardMetricStops = ScalarSet(itemStopScalars)

    /// Offset just after the nearest stop before `offset`, looking back at most `limit` scalars.
    func start(before offset: Int, stops: ScalarSet, limit: Int = 160) -> Int {
        var index = offset - 1
        let floor = max(0, offset - limit, headingFloor(offset))
        while index >= floor {
            // 省级生态文明示范县(市、区)3-5个: a short aside in brackets belongs to the noun.
            if Self.closingParentheses.contains(text.scalars[index]),
                let open = openingParenthesis(before: index, floor: floor)
            {
                index = open - 1
                continue
            }
            if stops.contains(text.scalars[index]) { return index + 1 }
            index -= 1
        }
        return floor
    }

    static let closingParentheses = ScalarSet([")", "）"])
    static let openingParentheses = ScalarSet(["(", "（"])

    /// The opening bracket of the short aside that `close` ends, within 20 scalars and one
    /// sentence.
    func openingParenthesis(before close: Int, floor: Int) -> Int? {
        var index = close - 1
        while index >= max(floor, close - 20) {
            let scalar = text.scalars[index]
            if Self.openingParentheses.contains(scalar) { return index }
            if Self.closingParentheses.contains(scalar) || Self.sentenceStops.contains(scalar) { return nil }
            index -= 1
        }
        return nil
    }

    /// Offset of the nearest stop at or after `offset`, looking ahead at most `limit` scalars.
    func end(after offset: Int, stops: ScalarSet, limit: Int = 60) -> Int {
        var index = offset
        let ceiling = min(text.count, offset + limit)
        while index < ceiling {
            if stops.contains(text.scalars[index]) { return index }
            index += 1
        }
        return ceiling
    }

    /// Text before a number never reaches back across the heading it stands under.
    func headingFloor(_ offset: Int) -> Int {
        guard let heading = context.outline.heading(before: offset) else { return 0 }
        return heading.titleEnd <= offset ? heading.titleEnd : heading.bodyStart
    }

    // MARK: Verdict

    func verdict() -> Verdict {
        let reading = quantity
        let mentionText = text.string(reading.start, reading.end)
        let span = TextSpan(start: reading.start, end: reading.end)
        func reject(_ rule: RejectionRule, detail: String? = nil, unit: Unit? = reading.unit) -> Verdict {
            Verdict(
                mention: Mention(
                    text: mentionText, span: span, value: reading.value, unit: unit, isTarget: false,
                    reason: detail.map { "\(rule.reason) (\($0))" } ?? rule.reason, rule: rule),
                target: nil)
        }
        guard let rawValue = reading.value else { return reject(.vagueNumeral) }
        // The store requires valueMax >= value; an inverted pair is never a range target.
        if let maximum = reading.valueMax, maximum < rawValue {
            return reject(.invertedRange)
        }
        let number = reading.number
        if text.first(of: Words.ordinalPrefixes, endingAt: reading.start) != nil { return reject(.ordinal) }
        if let before = text[safe: reading.start - 1], before == "〔" || before == "[" || before == "［" {
            return reject(.documentNumber)
        }
        if let before = text[safe: reading.start - 1],
            ChineseNumeral.arabicDigit(before) != nil || before == "."
        {
            return reject(.longerNumber)
        }
        // 6-4所, 50%-20%: neither end of a pair that runs downwards is a figure.
        if let joiner = text.first(of: Words.rangeJoiners, endingAt: reading.start) {
            var lowerEnd = reading.start - joiner.count
            if let unit = Words.unitWords.match(in: text, endingAt: lowerEnd) { lowerEnd -= unit.count }
            if let before = text[safe: lowerEnd - 1], TargetExtractor.mayStartNumber(before) {
                return reject(.secondOfPair)
            }
        }
        if reading.valueMax == nil, let joiner = text.first(of: Words.rangeJoiners, at: reading.end),
            let upper = QuantityReader.readNumber(in: text, at: reading.end + joiner.count),
            upper.script == reading.number.script, upper.value != nil,
            text.first(of: Words.dateSuffixes, at: upper.end) == nil
        {
            return reject(.firstOfPair)
        }
        if let before = text[safe: reading.start - 1], before.isASCII, before.properties.isAlphabetic {
            return reject(.nameOrCode)
        }
        if Self.isInsideAddressOrCode(text, from: reading.start, to: reading.number.end) {
            return reject(.addressOrCode)
        }
        var unit = reading.unit
        var family = reading.form?.family
        var confidence = 0.9
        if unit == nil {
            if text.first(of: Words.dateSuffixes, at: reading.end) != nil { return reject(.dateOrTime) }
            guard reading.hasScale else { return reject(.noUnit) }
        }
        let sentenceStart = start(before: reading.start, stops: Self.sentenceStops)
        let clauseStart = start(before: reading.start, stops: Self.clauseStops)
        if unit == nil {
            let moneyContext = Words.subsidyWords.occurs(in: text, from: clauseStart, to: reading.start)
            guard moneyContext else { return reject(.noUnit) }
            unit = .yuan
            family = .money
            confidence = 0.6
        }
        guard var unit, let family else { return reject(.noUnit) }
        if number.script == .chinese {
            if rawValue == 1 { return reject(.indefiniteOne) }
            if rawValue == 0 { return reject(.zeroInWord) }
            confidence = min(confidence, 0.7)
        }
        if let before = text[safe: reading.start - 1], before == "“" || before == "\"" || before == "「" {
            return reject(.quotedName)
        }
        if context.responsibilities.contains(reading.start) {
            return reject(.responsibilityList)
        }

        // Comparator.
        var comparator = Comparator.exactly
        var suffixEnd = reading.end
        var comparatorFromSuffix = false
        if let suffix = Words.comparatorSuffixes.first(where: { text.has($0.word, at: reading.end) }) {
            comparator = suffix.comparator
            suffixEnd += suffix.word.count
            comparatorFromSuffix = true
        }
        // 突破10亿元、50亿元、100亿元的企业: every figure of a list that ends in 的 is a threshold;
        // 分别给予50万元、100万元、200万元奖励: every figure takes the noun after the list.
        let listEnd = listEnd(after: suffixEnd)
        var numberLead = reading.start
        while let previous = text[safe: numberLead - 1], previous.isInlineSpace { numberLead -= 1 }
        // 设立总规模50亿元的基金: a size before 的 describes a new thing and is its figure.
        // A bound (以上), a list of sizes or a recipient (对总投资1亿元的项目) makes it a category.
        let sizesNewThing =
            family == .money && !comparatorFromSuffix && listEnd == suffixEnd
            && Words.sizeWords.match(in: text, endingAt: numberLead) != nil
            && Words.recipientMarkers.match(
                in: text, at: stripSpaces(from: start(before: reading.start, stops: Self.clauseStops))) == nil
        if let after = text[safe: listEnd], after == "的", !sizesNewThing {
            return reject(.categoryThreshold)
        }
        // 其中10亿元以上项目不少于6个: a bound that runs straight into a noun counted later in
        // the clause qualifies that noun.
        if comparatorFromSuffix, family == .money || family == .percent,
            text[safe: suffixEnd].map(Self.beginsNoun) == true,
            hasFigure(from: suffixEnd, to: end(after: suffixEnd, stops: Self.clauseStops))
        {
            return reject(.categoryThreshold)
        }
        if let after = text[safe: suffixEnd], Self.continuesNumber(after) {
            return reject(.nameSuffix)
        }
        let prefix = Words.comparatorPrefixes.first { text.has($0.word, endingAt: numberLead) }
        let reach = Words.reachWords.match(in: text, endingAt: numberLead)
        if (Words.scopeWords.match(in: text, endingAt: numberLead) != nil) {
            return reject(.scopeOfWork)
        }
        if !context.namedSets.isEmpty,
            context.namedSets.contains(TargetExtractor.namedSetKey(in: text, reading))
        {
            return reject(.namedSet)
        }
        if let verb = Self.existingVerb(text, at: numberLead, from: clauseStart) {
            return reject(.existingThings, detail: verb.text)
        }
        if number.script == .chinese, family != .percent {
            // 新建重点实验室十五家 (a verb opens the clause, the number closes it) is a target;
            // 抓好研发、转化两个关键 (a numeral inside a slogan) is not.
            let closesClause = !(text[safe: reading.end].map(Self.beginsNoun) ?? false)
            let hasCue =
                prefix != nil || reach != nil
                || Self.verbEnding(text, at: numberLead, from: clauseStart) != nil
                || (Words.growthWords.match(in: text, endingAt: numberLead) != nil)
                || (closesClause && nearestVerb(from: clauseStart, to: numberLead)?.isIncrement == true)
                || Words.comparatorSuffixes.contains { text.has($0.word, at: reading.end) }
                // 安排资金三千万元, 培训一千人次: a numeral of several characters or with a scale,
                // closing the clause with its unit, is a figure, not a word.
                || (closesClause && (reading.hasScale || number.end - number.start >= 2))
            if !hasCue { return reject(.bareChineseNumeral) }
        }

        if let rule = Self.nameOrStructureRule(
            text, reading, family: family, numberLead: numberLead, suffixEnd: suffixEnd)
        {
            return reject(rule)
        }
        if isBaselineOfAChange(from: clauseStart) {
            return reject(.changeBaseline)
        }

        // Exclusions that need the clause.
        if let marker = Words.perUnitMarkers.first(where: { marker in
            guard let at = text.findLast(marker, from: max(clauseStart, reading.start - 4), to: reading.start)
            else { return false }
            return !Words.annualWords.contains { text.has($0, at: at) } && text[safe: at + 1] != "年"
                && text[safe: at + 1] != "月" && text[safe: at + 1] != "双" && text[safe: at + 1] != "季"
        }), rawValue == 1 || family == .count {
            _ = marker
            return reject(.perUnitCount)
        }
        if let past = Words.pastMarkers.firstOccurrence(in: text, from: clauseStart, to: reading.start),
            text.find(Self.modifierMark, from: past.offset, to: numberLead) == nil
        {
            // 对已认定的企业,给予10万元: 已 describes the recipients, not the figure.
            return reject(.pastMarker)
        }
        if Words.pastSentenceMarkers.occurs(in: text, from: sentenceStart, to: reading.start) {
            return reject(.pastSentence)
        }
        if context.isPastSection(at: reading.start) {
            return reject(.pastSection)
        }
        if family == .percent, (Words.parameterLeads.match(in: text, endingAt: numberLead) != nil) {
            return reject(.ruleRate)
        }
        let stated = context.deadlines.deadline(at: reading.start)
        if let stated, let firstYear = context.firstPlanYear, stated.day.year < firstYear {
            return reject(.pastDeadline, detail: "\(stated.day.year)年")
        }
        if let year = Self.pastYear(text, from: clauseStart, to: numberLead, before: context.firstPlanYear) {
            return reject(.pastYear, detail: "\(year)")
        }
        if let opener = pastOpener(sentenceStart: sentenceStart, before: reading.start, stated: stated) {
            return reject(.pastOpener, detail: opener)
        }

        // Word order and metric.
        let itemStart = max(
            start(before: reading.start, stops: Self.itemStops),
            stated.map { phrase in
                phrase.end <= reading.start && phrase.end > sentenceStart ? phrase.end : 0
            } ?? 0)
        var beforeEnd = numberLead
        var trailingWords: [Word] = []
        while let noise = Words.metricTrailingNoise.match(in: text, endingAt: beforeEnd),
            beforeEnd - noise.count >= itemStart
        {
            trailingWords.append(noise)
            beforeEnd -= noise.count
            while let previous = text[safe: beforeEnd - 1], previous.isInlineSpace, beforeEnd > itemStart {
                beforeEnd -= 1
            }
            // 比重比2020年提高5个百分点: the baseline is not part of the metric.
            if let baseline = baselineStart(endingAt: beforeEnd), baseline >= itemStart {
                beforeEnd = baseline
            }
        }
        let beforeStart = stripLeading(from: itemStart, to: beforeEnd)
        let endsWithVerb = Self.verbEnding(text, at: beforeEnd, from: beforeStart) != nil
        let nounFollows = text[safe: suffixEnd].map(Self.beginsNoun) ?? false
        let listNounFollows = listEnd > suffixEnd && (text[safe: listEnd].map(Self.beginsNoun) ?? false)
        // 推进500个省级重点项目, 改扩建30所中小学: a classifier followed by a noun counts that
        // noun when only a verb, known or not, stands before the number (a longer phrase there,
        // 选派科技特派员100名深入镇村, names what is counted).
        let countsNounAfter =
            nounFollows && (family == .count || family == .occurrence) && !comparatorFromSuffix
            && beforeEnd - beforeStart <= Self.verbPhraseLength
            && Words.unitLookalikes.match(in: text, at: suffixEnd) == nil
        let nounAfter = nounFollows && (beforeStart >= beforeEnd || endsWithVerb || countsNounAfter)
        var metricStart = beforeStart
        var metricEnd = beforeEnd
        var quoteEnd = suffixEnd
        var metricFromElsewhere = false
        if sizesNewThing, text[safe: listEnd] == "的" {
            metricStart = listEnd + 1
            metricEnd = forwardMetricEnd(from: listEnd + 1)
            quoteEnd = metricEnd
        } else if nounAfter {
            metricStart = suffixEnd
            metricEnd = forwardMetricEnd(from: suffixEnd)
            quoteEnd = metricEnd
        } else if listNounFollows && (beforeStart >= beforeEnd || endsWithVerb) {
            metricStart = listEnd
            metricEnd = forwardMetricEnd(from: listEnd)
        } else if beforeStart >= beforeEnd {
            if nounFollows {
                metricStart = suffixEnd
                metricEnd = forwardMetricEnd(from: suffixEnd)
                quoteEnd = metricEnd
            } else if let subject = subjectOfPreviousClause(before: clauseStart, sentenceStart: sentenceStart)
            {
                // 技术合同登记额突破20亿元,同比增长20%: the figure is about the previous clause's subject.
                metricStart = subject.lowerBound
                metricEnd = subject.upperBound
                confidence = min(confidence, 0.6)
                metricFromElsewhere = true
            } else {
                metricStart = start(before: reading.start, stops: Self.clauseStops)
                metricEnd = beforeEnd
                confidence = min(confidence, 0.5)
                metricFromElsewhere = true
            }
        }
        // 每培育1家给予10万元: a metric that is the per-unit rule itself names nothing; the
        // clause before names what is subsidised.
        if family == .money, !nounAfter, isPerUnitRule(from: metricStart, to: metricEnd),
            let subject = subjectOfPreviousClause(before: clauseStart, sentenceStart: sentenceStart)
        {
            metricStart = subject.lowerBound
            metricEnd = subject.upperBound
            confidence = min(confidence, 0.6)
            metricFromElsewhere = false
        }
        // 对...技术改造项目,按...给予补助,最高不超过500万元: the subsidy is for the recipient
        // that 对 introduces.
        if metricFromElsewhere, family == .money,
            Words.subsidyWords.occurs(in: text, from: sentenceStart, to: suffixEnd),
            let recipient = recipient(from: sentenceStart, to: clauseStart)
        {
            metricStart = recipient.lowerBound
            metricEnd = recipient.upperBound
        }
        var metric = metricWithoutTimeWords(from: metricStart, to: metricEnd)
        if metric.isEmpty {
            metric = mentionText
            confidence = min(confidence, 0.4)
        }
        let distributed = distributedMetric(from: clauseStart, before: reading.start)
        if let distributed {
            metric = distributed.metric
            if comparator == .exactly, let shared = distributed.comparator { comparator = shared }
        }
        var quoteStart = min(metricStart, reading.start)
        if nounAfter {
            quoteStart = reading.start - (prefix?.word.count ?? 0)
            if let verb = Self.verbEnding(text, at: beforeEnd, from: itemStart) {
                quoteStart = beforeEnd - verb.count
            }
        }
        quoteStart = max(quoteStart, itemStart)

        // Comparator from words before the number.
        let breakthroughIsVerb = nounAfter && prefix.map { $0.word.text == "突破" } == true
        if !comparatorFromSuffix, let prefix, !breakthroughIsVerb {
            comparator = prefix.comparator
        }
        if reading.isOpenEnded, !comparatorFromSuffix { comparator = .atLeast }
        if !comparatorFromSuffix, prefix == nil, family == .money,
            text.find(Self.capWord, from: clauseStart, to: reading.start) != nil
        {
            comparator = .atMost
        }
        if reading.valueMax != nil { comparator = .range }

        // Unit per head: 每万人高价值发明专利拥有量达25件.
        var kind: TargetKind
        if family == .count,
            let perCapita = Words.perCapitaPrefixes.first(where: {
                text.find($0.word, from: clauseStart, to: reading.start) != nil
            })
        {
            unit = Unit(rawValue: unit.rawValue + "/" + perCapita.denominator)
            kind = .ratio
        } else {
            switch family {
            case .percent:
                // 降低至12%, 提升到72%: a change that ends at a level states the level.
                let reachesLevel =
                    text[safe: numberLead - 1].map(Self.levelReachMarks.contains) == true
                    && Words.growthWords.match(in: text, endingAt: numberLead - 1) != nil
                let isGrowth =
                    distributed?.isGrowth == true
                    || (!reachesLevel
                        && Words.growthWords.occurs(
                            in: text, from: max(clauseStart, beforeEnd - 2), to: numberLead))
                kind = isGrowth ? .growth : .ratio
            case .points: kind = .delta
            case .money:
                let isSubsidy = Words.subsidyWords.occurs(
                    in: text, from: clauseStart, to: max(clauseStart, quoteEnd))
                kind = isSubsidy ? .subsidy : .amount
                // 对新建的省级重点实验室,给予一次性100万元支持: a metric of award words only
                // says what is given; the recipient says what for.
                if isSubsidy, Self.onlyAwardWords(metric),
                    let recipient = recipient(from: sentenceStart, to: clauseStart)
                {
                    metric = text.string(recipient.lowerBound, recipient.upperBound) + metric
                }
            case .physical: kind = .amount
            case .concentration: kind = .ratio
            case .count, .occurrence:
                // 整车产能达到50万辆: an output total counted in vehicles is an amount.
                let isOutput =
                    Words.outputWords.match(
                        in: ScalarText(metric), endingAt: metric.unicodeScalars.count) != nil
                kind = isOutput ? .amount : .count
            }
        }

        // Increment: the verb that governs the number decides; a level or total never is one.
        let isStock =
            reach != nil && !nounAfter
            || trailingWords.contains { Words.stockWords.contains($0) }
            || (prefix?.word.text == "突破" && !nounAfter)
            || Words.totalWords.firstOccurrence(in: text, from: clauseStart, to: numberLead).map { total in
                // 累计新增, 累计改造: a running total of new things counts additions.
                Words.totalIncrementVerbs.match(in: text, at: total.offset + total.word.count) == nil
            } == true
        var isIncrement = false
        var governingVerb: Word?
        if sizesNewThing, !isStock || Words.sizeWords.match(in: text, endingAt: numberLead) != nil {
            // 设立总规模50亿元的基金: the verb that creates the thing decides.
            let verb = nearestVerb(from: clauseStart, to: numberLead)
            isIncrement = verb?.isIncrement ?? false
            governingVerb = verb?.word
        } else if kind == .amount, family == .physical, !isStock {
            // 新增造林绿化面积1200亩: only a verb of the clause itself makes an amount new.
            let verb = nearestVerb(from: clauseStart, to: numberLead)
            isIncrement = verb?.isIncrement ?? false
            governingVerb = verb?.word
        } else if kind == .count, !isStock {
            let leadingVerb =
                nounAfter ? nil : nearestVerb(from: clauseStart, to: min(metricStart, numberLead))
            // A short clause that only names a noun and a number continues the list of the clause
            // before it (新建工程研究中心10家,工业设计中心50家) and shares its verb; a clause
            // with a level verb of its own (受众超过5万人次) does not.
            let previousClauseStart = start(
                before: max(sentenceStart, clauseStart - 1), stops: Self.clauseStops)
            let ownsLevel = reach != nil || prefix.map { Words.levelPrefixes.contains($0.word) } == true
            let continuesList =
                numberLead - clauseStart <= 12 && !ownsLevel
                && clauseStart > sentenceStart && hasFigure(from: previousClauseStart, to: clauseStart)
            // 其中10亿元以上项目不少于6个: a subset shares the verb of the clause it narrows.
            let isSubset = Words.subsetMarkers.match(in: text, at: stripSpaces(from: clauseStart)) != nil
            let sentenceVerb = nearestVerb(from: sentenceStart, to: clauseStart)
            if let verb = leadingVerb ?? nearestVerb(from: clauseStart, to: numberLead)
                ?? (continuesList || isSubset ? sentenceVerb : nil)
            {
                isIncrement = verb.isIncrement
                governingVerb = verb.word
            } else if sentenceVerb == nil, nounAfter,
                let stop = Words.metricStopVerbs.first(where: { text.has($0, at: metricEnd) })
            {
                // 与...等5家金融机构签订协议: the verb after the noun governs it.
                isIncrement = Words.incrementVerbs.contains(stop)
                governingVerb = stop
            }
        }

        let isAspirational = Words.hedges.occurs(in: text, from: sentenceStart, to: reading.start)
        // 每年 reaches over the sentence, except to a level, which cannot recur.
        let annualFloor = isStock ? clauseStart : sentenceStart
        var isAnnual = false
        var search = annualFloor
        while !isAnnual,
            let annual = Words.annualWords.firstOccurrence(in: text, from: search, to: reading.start)
        {
            search = annual.offset + 1
            // 年均 is an adverb of its own clause, and before 浓度 a statistic (PM2.5年均浓度);
            // 每年 opens the whole sentence.
            guard Words.clauseAnnualWords.match(in: text, at: annual.offset) != nil else {
                isAnnual = true
                continue
            }
            let after = annual.offset + annual.word.count
            isAnnual =
                annual.offset >= clauseStart && Words.averageStatistics.match(in: text, at: after) == nil
        }

        // Deadline.
        var deadline: CalendarDay?
        var deadlineSource: DeadlineSource?
        if let stated {
            deadline = stated.day
            deadlineSource = stated.source
        } else if let year = context.planYear {
            deadline = .endOfYear(year)
            deadlineSource = .documentYear
            if let period = Words.periodEnds.first(where: {
                text.find($0.word, from: sentenceStart, to: reading.start) != nil
            }), let day = CalendarDay.endOfMonth(period.month, of: year) {
                deadline = day
            }
            if let month = monthEnd(from: sentenceStart, to: reading.start),
                let day = CalendarDay.endOfMonth(month, of: year)
            {
                deadline = day
            }
        } else if let horizon = context.metadata.horizon {
            deadline = horizon.end
            deadlineSource = .inherited
        }

        // Responsible units: the list that closes this item.
        let itemEnd = context.outline.nextHeading(after: reading.start, end: text.count)
        let responsible = context.responsibilities.block(from: reading.end, before: itemEnd)?.units ?? []
        let ordered = responsible.filter(\.isLead) + responsible.filter { !$0.isLead }

        let value = rawValue
        let quote = text.string(quoteStart, quoteEnd)
        let target = Target(
            quote: quote, span: TextSpan(start: quoteStart, end: max(quoteStart, quoteEnd)),
            section: context.outline.path(at: reading.start), metric: metric, kind: kind, value: value,
            valueMax: reading.valueMax, unit: unit, comparator: comparator, deadline: deadline,
            deadlineSource: deadlineSource, recurrence: isAnnual ? .annual : nil, isIncrement: isIncrement,
            isAspirational: isAspirational, responsible: ordered, confidence: confidence)
        let mention = Mention(
            text: mentionText, span: span, value: value, unit: unit, isTarget: true,
            reason: "target: \(metric)")
        let clues = EvidenceClues(
            numberLead: numberLead, suffixEnd: suffixEnd, beforeEnd: beforeEnd, quoteEnd: quoteEnd,
            clauseStart: clauseStart, sentenceStart: sentenceStart, metricStart: metricStart,
            metricEnd: metricEnd, metricFromElsewhere: metricFromElsewhere,
            comparatorFromSuffix: comparatorFromSuffix,
            prefixApplies: !comparatorFromSuffix && prefix != nil && !breakthroughIsVerb,
            prefix: prefix?.word,
            family: family, isStock: isStock, governingVerb: governingVerb, annualFloor: annualFloor,
            stated: stated)
        return Verdict(
            mention: mention, target: target,
            evidence: context.includesEvidence ? evidence(of: target, clues) : nil)
    }

    // MARK: Helpers

    /// The month of the last `6月底前` between `start` and `end`: in a yearly plan it dates the
    /// clauses after it in the sentence.
    func monthEnd(from start: Int, to end: Int) -> Int? {
        var found: Int?
        var offset = start
        while offset < end {
            if let number = ChineseNumeral.readArabic(in: text, at: offset), number.integerDigits <= 2,
                !number.hasDecimals, let value = number.value, (1...12).contains(value),
                Words.monthEndSuffixes.match(in: text, at: number.end) != nil,
                text[safe: offset - 1] != "年",
                ChineseNumeral.arabicDigit(text[safe: offset - 1] ?? " ") == nil
            {
                found = Int(value)
                offset = number.end
                continue
            }
            offset += 1
        }
        return found
    }

    /// Whether a number with a unit occurs in `start..<end`.
    func hasFigure(from start: Int, to end: Int) -> Bool {
        var offset = max(0, start)
        while offset < min(end, text.count) {
            if TargetExtractor.mayStartNumber(text.scalars[offset]),
                let figure = QuantityReader.read(in: text, at: offset)
            {
                if figure.unit != nil, figure.number.script == .arabic || figure.value.map({ $0 > 1 }) == true
                {
                    return true
                }
                offset = max(offset + 1, figure.end)
                continue
            }
            offset += 1
        }
        return false
    }

    /// `offset` moved past inline spaces.
    func stripSpaces(from offset: Int) -> Int {
        var index = offset
        while let scalar = text[safe: index], scalar.isInlineSpace { index += 1 }
        return index
    }

    /// Where a baseline such as `比2020年` or `较上年` ends at `offset` starts, if one does.
    func baselineStart(endingAt offset: Int) -> Int? {
        guard text[safe: offset - 1] == "年" else { return nil }
        var index = offset - 1
        if let previous = Words.previousYearWords.match(in: text, endingAt: offset) {
            index = offset - previous.count
        } else {
            while let scalar = text[safe: index - 1], ChineseNumeral.arabicDigit(scalar) != nil { index -= 1 }
            guard offset - 1 - index == 4 else { return nil }
        }
        guard let marker = Words.baselineMarkers.match(in: text, endingAt: index) else { return nil }
        return index - marker.count
    }

    /// The past period (`2020年,`, `"十三五"时期,`) that opens the sentence or paragraph before
    /// `offset`, when the plan looks forward from a later year and no deadline of its own
    /// follows that opening.
    func pastOpener(sentenceStart: Int, before offset: Int, stated: DeadlineReader.Phrase?) -> String? {
        guard let firstYear = context.firstPlanYear else { return nil }
        let paragraphStart = text.scalars.withUnsafeBufferPointer { scalars in
            var start = sentenceStart
            while start > 0, offset - start < 600, scalars[start - 1] != "\n" { start -= 1 }
            return start
        }
        // Text that arrives as one long line has no paragraphs to go by.
        let hasParagraph = paragraphStart == 0 || text.scalars[paragraphStart - 1] == "\n"
        for pass in 0..<(hasParagraph ? 2 : 1) {
            let opening = pass == 0 ? sentenceStart : paragraphStart
            if let stated, stated.start >= opening, stated.day.year >= firstYear { continue }
            var index = stripSpaces(from: opening)
            while let scalar = text[safe: index], DeadlineReader.isQuote(scalar) { index += 1 }
            if let year = ChineseNumeral.readArabic(in: text, at: index), year.integerDigits == 4,
                let value = year.value, text[safe: year.end] == "年", Int(value) < firstYear,
                let after = text[safe: year.end + 1],
                TargetReader.clauseStopScalars.contains(after)
                    || Words.pastPeriodWords.match(in: text, at: year.end + 1) != nil
            {
                return "\(Int(value))年"
            }
            if let plan = Words.fiveYearPlans.first(where: { text.has($0.word, at: index) }),
                plan.start + 4 < firstYear
            {
                var after = index + plan.word.count
                while let scalar = text[safe: after], DeadlineReader.isQuote(scalar) { after += 1 }
                if Words.periodWords.match(in: text, at: after) != nil
                    || Words.pastPeriodWords.match(in: text, at: after) != nil
                {
                    return plan.word.text
                }
            }
        }
        return nil
    }

    /// Whether `start..<end` is a per-unit rule (`每培育1家给予`) or only verbs of giving.
    func isPerUnitRule(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        if let marker = Words.perUnitMarkers.firstOccurrence(in: text, from: start, to: end),
            Self.hasDigit(text, from: marker.offset, to: end) || hasChineseOne(from: marker.offset, to: end)
        {
            return true
        }
        return false
    }

    func hasChineseOne(from start: Int, to end: Int) -> Bool {
        var offset = start
        while offset < end {
            if text.scalars[offset] == "一", QuantityReader.unitForm(in: text, at: offset + 1) != nil {
                return true
            }
            offset += 1
        }
        return false
    }

    /// The recipient a subsidy rule names with `对…的X` or `对X` in `start..<end`.
    func recipient(from start: Int, to end: Int) -> Range<Int>? {
        var clause = start
        while clause < end {
            let clauseEnd = self.end(after: clause, stops: Self.clauseStops, limit: end - clause)
            let lead = stripSpaces(from: clause)
            if let marker = Words.recipientMarkers.match(in: text, at: lead) {
                var begin = lead + marker.count
                // 对新认定的孵化器 names the 孵化器; 对重新认定的 names only what they did.
                if let of = text.findLast(Self.modifierMark, from: begin, to: clauseEnd),
                    stripSpaces(from: of + 1) < clauseEnd
                {
                    begin = of + 1
                }
                var finish = clauseEnd
                while let scalar = text[safe: finish - 1], scalar.isInlineSpace || scalar == "的",
                    finish > begin
                {
                    finish -= 1
                }
                return begin < finish ? begin..<finish : nil
            }
            clause = clauseEnd + 1
        }
        return nil
    }

    /// Whether `metric` is made of award words only (`一次性`, `奖励`, `给予最高`).
    static func onlyAwardWords(_ metric: String) -> Bool {
        let scalars = ScalarText(metric)
        var offset = 0
        while offset < scalars.count {
            guard let word = Words.awardWords.match(in: scalars, at: offset) else { return false }
            offset += word.count
        }
        return offset > 0
    }

    /// The metric in `start..<end` without surrounding white space and without the time words
    /// inside it (`载体每年奖励` → `载体奖励`), read from the text without an interim string.
    func metricWithoutTimeWords(from start: Int, to end: Int) -> String {
        var lower = max(0, min(start, text.count))
        var upper = max(lower, min(end, text.count))
        while lower < upper, text.scalars[lower].isTrimmedSpace { lower += 1 }
        while upper > lower, text.scalars[upper - 1].isTrimmedSpace { upper -= 1 }
        var kept: [Unicode.Scalar] = []
        var copied = lower
        var offset = lower + 1
        while offset < upper {
            if let word = Words.metricTimeWords.match(in: text, at: offset, before: upper) {
                kept += text.scalars[copied..<offset]
                offset += word.count
                copied = offset
                continue
            }
            offset += 1
        }
        guard copied > lower else { return text.string(lower, upper) }
        kept += text.scalars[copied..<upper]
        return String(utf8Encoding: kept[...])
    }

    /// The named rule that makes a figure part of a name, a specification or the document's
    /// own structure rather than a commitment, if one applies.
    static func nameOrStructureRule(
        _ text: ScalarText, _ reading: QuantityReading, family: Lexicon.UnitFamily, numberLead: Int,
        suffixEnd: Int
    ) -> RejectionRule? {
        if Words.specificationMarks.match(in: text, endingAt: reading.start) != nil {
            return .specification
        }
        if Words.listSizeMarkers.match(in: text, endingAt: numberLead) != nil {
            return .attachedListSize
        }
        if family == .count || family == .occurrence {
            if Words.structureMarkers.match(in: text, endingAt: numberLead) != nil
                || Words.structureNouns.match(in: text, at: suffixEnd) != nil
            {
                return .documentStructure
            }
            var listEnd = numberLead
            if text.has(Words.etcetera, endingAt: listEnd) { listEnd -= Words.etcetera.count }
            // 发挥沈阳、大连2个城市: the count names a kind of thing after it and every member before it.
            if let value = reading.value, text[safe: suffixEnd].map(beginsNoun) == true,
                Double(namedItemCount(text, endingAt: listEnd)) == value
            {
                return .namedList
            }
        }
        if family == .physical, Words.projectNameNouns.match(in: text, at: suffixEnd) != nil {
            return .projectName
        }
        return nil
    }

    /// How many names a list joined by 、 holds when it ends right at `offset` (`沈阳、大连` before
    /// `2个城市`, `A、B、C、D、E等` before `5个产业集群`): 0 when no such list ends there. Every
    /// name but the first is short; the first may carry the verb before the list.
    static func namedItemCount(_ text: ScalarText, endingAt offset: Int) -> Int {
        var items = 1
        var index = offset - 1
        var length = 0
        while index >= 0, offset - index < 80 {
            let scalar = text.scalars[index]
            if scalar == "、" {
                guard length > 0, length <= maximumNameLength else { return 0 }
                items += 1
                length = 0
            } else if scalar.properties.isIdeographic || scalar == "“" || scalar == "”" {
                length += 1
            } else {
                break
            }
            index -= 1
        }
        return items >= 2 ? items : 0
    }

    /// The longest name counted as one member of a named list.
    static let maximumNameLength = 8

    /// `从77%提高到80%`, `分别从209元、280元提高到217元`: a figure after 从 in its clause, before
    /// the verb that leads to the target, is the baseline the change starts from.
    func isBaselineOfAChange(from clauseStart: Int) -> Bool {
        guard text.findLast(Words.baselineFromMarker, from: clauseStart, to: quantity.start) != nil else {
            return false
        }
        var index = quantity.end
        let limit = min(text.count, quantity.end + 30)
        while index < limit, !Self.clauseStops.contains(text.scalars[index]) {
            // 到 or 至 alone leads to the target only straight after the figure (从3家到10家).
            if let verb = Words.changeToWords.match(in: text, at: index),
                verb.count > 1 || index == quantity.end
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether the number at `start..<end` belongs to a run of ASCII characters that is a web
    /// address, a file name, a %-escape or a code (it holds a letter or one of `/ : @ _ = ? # &`),
    /// or a phone number (eleven or more digits and hyphens). Looks at most 80 scalars each way.
    static func isInsideAddressOrCode(_ text: ScalarText, from start: Int, to end: Int) -> Bool {
        guard text[safe: start]?.isASCII == true else { return false }
        var lower = start
        while lower > 0, start - lower < 80, let scalar = text[safe: lower - 1], isAddressScalar(scalar) {
            lower -= 1
        }
        var upper = end
        while upper < text.count, upper - end < 80, isAddressScalar(text.scalars[upper]) { upper += 1 }
        var hasMark = false
        var digitsAndHyphens = 0
        for index in lower..<upper {
            let scalar = text.scalars[index]
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || addressMarks.contains(scalar) {
                hasMark = true
            }
            if ChineseNumeral.arabicDigit(scalar) != nil || scalar == "-" { digitsAndHyphens += 1 }
        }
        // A percent sign after the number is its unit; one inside the run is an escape.
        let escapes = (lower..<upper).contains { index in
            text.scalars[index] == "%" && index + 1 < upper
                && text.scalars[index + 1].properties.isASCIIHexDigit
        }
        return hasMark || escapes || digitsAndHyphens >= 11 && digitsAndHyphens == upper - lower
    }

    /// ASCII letters, digits and the marks of addresses and codes; not spaces or `%` at a run's end.
    static func isAddressScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar.value > 0x20 && scalar.value < 0x7F && scalar != "(" && scalar != ")"
            && scalar != "," && scalar != ";"
    }

    static let addressMarks: Set<Unicode.Scalar> = ["/", ":", "@", "_", "=", "?", "#", "&", "\\"]

    /// The comma that joins the members of a list (顿号).
    static let enumerationComma: Unicode.Scalar = "、"

    /// Marks before a percentage that make a change end at a level (`降低至12%`, `提升到72%`).
    static let levelReachMarks: Set<Unicode.Scalar> = ["至", "到"]

    /// The longest text before a counted number that is read as a verb phrase, not a metric.
    static let verbPhraseLength = 5

    /// `水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上`: after 分别, the figure in place
    /// *i* of the list belongs to the metric in place *i* of the list before 分别; the noun the
    /// last metric ends with (`产量`) is shared by all, and so is a bound closing the list.
    /// - Returns: `nil` when no such list stands before the figure in its clause.
    func distributedMetric(from clauseStart: Int, before offset: Int) -> (
        metric: String, comparator: Comparator?, isGrowth: Bool
    )? {
        guard let marker = text.findLast(Words.distributiveMarker, from: clauseStart, to: offset) else {
            return nil
        }
        var place = 0
        for index in (marker + Words.distributiveMarker.count)..<offset where text.scalars[index] == "、" {
            place += 1
        }
        var items: [Range<Int>] = []
        var itemStart = stripLeading(from: clauseStart, to: marker)
        for index in itemStart...marker {
            if index == marker || text.scalars[index] == Self.enumerationComma {
                if index > itemStart { items.append(itemStart..<index) }
                itemStart = index + 1
            }
        }
        guard items.count >= 2, place < items.count, let last = items.last else { return nil }
        // 水果、蔬菜、茶叶产量: the last metric's closing noun (产量) belongs to every metric, when
        // the vocabulary knows it as one that metrics share and the others do not end with it.
        let lastText = ScalarText(scalars: Array(text.scalars[last]))
        let sharedNoun = Words.sharedMetricNouns.match(in: lastText, endingAt: lastText.count).flatMap {
            noun in
            items.dropLast().contains {
                Words.sharedMetricNouns.match(in: text, endingAt: $0.upperBound) != nil
            }
                || noun.count >= last.count ? nil : noun
        }
        let tail = sharedNoun?.text ?? ""
        let item = items[place]
        let metric =
            place == items.count - 1
            ? text.string(last.lowerBound, last.upperBound)
            : text.string(item.lowerBound, item.upperBound) + tail
        let listEnd = end(after: offset, stops: Self.clauseStops)
        let shared = Words.comparatorSuffixes.first { text.has($0.word, endingAt: listEnd) }?.comparator
        // 分别增长5%、6%: the growth word after 分别 makes every figure of the list a growth rate.
        let afterMarker = marker + Words.distributiveMarker.count
        let isGrowth = Words.growthWords.occurs(in: text, from: afterMarker, to: min(afterMarker + 6, offset))
        return (metric, shared, isGrowth)
    }

    /// 最高 anywhere before a sum of money makes it a cap.
    static let capWord = Word("最高")

    /// 的 closes a modifier: a past marker before it describes a noun, not the figure.
    static let modifierMark = Word("的")

    /// Where a list of figures joined by 、/和/或 that starts after `offset` ends, or `offset`
    /// when no list follows.
    func listEnd(after offset: Int) -> Int {
        var end = offset
        var steps = 0
        while steps < 12, let joiner = text[safe: end], Self.listJoiners.contains(joiner),
            let next = QuantityReader.read(in: text, at: end + 1), next.unit != nil || next.hasScale
        {
            end = next.end
            if let suffix = Words.comparatorSuffixes.first(where: { text.has($0.word, at: end) }) {
                end += suffix.word.count
            }
            steps += 1
        }
        return end
    }

    static let listJoiners: Set<Unicode.Scalar> = ["、", "和", "或", "及"]

    /// Skips time words, hedges, verbs and year phrases at the start of a metric.
    func stripLeading(from start: Int, to end: Int) -> Int {
        var index = start
        var changed = true
        while changed && index < end {
            changed = false
            while index < end, let scalar = text[safe: index], scalar.isInlineSpace || scalar == "“" && false
            {
                index += 1
                changed = true
            }
            if let noise = Words.metricLeadingNoise.match(in: text, at: index),
                index + noise.count <= end
            {
                index += noise.count
                changed = true
                continue
            }
            if let phrase = context.deadlines.phrase(startingAt: index)
                ?? context.deadlines.phrase(startingAt: index - 1),
                phrase.end <= end
            {
                index = phrase.end
                changed = true
            }
        }
        return index
    }

    /// The noun phrase that opens the clause before `clauseStart` in the same sentence, up to its
    /// first number or comparing verb.
    func subjectOfPreviousClause(before clauseStart: Int, sentenceStart: Int) -> Range<Int>? {
        guard clauseStart - 1 > sentenceStart else { return nil }
        let previousStart = start(before: clauseStart - 1, stops: Self.clauseStops)
        var end = previousStart
        while end < clauseStart - 1, let scalar = text[safe: end], ChineseNumeral.arabicDigit(scalar) == nil {
            end += 1
        }
        while let noise = Words.metricTrailingNoise.match(in: text, endingAt: end),
            end - noise.count > previousStart
        {
            end -= noise.count
        }
        // 比重比2020年提高3个百分点,达到55%: the subject stops before the baseline.
        if text[safe: end].map({ ChineseNumeral.arabicDigit($0) != nil }) == true,
            let marker = Words.baselineMarkers.match(in: text, endingAt: end),
            end - marker.count > previousStart
        {
            end -= marker.count
        }
        let begin = stripLeading(from: previousStart, to: end)
        return begin < end ? begin..<end : nil
    }

    /// A verb that ends just before `offset`, not reaching back before `floor`.
    static func verbEnding(_ text: ScalarText, at offset: Int, from floor: Int) -> Word? {
        if let verb = Words.incrementVerbs.match(in: text, endingAt: offset), offset - verb.count >= floor {
            return verb
        }
        if let verb = Words.supportVerbs.match(in: text, endingAt: offset), offset - verb.count >= floor {
            return verb
        }
        if let verb = Words.objectVerbs.match(in: text, endingAt: offset), offset - verb.count >= floor {
            return verb
        }
        return nil
    }

    /// A year before the plan's first year mentioned in the clause before the number
    /// (`由2015年的120家`, `在2022年的基础上`).
    static func pastYear(_ text: ScalarText, from start: Int, to end: Int, before firstYear: Int?) -> Int? {
        guard let firstYear else { return nil }
        var offset = start
        while offset < end {
            if let year = ChineseNumeral.readArabic(in: text, at: offset), year.integerDigits == 4,
                let value = year.value, text[safe: year.end] == "年", (1900...2100).contains(value)
            {
                // 比2020年提高5个百分点: a baseline year measures the change, which is the goal.
                let isBaseline = Words.baselineMarkers.match(in: text, endingAt: offset) != nil
                if Int(value) < firstYear, !isBaseline { return Int(value) }
                offset = year.end
                continue
            }
            offset += 1
        }
        return nil
    }

    /// A verb of managing what already exists (`指导5家`, `继续推动7家`, `落实与5家`).
    static func existingVerb(_ text: ScalarText, at offset: Int, from floor: Int) -> Word? {
        var end = offset
        if let preposition = Words.metricPrepositions.match(in: text, endingAt: end) {
            end -= preposition.count
        }
        if let verb = Words.existingVerbs.match(in: text, endingAt: end), end - verb.count >= floor {
            return verb
        }
        if let verb = verbEnding(text, at: end, from: floor),
            let marker = Words.continuationMarkers.first(where: { text.has($0, endingAt: end - verb.count) })
        {
            return marker
        }
        return nil
    }

    /// The nearest verb before `end` in the clause, and whether it counts new things.
    func nearestVerb(from start: Int, to end: Int) -> (word: Word, isIncrement: Bool)? {
        let countsEvents = quantity.form?.family == .occurrence
        var offset = end
        while offset > start {
            // Where two verbs end at the same place, the longer one is meant (新选派, not 选派).
            var best: (word: Word, isIncrement: Bool)?
            if let verb = Words.supportVerbs.match(in: text, endingAt: offset), offset - verb.count >= start {
                best = (verb, false)
            }
            if let verb = Words.incrementVerbs.match(in: text, endingAt: offset),
                offset - verb.count >= start,
                verb.count > best?.word.count ?? 0
            {
                best = (verb, true)
            }
            // 组织活动8场 holds new events; 组织100家企业 acts on existing ones.
            if let verb = Words.eventVerbs.match(in: text, endingAt: offset), offset - verb.count >= start,
                verb.count > best?.word.count ?? 0
            {
                best = (verb, countsEvents)
            }
            if let best { return best }
            offset -= 1
        }
        return nil
    }

    /// Where a metric that follows its number ends.
    func forwardMetricEnd(from start: Int) -> Int {
        let stop = end(after: start, stops: Self.forwardMetricStops, limit: 40)
        var index = start + 2
        while index < stop {
            if Words.metricStopVerbs.contains(where: { text.has($0, at: index) }) { return index }
            index += 1
        }
        return stop
    }

    /// Whether an Arabic digit occurs in `start..<end` (a clause that states a figure).
    static func hasDigit(_ text: ScalarText, from start: Int, to end: Int) -> Bool {
        var offset = max(0, start)
        while offset < min(end, text.count) {
            if ChineseNumeral.arabicDigit(text.scalars[offset]) != nil { return true }
            offset += 1
        }
        return false
    }

    /// Whether `scalar` after a number makes it part of a name or code (`441X`, `5+5+7`, `5G`).
    static func continuesNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && scalar.value < 0x2E80 || scalar == "+" || scalar == "＋"
    }

    /// Whether `scalar` can begin a noun after a number: a CJK ideograph or an opening quote.
    static func beginsNoun(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "的" || scalar == "等" || scalar == "和" || scalar == "及" { return false }
        return scalar.properties.isIdeographic || scalar == "“" || scalar == "\""
    }
}
