import PlanIngest
import PlanStore

/// A stored target as `targets --format json` and `import --format json` print it: the stable
/// contract, with snake_case keys like `extract`'s.
struct TargetJSON: Encodable {
    struct Source: Encodable {
        var quote: String
        var start: Int
        var end: Int
    }

    /// Where the target starts from: `{"value": 850, "year": 2020}`.
    struct Baseline: Encodable {
        var value: Double
        var year: Int?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .value)
            try container.encode(year, forKey: .year)
        }

        enum CodingKeys: String, CodingKey {
            case value, year
        }
    }

    var id: Int64
    var planID: Int64
    var planTitle: String?
    var section: String?
    var metric: String
    var kind: String
    var value: Double
    var valueMax: Double?
    var unit: String
    var comparator: String
    var deadline: String?
    var deadlineSource: String?
    var recurring: String?
    var increment: Bool
    var aspirational: Bool
    var binding: Bool?
    var baseline: Baseline?
    var baseYear: Int?
    var reduction: Bool
    var responsible: [String]
    var leadUnits: [String]
    var reviewState: String
    var retired: Bool
    var sources: [Source]

    enum CodingKeys: String, CodingKey {
        case id, section, metric, kind, value, unit, comparator, deadline, recurring, increment
        case aspirational, binding, baseline, reduction, responsible, retired, sources
        case planID = "plan_id"
        case planTitle = "plan_title"
        case valueMax = "value_max"
        case deadlineSource = "deadline_source"
        case leadUnits = "lead_units"
        case reviewState = "review_state"
        case baseYear = "base_year"
    }

    init(_ stored: StoredTarget) {
        let target = stored.target
        id = stored.id
        planID = stored.planID
        planTitle = stored.planTitle
        section = target.section
        metric = target.metric
        kind = target.kind.rawValue
        value = target.value
        valueMax = target.valueMax
        unit = target.unit.rawValue
        comparator = target.comparator.rawValue
        deadline = target.deadline?.iso
        deadlineSource = target.deadlineSource?.rawValue
        recurring = target.recurrence?.rawValue
        increment = target.isIncrement
        aspirational = target.isAspirational
        binding = target.binding
        baseline = target.baseline.map { Baseline(value: $0.value, year: $0.year) }
        baseYear = target.baseYear
        reduction = target.isReduction
        responsible = target.responsible.map(\.name)
        leadUnits = target.responsible.filter(\.isLead).map(\.name)
        reviewState = stored.reviewState.rawValue
        retired = stored.isRetired
        sources = stored.sources.map { Source(quote: $0.quote, start: $0.span.start, end: $0.span.end) }
    }

    /// Encodes optionals as `null` rather than leaving the key out, so every key is always there.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(planID, forKey: .planID)
        try container.encode(planTitle, forKey: .planTitle)
        try container.encode(section, forKey: .section)
        try container.encode(metric, forKey: .metric)
        try container.encode(kind, forKey: .kind)
        try container.encode(value, forKey: .value)
        try container.encode(valueMax, forKey: .valueMax)
        try container.encode(unit, forKey: .unit)
        try container.encode(comparator, forKey: .comparator)
        try container.encode(deadline, forKey: .deadline)
        try container.encode(deadlineSource, forKey: .deadlineSource)
        try container.encode(recurring, forKey: .recurring)
        try container.encode(increment, forKey: .increment)
        try container.encode(aspirational, forKey: .aspirational)
        try container.encode(binding, forKey: .binding)
        try container.encode(baseline, forKey: .baseline)
        try container.encode(baseYear, forKey: .baseYear)
        try container.encode(reduction, forKey: .reduction)
        try container.encode(responsible, forKey: .responsible)
        try container.encode(leadUnits, forKey: .leadUnits)
        try container.encode(reviewState, forKey: .reviewState)
        try container.encode(retired, forKey: .retired)
        try container.encode(sources, forKey: .sources)
    }
}
