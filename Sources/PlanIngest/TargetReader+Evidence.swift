/// The positions and words `TargetReader.verdict()` decided a target's fields by, handed over
/// so that the evidence names the very words the decision used.
struct EvidenceClues: Sendable {
    var numberLead: Int
    var suffixEnd: Int
    var beforeEnd: Int
    var quoteEnd: Int
    var clauseStart: Int
    var sentenceStart: Int
    var metricStart: Int
    var metricEnd: Int
    var metricFromElsewhere: Bool
    var comparatorFromSuffix: Bool
    /// Whether the comparing word before the number set the comparator.
    var prefixApplies: Bool
    var prefix: Word?
    var family: Lexicon.UnitFamily
    var isStock: Bool
    /// The verb whose sense decided ``Target/isIncrement``, when one did.
    var governingVerb: Word?
    var annualFloor: Int
    var stated: DeadlineReader.Phrase?
}

extension TargetReader {
    /// Which words gave each field of `target`, from the positions the verdict used.
    func evidence(of target: Target, _ clues: EvidenceClues) -> TargetEvidence {
        TargetEvidence(
            value: found(quantity.start, quantity.end, "the number and unit as written"),
            comparator: comparatorEvidence(target, clues),
            metric: metricEvidence(target, clues),
            kind: kindEvidence(target, clues),
            increment: incrementEvidence(target, clues),
            aspirational: aspirationalEvidence(target, clues),
            recurrence: recurrenceEvidence(target, clues),
            deadline: deadlineEvidence(target, clues),
            section: sectionEvidence(target),
            responsible: responsibleEvidence(target))
    }

    /// Evidence naming `start..<end` of the text.
    func found(_ start: Int, _ end: Int, _ reason: String) -> FieldEvidence {
        FieldEvidence(
            words: text.string(start, end), span: TextSpan(start: start, end: max(start, end)), reason: reason
        )
    }

    /// Evidence naming the last `word` that ends at or before `end` and starts at or after `start`.
    func found(_ word: Word, from start: Int, to end: Int, _ reason: String) -> FieldEvidence {
        guard let at = text.findLast(word, from: start, to: end) else { return FieldEvidence(reason: reason) }
        return found(at, at + word.count, reason)
    }

    func comparatorEvidence(_ target: Target, _ clues: EvidenceClues) -> FieldEvidence {
        let lead = clues.numberLead
        if target.comparator == .range {
            return found(quantity.start, quantity.end, "two numbers joined as a range")
        }
        if clues.comparatorFromSuffix {
            return found(quantity.end, clues.suffixEnd, "bound written after the number")
        }
        if quantity.isOpenEnded {
            return found(quantity.start, quantity.end, "多 or 余 after the number: more than the figure")
        }
        if clues.prefixApplies, let prefix = clues.prefix {
            return found(lead - prefix.count, lead, "comparing word before the number")
        }
        if target.comparator == .atMost,
            let cap = text.find(Self.capWord, from: clues.clauseStart, to: quantity.start)
        {
            return found(cap, cap + Self.capWord.count, "a cap on a sum of money")
        }
        return FieldEvidence(reason: "no comparing word next to the number: exactly (=)")
    }

    func metricEvidence(_ target: Target, _ clues: EvidenceClues) -> FieldEvidence {
        let start = clues.metricStart
        let end = clues.metricEnd
        guard start < end else {
            return FieldEvidence(reason: "no noun next to the number: the figure itself names it")
        }
        let side: String
        if start >= quantity.end {
            side = "noun phrase read after the number"
        } else if clues.metricFromElsewhere {
            side = "no noun next to the number: read from the clause before"
        } else if end <= clues.clauseStart {
            side = "noun phrase of the clause before (a rule's subject or recipient)"
        } else {
            side = "noun phrase read before the number"
        }
        let trimmed = target.metric == text.trimmedString(start, end) ? "" : " (time words removed)"
        return found(start, end, side + trimmed)
    }

    func kindEvidence(_ target: Target, _ clues: EvidenceClues) -> FieldEvidence {
        let unitStart = quantity.number.end
        let unitEnd = max(unitStart, quantity.end)
        switch target.kind {
        case .ratio where target.unit.rawValue.contains("/"):
            if let perCapita = Words.perCapitaPrefixes.first(where: {
                text.find($0.word, from: clues.clauseStart, to: quantity.start) != nil
            }) {
                return found(perCapita.word, from: clues.clauseStart, to: quantity.start, "a count per head")
            }
        case .growth:
            if let growth = Words.growthWords.firstOccurrence(
                in: text, from: max(clues.clauseStart, clues.beforeEnd - 2), to: clues.numberLead)
            {
                return found(
                    growth.offset, growth.offset + growth.word.count, "a percentage after a growth word")
            }
        case .subsidy:
            if let subsidy = Words.subsidyWords.firstOccurrence(
                in: text, from: clues.clauseStart, to: max(clues.clauseStart, clues.quoteEnd))
            {
                return found(
                    subsidy.offset, subsidy.offset + subsidy.word.count,
                    "money in a clause that gives a subsidy")
            }
        default:
            break
        }
        let reason: String
        switch clues.family {
        case .percent: reason = "a percentage with no growth word: a ratio or share"
        case .points: reason = "percentage points: a change"
        case .money: reason = "a sum of money"
        case .physical: reason = "a physical quantity"
        case .concentration: reason = "a concentration: a ratio"
        case .count, .occurrence:
            reason =
                target.kind == .amount
                ? "a count that ends an output metric: an amount" : "things counted one by one"
        }
        guard unitStart < unitEnd else { return FieldEvidence(reason: reason + " (no unit written)") }
        return found(unitStart, unitEnd, reason)
    }

