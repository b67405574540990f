/// Decides whether a target is a stretch goal: a hedge (`力争`, `争取`) earlier in its sentence.
struct AspirationDecider: FieldDecider {
    let site: NumberSite

    func decide() -> FieldDecision<Bool> {
        guard let hedge = firstRange(of: Words.hedges, from: site.sentenceStart, to: site.start) else {
            return FieldDecision(false, "no hedge (力争, 争取) earlier in the sentence: a commitment")
        }
        return FieldDecision(true, words: hedge, "hedge earlier in the sentence: a stretch goal")
    }
}
