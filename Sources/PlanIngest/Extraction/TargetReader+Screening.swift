extension TargetReader {
    /// What screening made of a number: a rule that says it is no target, or the site the
    /// field deciders read.
    enum Screening: Sendable {
        /// The number is not a target, by `rule`; `unit` is the unit the mention shows.
        case rejected(RejectionRule, detail: String?, unit: Unit?)
        /// The number may be a target.
        case kept(NumberSite)
    }

    /// Whether a comparing or changing word ends at `offset`, just before a number: `不超过`,
    /// `压缩至`, `提高到`. A word that only reaches (`实现24小时自助服务`) does not bound it.
    private func isBounded(endingAt offset: Int) -> Bool {
        Words.comparatorPrefixes.contains { text.has($0.word, endingAt: offset) }
            || Words.changeToWords.match(in: text, endingAt: offset) != nil
    }

    /// Runs the rejection rules in order on the number, and on the first that applies says why
    /// it is not a target; otherwise returns the places around it that decide its fields.
    func screen() -> Screening {
        let reading = quantity
        func reject(_ rule: RejectionRule, detail: String? = nil, unit: Unit? = reading.unit) -> Screening {
            .rejected(rule, detail: detail, unit: unit)
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
        guard let unit, let family else { return reject(.noUnit) }
        if number.script == .chinese {
            if rawValue == 1 { return reject(.indefiniteOne) }
            if rawValue == 0 { return reject(.zeroInWord) }
            confidence = min(confidence, 0.7)
        }
        if let before = text[safe: reading.start - 1], before == "“" || before == "\"" || before == "「" {
            return reject(.quotedName)
        }
        if let glossary = context.glossaryStart, reading.start >= glossary {
            return reject(.glossary)
        }
        if context.responsibilities.contains(reading.start) {
            return reject(.responsibilityList)
        }

        let suffix =
            Words.comparatorSuffixes.first { text.has($0.word, at: reading.end) }
            ?? (family == .duration
                ? Words.durationSuffixes.first { text.has($0.word, at: reading.end) } : nil)
        let suffixEnd = reading.end + (suffix?.word.count ?? 0)
        let comparatorFromSuffix = suffix != nil
        // 突破10亿元、50亿元、100亿元的企业: every figure of a list that ends in 的 is a threshold;
        // 分别给予50万元、100万元、200万元奖励: every figure takes the noun after the list.
        let listEnd = listEnd(after: suffixEnd)
        var numberLead = reading.start
        while let previous = text[safe: numberLead - 1], previous.isInlineSpace { numberLead -= 1 }
        // 抽检量超每千人6.6批次: the head a figure is counted per belongs to its unit, and the
        // comparing word stands before it.
        if let perHead = Words.perCapitaPrefixes.first(where: { text.has($0.word, endingAt: numberLead) }) {
            numberLead -= perHead.word.count
            while let previous = text[safe: numberLead - 1], previous.isInlineSpace { numberLead -= 1 }
        }
        // 24小时在线, 5个工作日内办结: a length of time is a target only as a limit or a level
        // that a word before it sets (压缩至3个工作日, 不低于2小时, 不超过15个工作日); else it
        // describes a service or states a procedure's rule.
        if family == .duration, !isBounded(endingAt: numberLead) {
            return reject(.unboundedDuration)
        }
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
        // 办好12类45件民生实事: the first count sorts the figure that follows it into groups.
        if family == .count, suffix == nil, let next = QuantityReader.read(in: text, at: reading.end),
            next.unit != nil, next.number.script == number.script || next.number.script == .arabic
        {
            return reject(.groupingCount)
        }
        if isBaselineOfAChange(from: clauseStart) {
            return reject(.changeBaseline)
        }

        // Exclusions that need the clause.
        if Words.perUnitMarkers.contains(where: { marker in
            guard let at = text.findLast(marker, from: max(clauseStart, reading.start - 4), to: reading.start)
            else { return false }
            return !Words.annualWords.contains { text.has($0, at: at) } && text[safe: at + 1] != "年"
                && text[safe: at + 1] != "月" && text[safe: at + 1] != "双" && text[safe: at + 1] != "季"
        }), rawValue == 1 || family == .count {
            return reject(.perUnitCount)
        }
        if let past = Words.pastMarkers.firstOccurrence(in: text, from: clauseStart, to: reading.start),
            text.find(Self.modifierMark, from: past.offset, to: numberLead) == nil,
            // 在2022年基础上增长20%: a change measured from a base year is the goal.
            family != .percent || !isBaseYearWords(endingAt: past.offset + past.word.count)
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

        return .kept(
            NumberSite(
                reader: self, value: rawValue, unit: unit, family: family, confidence: confidence,
                sentenceStart: sentenceStart, clauseStart: clauseStart, numberLead: numberLead,
                suffix: suffix, suffixEnd: suffixEnd, listEnd: listEnd, prefix: prefix, reach: reach,
                sizesNewThing: sizesNewThing, stated: stated))
    }
}
