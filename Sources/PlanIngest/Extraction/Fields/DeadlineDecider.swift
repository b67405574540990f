/// When a target is due, and where that came from.
struct Due: Sendable {
    /// The deadline, if the document gives one.
    var day: CalendarDay?
    /// Whether the text, a heading, the document's year or the plan horizon gave it.
    var source: DeadlineSource?
}

/// Decides a target's deadline: the deadline phrase whose scope covers the number (in its
/// sentence, or opening the paragraph, list or section), else the document's own year for a
/// yearly plan or report (`上半年`, `6月底前` narrowing it), else the plan's horizon.
struct DeadlineDecider: FieldDecider {
    let site: NumberSite

    func decide() -> FieldDecision<Due> {
        let context = reader.context
        if let stated = site.stated {
            let due = Due(day: stated.day, source: stated.source)
            if stated.source == .section, let heading = context.outline.heading(before: stated.start + 1) {
                return FieldDecision(
                    due, words: heading.start..<heading.titleEnd, "the heading names the year of its section")
            }
            let scope =
                stated.start >= site.sentenceStart
                ? "stated in the sentence" : "stated earlier, for the paragraph, list or section it opens"
            return FieldDecision(due, words: stated.start..<stated.end, scope)
        }
        if let year = context.planYear {
            var decision = FieldDecision(
                Due(day: .endOfYear(year), source: .documentYear),
                explains ? "the document's year \(year): a yearly plan or this year's report" : "")
            for period in Words.periodEnds {
                guard let at = text.find(period.word, from: site.sentenceStart, to: site.start),
                    let day = CalendarDay.endOfMonth(period.month, of: year)
                else { continue }
                decision = FieldDecision(
                    Due(day: day, source: .documentYear), words: at..<(at + period.word.count),
                    explains ? "part of the plan year \(year)" : "")
                break
            }
            if let month = reader.monthEnd(from: site.sentenceStart, to: site.start),
                let day = CalendarDay.endOfMonth(month.value, of: year)
            {
                decision = FieldDecision(
                    Due(day: day, source: .documentYear), words: month.words,
                    explains ? "part of the plan year \(year)" : "")
            }
            return decision
        }
        if let horizon = context.metadata.horizon {
            return FieldDecision(
                Due(day: horizon.end, source: .inherited),
                explains ? "inherited from the plan horizon \(horizon.startYear)–\(horizon.endYear)" : "")
        }
        return FieldDecision(Due(), "no deadline stated and no plan horizon")
    }
}
