/// Which words of the document gave each field of one target: the extractor's own decisions,
/// recorded as it makes them, so that a reviewer can check a field against the text.
///
/// ```swift
/// let extraction = TargetExtractor().extraction(of: "到2025年,培育企业100家以上。")
/// extraction.evidence[0].deadline.words    // "到2025年"
/// extraction.evidence[0].comparator.words  // "以上"
/// extraction.evidence[0].increment.words   // "培育"
/// ```
public struct TargetEvidence: Sendable, Hashable, Codable {
    /// The number and unit as written (`1500家`, `百分之三十`).
    public var value: FieldEvidence
    /// The bound (`以上`, `不少于`, `左右`), or why the figure is exact.
    public var comparator: FieldEvidence
    /// The noun phrase measured, and which side of the number it was read from.
    public var metric: FieldEvidence
    /// The unit or word that set the kind (`%` after `增长`, `万元` after `补助`).
    public var kind: FieldEvidence
    /// The verb that made the target count new things (`新增`, `培育`), or why it does not.
    public var increment: FieldEvidence
    /// The hedge (`力争`, `争取`) earlier in the sentence, or its absence.
    public var aspirational: FieldEvidence
    /// The word that makes the target recur (`每年`, `年均`), or its absence.
    public var recurrence: FieldEvidence
    /// The deadline phrase (`到2025年`, `2023年底前`), the plan year, or the inherited horizon.
    public var deadline: FieldEvidence
    /// The innermost heading the target stands under, with its full path as the reason.
    public var section: FieldEvidence
    /// The `责任单位` line or `〔…牵头〕` note the responsible units came from.
    public var responsible: FieldEvidence
    /// The word of change that made a growth rate or a change in points a fall (`下降`), or why
    /// it is a rise.
    public var direction: FieldEvidence
    /// The words that state where the target starts (`从77%`), or an indicator table's base cell.
    public var baseline: FieldEvidence
    /// The words that name the year a change is measured from (`比2020年`, `较上年`), or why
    /// there is none.
    public var baseYear: FieldEvidence

    /// Creates the evidence of one target; every field is explicit.
    public init(
        value: FieldEvidence, comparator: FieldEvidence, metric: FieldEvidence, kind: FieldEvidence,
        increment: FieldEvidence, aspirational: FieldEvidence, recurrence: FieldEvidence,
        deadline: FieldEvidence, section: FieldEvidence, responsible: FieldEvidence, direction: FieldEvidence,
        baseline: FieldEvidence, baseYear: FieldEvidence = FieldEvidence(reason: "no base year stated")
    ) {
        self.value = value
        self.comparator = comparator
        self.metric = metric
        self.kind = kind
        self.increment = increment
        self.aspirational = aspirational
        self.recurrence = recurrence
        self.deadline = deadline
        self.section = section
        self.responsible = responsible
        self.direction = direction
        self.baseline = baseline
        self.baseYear = baseYear
    }

    /// The fields in reading order, each with its name as `plantrack explain` prints it.
    public var fields: [(name: String, evidence: FieldEvidence)] {
        [
            ("value", value), ("comparator", comparator), ("metric", metric), ("kind", kind),
            ("direction", direction),
            ("increment", increment), ("aspirational", aspirational), ("recurrence", recurrence),
            ("deadline", deadline), ("baseline", baseline), ("base year", baseYear),
            ("section", section),
            ("responsible", responsible),
        ]
    }
}
