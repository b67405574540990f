import PlanIngest

/// Corrections to a target's fields; `nil` fields stay as they are.
///
/// ```swift
/// TargetEdit(value: 1500, deadline: CalendarDay(iso: "2025-12-31"))
/// ```
public struct TargetEdit: Sendable, Hashable, Codable {
    /// What is measured.
    public var metric: String?
    /// The sort of quantity.
    public var kind: TargetKind?
    /// The value in the base unit (the lower end of a range).
    public var value: Double?
    /// The upper end of a range.
    public var valueMax: Double?
    /// The base unit.
    public var unit: Unit?
    /// How achieved figures compare with the value.
    public var comparator: Comparator?
    /// The deadline (then marked as stated).
    public var deadline: CalendarDay?
    /// Whether the target counts new things rather than a level.
    public var isIncrement: Bool?
    /// Whether it is a stretch goal.
    public var isAspirational: Bool?
    /// Whether it repeats each year of the plan; `.some(nil)` makes it one-off.
    public var recurrence: Recurrence??
    /// The units answerable for it, leads first; replaces the stored ones.
    public var responsible: [ResponsibleUnit]?
    /// Where a level starts: the value the office knows for a year (`--baseline 850
    /// --baseline-period 2020`); the pace runs from it.
    public var baseline: Baseline?

    /// Creates an edit; name only the fields to change.
    public init(
        metric: String? = nil, kind: TargetKind? = nil, value: Double? = nil, valueMax: Double? = nil,
        unit: Unit? = nil, comparator: Comparator? = nil, deadline: CalendarDay? = nil,
        isIncrement: Bool? = nil, isAspirational: Bool? = nil, recurrence: Recurrence?? = nil,
        responsible: [ResponsibleUnit]? = nil, baseline: Baseline? = nil
    ) {
        self.metric = metric
        self.kind = kind
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.comparator = comparator
        self.deadline = deadline
        self.isIncrement = isIncrement
        self.isAspirational = isAspirational
        self.recurrence = recurrence
        self.responsible = responsible
        self.baseline = baseline
    }

    /// Whether the edit changes nothing.
    public var isEmpty: Bool { self == TargetEdit() }
}