    func incrementEvidence(_ target: Target, _ clues: EvidenceClues) -> FieldEvidence {
        if clues.isStock {
            return FieldEvidence(reason: "a level or total (达到, 总量, 累计): never an increment")
        }
        guard let verb = clues.governingVerb else {
            let reason =
                target.kind == .count || target.kind == .amount
                ? "no verb governs the number: a level" : "only counts and amounts are increments"
            return FieldEvidence(reason: reason)
        }
        let reason = target.isIncrement ? "verb that makes new things" : "verb that acts on existing things"
        if text.has(verb, at: clues.metricEnd), clues.metricEnd >= quantity.end {
            return found(clues.metricEnd, clues.metricEnd + verb.count, reason + ", after the noun")
        }
        return found(verb, from: clues.sentenceStart, to: clues.numberLead, reason)
    }

    func aspirationalEvidence(_ target: Target, _ clues: EvidenceClues) -> FieldEvidence {
        guard target.isAspirational,
            let hedge = Words.hedges.firstOccurrence(in: text, from: clues.sentenceStart, to: quantity.start)
        else { return FieldEvidence(reason: "no hedge (力争, 争取) earlier in the sentence: a commitment") }
        return found(
            hedge.offset, hedge.offset + hedge.word.count, "hedge earlier in the sentence: a stretch goal")
    }

    func recurrenceEvidence(_ target: Target, _ clues: EvidenceClues) -> FieldEvidence {
        guard target.recurrence == .annual,
            let annual = Words.annualWords.firstOccurrence(
                in: text, from: clues.annualFloor, to: quantity.start)
        else {
            let reason =
                clues.isStock
                ? "no 每年 or 年均 in the clause: a level happens once" : "no 每年 or 年均 in the sentence: once"
            return FieldEvidence(reason: reason)
        }
        let scope = annual.offset >= clues.clauseStart ? "in the clause" : "opening the sentence"
        return found(
            annual.offset, annual.offset + annual.word.count, "repeats each year of the horizon (\(scope))")
    }

    func deadlineEvidence(_ target: Target, _ clues: EvidenceClues) -> FieldEvidence {
        if let stated = clues.stated {
            if stated.source == .section, let heading = context.outline.heading(before: stated.start + 1) {
                return found(heading.start, heading.titleEnd, "the heading names the year of its section")
            }
            let scope =
                stated.start >= clues.sentenceStart
                ? "stated in the sentence" : "stated earlier, for the paragraph, list or section it opens"
            return found(stated.start, stated.end, scope)
        }
        if target.deadlineSource == .documentYear, let year = context.planYear {
            if let period = Words.periodEnds.first(where: {
                text.find($0.word, from: clues.sentenceStart, to: quantity.start) != nil
            }), let day = target.deadline, day != .endOfYear(year) {
                return found(
                    period.word, from: clues.sentenceStart, to: quantity.start,
                    "part of the plan year \(year)")
            }
            return FieldEvidence(reason: "the document's year \(year): a yearly plan or this year's report")
        }
        if let horizon = context.metadata.horizon, target.deadlineSource == .inherited {
            return FieldEvidence(
                reason: "inherited from the plan horizon \(horizon.startYear)–\(horizon.endYear)")
        }
        return FieldEvidence(reason: "no deadline stated and no plan horizon")
    }

    func sectionEvidence(_ target: Target) -> FieldEvidence {
        guard let heading = context.outline.heading(before: quantity.start), let path = target.section else {
            return FieldEvidence(reason: "before the first heading")
        }
        return found(heading.start, heading.titleEnd, "innermost heading of \(path)")
    }

    func responsibleEvidence(_ target: Target) -> FieldEvidence {
        let itemEnd = context.outline.nextHeading(after: quantity.start, end: text.count)
        guard !target.responsible.isEmpty,
            let block = context.responsibilities.block(from: quantity.end, before: itemEnd)
        else { return FieldEvidence(reason: "no 责任单位 line or note before the next heading") }
        return found(
            block.start, block.end, "the first list of units after the figure, before the next heading")
    }
}
