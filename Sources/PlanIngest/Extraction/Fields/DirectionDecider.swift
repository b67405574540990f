/// Decides whether a change target promises a fall: the growth word before a percentage or a
/// number of percentage points is one the vocabulary marks `down` (`下降13.5%`,
/// `降低0.5个百分点`, `压减15%`); `降低至12%` states a level, and levels have no direction.
struct DirectionDecider: FieldDecider {
    let site: NumberSite
    /// The kind decision: only growth rates and changes in points have a direction.
    let kind: TargetKind
    /// The metric decision: a growth word after `分别` sets the direction of the whole list.
    let metric: MetricPhrase

    func decide() -> FieldDecision<Bool> {
        guard kind == .growth || kind == .delta else {
            return FieldDecision(false, "only growth rates and changes in points rise or fall")
        }
        let growth =
            metric.distribution?.growthWords
            ?? Words.growthWords.firstOccurrence(
                in: text, from: max(site.clauseStart, metric.beforeEnd - 2), to: site.numberLead
            ).map { $0.offset..<($0.offset + $0.word.count) }
        guard let growth else { return FieldDecision(false, "no word of change before the number: a rise") }
        let isFall =
            Words.reductionWords.match(in: text, at: growth.lowerBound, before: growth.upperBound) != nil
        return FieldDecision(
            isFall, words: growth, isFall ? "a word of falling: a reduction" : "a word of rising")
    }
}
