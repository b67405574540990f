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

    /// Screens the number and, when it may be a target, lets each field's decider settle its
    /// field; the decisions' words are the target's evidence.
    func verdict() -> Verdict {
        let reading = quantity
        let mentionText = text.string(reading.start, reading.end)
        let span = TextSpan(start: reading.start, end: reading.end)
        let site: NumberSite
        switch screen() {
        case .rejected(let rule, let detail, let unit):
            let mention = Mention(
                text: mentionText, span: span, value: reading.value, unit: unit, isTarget: false,
                reason: detail.map { "\(rule.reason) (\($0))" } ?? rule.reason, rule: rule)
            return Verdict(mention: mention, target: nil)
        case .kept(let kept):
            site = kept
        }
        let metric = MetricDecider(site: site).decide()
        let comparator = ComparatorDecider(site: site, metric: metric.value).decide()
        let kind = KindDecider(site: site, metric: metric.value).decide()
        let direction = DirectionDecider(site: site, kind: kind.value.kind, metric: metric.value).decide()
        let level = LevelDecider(site: site, metric: metric.value).decide()
        let increment = IncrementDecider(
            site: site, metric: metric.value, kind: kind.value.kind, level: level
        ).decide()
        let recurrence = RecurrenceDecider(site: site, isLevel: level.value).decide()
        let aspiration = AspirationDecider(site: site).decide()
        let deadline = DeadlineDecider(site: site).decide()
        let baseline = BaselineDecider(site: site).decide()
        let baseYear = BaseYearDecider(
            site: site, kind: kind.value.kind, deadline: deadline.value.day, recurrence: recurrence
        ).decide()
        let section = SectionDecider(site: site).decide()
        let responsible = ResponsibleDecider(site: site).decide()

        let quote = metric.value.quote
        let target = Target(
            quote: text.string(quote.lowerBound, quote.upperBound),
            span: TextSpan(start: quote.lowerBound, end: quote.upperBound), section: section.value,
            metric: metric.value.text, kind: kind.value.kind, value: site.value, valueMax: reading.valueMax,
            unit: kind.value.unit, comparator: comparator.value, deadline: deadline.value.day,
            deadlineSource: deadline.value.source, recurrence: recurrence.value, isIncrement: increment.value,
            isAspirational: aspiration.value, responsible: responsible.value,
            confidence: metric.value.confidence, baseline: baseline.value, isReduction: direction.value,
            baseYear: baseYear.value)
        let mention = Mention(
            text: mentionText, span: span, value: site.value, unit: kind.value.unit, isTarget: true,
            reason: "target: \(metric.value.text)")
        guard context.includesEvidence else { return Verdict(mention: mention, target: target) }
        let value = FieldDecision(
            site.value, words: reading.start..<reading.end, "the number and unit as written")
        let evidence = TargetEvidence(
            value: value.evidence(in: text), comparator: comparator.evidence(in: text),
            metric: metric.evidence(in: text), kind: kind.evidence(in: text),
            increment: increment.evidence(in: text), aspirational: aspiration.evidence(in: text),
            recurrence: recurrence.evidence(in: text), deadline: deadline.evidence(in: text),
            section: section.evidence(in: text), responsible: responsible.evidence(in: text),
            direction: direction.evidence(in: text), baseline: baseline.evidence(in: text),
            baseYear: baseYear.evidence(in: text))
        return Verdict(mention: mention, target: target, evidence: evidence)
    }

    // MARK: Helpers

    /// The month of the last `6月底前` between `start` and `end`, with the words that give it:
    /// in a yearly plan it dates the clauses after it in the sentence.
    func monthEnd(from start: Int, to end: Int) -> (value: Int, words: Range<Int>)? {
        var found: (value: Int, words: Range<Int>)?
        var offset = start
        while offset < end {
            if let number = ChineseNumeral.readArabic(in: text, at: offset), number.integerDigits <= 2,
                !number.hasDecimals, let value = number.value, (1...12).contains(value),
                let suffix = Words.monthEndSuffixes.match(in: text, at: number.end),
                text[safe: offset - 1] != "年",
                ChineseNumeral.arabicDigit(text[safe: offset - 1] ?? " ") == nil
            {
                found = (Int(value), offset..<(number.end + suffix.count))
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

    /// Whether the words ending at `offset` name the base year of a change: `比上年`,
    /// `在2022年基础上`, `比"十三五"末`.
    func isBaseYearWords(endingAt offset: Int) -> Bool {
        baselineStart(endingAt: offset) != nil || namedBaseYear(endingAt: offset) != nil
    }

    /// A year that the words ending at `offset` name as the base of a change, with where those
    /// words start: `在2022年基础上` and `2022年的基础上` (2022), or `比"十三五"末` (2020, the
    /// plan period's last year, `isPlanEnd`).
    func namedBaseYear(endingAt offset: Int) -> (year: Int, start: Int, isPlanEnd: Bool)? {
        if let foundation = Words.baseYearFoundations.match(in: text, endingAt: offset),
            let found = year(endingAt: offset - foundation.count)
        {
            let start = found.start - (text[safe: found.start - 1] == "在" ? 1 : 0)
            return (found.year, start, false)
        }
        guard let endWord = Words.fiveYearEndWords.match(in: text, endingAt: offset) else { return nil }
        var nameEnd = offset - endWord.count
        while let scalar = text[safe: nameEnd - 1], DeadlineReader.isQuote(scalar) { nameEnd -= 1 }
        guard let plan = Words.fiveYearPlans.first(where: { text.has($0.word, endingAt: nameEnd) }) else {
            return nil
        }
        var start = nameEnd - plan.word.count
        while let scalar = text[safe: start - 1], DeadlineReader.isQuote(scalar) { start -= 1 }
        guard let marker = Words.baselineMarkers.match(in: text, endingAt: start) else { return nil }
        return (plan.start + 4, start - marker.count, true)
    }

    /// A four-digit year written with 年 (`2020年`) that ends at `end`, and where it starts.
    func year(endingAt end: Int) -> (year: Int, start: Int)? {
        guard text[safe: end - 1] == "年" else { return nil }
        var start = end - 1
        while let scalar = text[safe: start - 1], ChineseNumeral.arabicDigit(scalar) != nil { start -= 1 }
        guard end - 1 - start == 4, let number = ChineseNumeral.readArabic(in: text, at: start),
            let value = number.value, (1900...2200).contains(value)
        else { return nil }
        return (Int(value), start)
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
    static let maximumNameLength = 12

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

    /// Marks before a percentage that make a change end at a level (`降低至12%`, `提升到72%`).
    static let levelReachMarks: Set<Unicode.Scalar> = ["至", "到"]

    /// The longest text before a counted number that is read as a verb phrase, not a metric.
    static let verbPhraseLength = 5

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

    /// Skips time words, hedges, verbs, years and deadline phrases at the start of a metric.
    func stripLeading(from start: Int, to end: Int) -> Int {
        var index = start
        var changed = true
        while changed && index < end {
            changed = false
            while index < end, let scalar = text[safe: index], scalar.isInlineSpace {
                index += 1
                changed = true
            }
            // 2025年突破1150亿元: a year is when, not what.
            if let year = ChineseNumeral.readArabic(in: text, at: index), year.integerDigits == 4,
                !year.hasDecimals, text[safe: year.end] == "年", year.end + 1 <= end
            {
                index = year.end + 1
                changed = true
                continue
            }
            if Words.metricWholeNouns.match(in: text, at: index) == nil,
                let noise = Words.metricLeadingNoise.match(in: text, at: index), index + noise.count <= end
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
        // 到2025年,A达到30%;到2027年,达到40%: a clause that only says when is passed over for
        // the one before it.
        if stripLeading(from: previousStart, to: clauseStart - 1) >= clauseStart - 1 {
            if previousStart > sentenceStart {
                return subjectOfPreviousClause(before: previousStart, sentenceStart: sentenceStart)
            }
            // Across a semicolon the sentence before states the same list: 达到30%;到2027年,达到40%.
            guard let mark = text[safe: sentenceStart - 1], mark == "；" || mark == ";" else { return nil }
            return subjectOfPreviousClause(
                before: sentenceStart,
                sentenceStart: start(before: sentenceStart - 1, stops: Self.sentenceStops))
        }
        var end = previousStart
        while end < clauseStart - 1, let scalar = text[safe: end], ChineseNumeral.arabicDigit(scalar) == nil {
            end += 1
        }
        // 平台到2025年达到10个,到2027年达到20个: the subject stops before the deadline.
        if let prefix = Words.deadlinePrefixes.match(in: text, endingAt: end),
            end - prefix.count > previousStart
        {
            end -= prefix.count
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
                // 比2020年提高5个百分点, 在2022年基础上: a base year measures the change, which is
                // the goal.
                let isBaseline =
                    Words.baselineMarkers.match(in: text, endingAt: offset) != nil
                    || Words.baseYearFoundations.match(in: text, at: year.end + 1) != nil
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
    func nearestVerb(from start: Int, to end: Int) -> GoverningVerb? {
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
            if let best { return GoverningVerb(word: best.word, isIncrement: best.isIncrement, end: offset) }
            offset -= 1
        }
        return nil
    }

    /// Where a metric that follows its number ends.
    func forwardMetricEnd(from start: Int) -> Int {
        let stop = end(after: start, stops: Self.forwardMetricStops, limit: 40)
        var index = start + 2
        while index < stop {
            if Words.metricStopVerbs.contains(where: { text.has($0, at: index) })
                || Words.metricForwardStops.match(in: text, at: index) != nil
            {
                return index
            }
            // 80项前沿技术研发和60项基础研究重点项目: the next figure starts the next noun.
            if ChineseNumeral.arabicDigit(text.scalars[index]) != nil,
                let joiner = text[safe: index - 1], Self.listJoiners.contains(joiner)
            {
                return index - 1
            }
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
