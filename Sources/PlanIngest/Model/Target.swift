/// One numeric commitment found in a plan, e.g. `到2025年高新技术企业达1500家`.
public struct Target: Sendable, Hashable, Codable {
    /// The exact text stated, as it appears in the plain text (never normalised).
    public var quote: String
    /// Where ``quote`` lies in the plain text, in Unicode scalar offsets.
    public var span: TextSpan
    /// The section path, e.g. `二、主要任务 / (一) 培育创新主体`; `nil` before the first heading.
    public var section: String?
    /// What is counted or measured, in the document's words, e.g. `高新技术企业`.
    public var metric: String
    /// The sort of quantity.
    public var kind: TargetKind
    /// The value in the base ``unit`` (5亿元 is 500000000); the lower end of a range.
    public var value: Double
    /// The upper end of a range (`3-5家`), else `nil`.
    public var valueMax: Double?
    /// The base unit of ``value``.
    public var unit: Unit
    /// How an achieved figure is compared with ``value``.
    public var comparator: Comparator
    /// The last day by which the target is to be met, stated or inherited; `nil` when neither.
    public var deadline: CalendarDay?
    /// Whether ``deadline`` was stated for this target or inherited from the plan horizon.
    public var deadlineSource: DeadlineSource?
    /// Whether the target repeats, e.g. each year of the horizon.
    public var recurrence: Recurrence?
    /// Whether the target counts new things (新增, 培育) rather than a level or total.
    public var isIncrement: Bool
    /// Whether the target is hedged (力争, 争取): a stretch goal rather than a commitment.
    public var isAspirational: Bool
    /// The units named as responsible for this item, lead first.
    public var responsible: [ResponsibleUnit]
    /// How sure the extractor is, in `0...1`: low where a rule guessed.
    public var confidence: Double
    /// Whether the plan marks the target binding (约束性, `true`) or expected (预期性, `false`),
    /// as an indicator table's 属性 column does; `nil` when it says neither.
    public var binding: Bool?
    /// The value the target starts from, as an indicator table's base-year column gives it.
    public var baseline: Baseline?
    /// Whether a change target promises a fall (`下降13.5%`, `降低0.5个百分点`): ``value`` is the
    /// size of the fall, and the figures logged for it are changes with their sign (-3.1 for a
    /// fall of 3.1 %).
    public var isReduction: Bool
    /// The year whose level a change is measured from: 2020 for `比2020年下降13.5%`, 2023 for
    /// `比上年增长8%` in a plan due 2024 (for a recurring target, the year before each of its
    /// years counts instead); `nil` for a target that is no change from a stated year. Such a
    /// target's figures are levels, and the change is judged from the level of that year.
    public var baseYear: Int?

    /// Creates a target; every field is explicit so that tests read as records.
    public init(
        quote: String, span: TextSpan, section: String?, metric: String, kind: TargetKind,
        value: Double, valueMax: Double? = nil, unit: Unit, comparator: Comparator,
        deadline: CalendarDay?, deadlineSource: DeadlineSource?, recurrence: Recurrence? = nil,
        isIncrement: Bool, isAspirational: Bool = false, responsible: [ResponsibleUnit] = [],
        confidence: Double, binding: Bool? = nil, baseline: Baseline? = nil, isReduction: Bool = false,
        baseYear: Int? = nil
    ) {
        self.quote = quote
        self.span = span
        self.section = section
        self.metric = metric
        self.kind = kind
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.comparator = comparator
        self.deadline = deadline
        self.deadlineSource = deadlineSource
        self.recurrence = recurrence
        self.isIncrement = isIncrement
        self.isAspirational = isAspirational
        self.responsible = responsible
        self.confidence = confidence
        self.binding = binding
        self.baseline = baseline
        self.isReduction = isReduction
        self.baseYear = baseYear
    }
}
