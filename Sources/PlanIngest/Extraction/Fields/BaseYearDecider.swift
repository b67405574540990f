/// Decides the year whose level a change is measured from, when the clause names it:
/// `比2020年下降13.5%` and `较2020年增长20%` (2020), `在2022年基础上增长20%` (2022),
/// `比上年增长8%` (the year before the deadline), `比"十三五"末提高5个百分点` (2020, the plan
/// period's last year).
///
/// Only a growth rate or a change in points has one: `比2020年增加100家` counts new things, and
/// the text gives no level of that year, which the figures logged for that year supply. A mean
/// yearly rate has none either: `在2020年基础上年均增长6%` promises 6% in each year, so its
/// figures stay the yearly growth rates, judged year by year.
struct BaseYearDecider: FieldDecider {
    let site: NumberSite
    /// The kind decided for the target.
    let kind: TargetKind
    /// The deadline decided for the target: `上年` is the year before it.
    let deadline: CalendarDay?
    /// The recurrence decided for the target, with the words that decided it (`年均`).
    let recurrence: FieldDecision<Recurrence?>

    func decide() -> FieldDecision<Int?> {
        guard kind == .growth || kind == .delta else {
            return FieldDecision(nil, "not a growth rate or a change in points: no base year")
        }
        var end = site.numberLead
        while end > site.clauseStart {
            if let found = baseYear(endingAt: end) {
                guard let mean = meanWords else { return found }
                return FieldDecision(
                    nil, words: mean,
                    "a mean yearly rate (年均): its figures are the yearly rates, no base year")
            }
            end -= 1
        }
        return FieldDecision(nil, "no 比…年 or …年基础上 before the number: no base year")
    }

    /// The words that make the target a mean yearly rate (`年均`, `年平均`), if they do.
    private var meanWords: Range<Int>? {
        guard recurrence.value == .annual, let words = recurrence.words,
            Words.clauseAnnualWords.match(in: text, at: words.lowerBound) != nil
        else { return nil }
        return words
    }

    /// The base year whose words end at `end`, if any do.
    private func baseYear(endingAt end: Int) -> FieldDecision<Int?>? {
        if let start = reader.baselineStart(endingAt: end) {
            if Words.previousYearWords.match(in: text, endingAt: end) != nil {
                guard let year = deadline?.year else { return nil }
                return FieldDecision(year - 1, words: start..<end, "the year before the deadline (上年)")
            }
            return reader.year(endingAt: end).map {
                FieldDecision($0.year, words: start..<end, "the year a change is measured from (比…年)")
            }
        }
        if let found = reader.namedBaseYear(endingAt: end) {
            return FieldDecision(
                found.year, words: found.start..<end,
                found.isPlanEnd
                    ? "the last year of the five-year plan a change is measured from (比…末)"
                    : "the year a change builds on (…年基础上)")
        }
        return nil
    }
}
