import PlanIngest
import PlanStore

/// One target's status as the reports print it in JSON: the stable contract for scripts.
///
/// Amounts are numbers in the target's base unit (`unit`); dates are `YYYY-MM-DD`; absent values
/// are `null`, never left out.
struct StatusJSON: Encodable {
    var planID: Int64
    var planTitle: String?
    var targetID: Int64
    var metric: String
    var quote: String
    var comparator: String
    var value: Double
    var valueMax: Double?
    var unit: String
    var instanceYear: Int?
    var windowStart: String?
    var deadline: String?
    var achieved: Double?
    var gap: Double?
    var percentAchieved: Double?
    var paceRatio: Double?
    var state: String
    var daysOverdue: Int?
    var lastPeriod: String?
    var responsible: [String]
    var leadUnits: [String]

    enum CodingKeys: String, CodingKey {
        case metric, quote, comparator, value, unit, deadline, achieved, gap, state, responsible
        case planID = "plan_id"
        case planTitle = "plan_title"
        case targetID = "target_id"
        case valueMax = "value_max"
        case instanceYear = "instance_year"
        case windowStart = "window_start"
        case percentAchieved = "percent_achieved"
        case paceRatio = "pace_ratio"
        case daysOverdue = "days_overdue"
        case lastPeriod = "last_period"
        case leadUnits = "lead_units"
    }

    init(_ status: TargetStatus) {
        let stored = status.target
        let target = stored.target
        planID = stored.planID
        planTitle = stored.planTitle
        targetID = stored.id
        metric = target.metric
        quote = target.quote
        comparator = target.comparator.rawValue
        value = target.value
        valueMax = target.valueMax
        unit = target.unit.rawValue
        instanceYear = status.instanceYear
        windowStart = status.windowStart?.iso
        deadline = status.deadline?.iso
        achieved = status.achieved
        gap = status.gap
        percentAchieved = status.percentAchieved
        paceRatio = status.paceRatio
        state = status.state.rawValue
        daysOverdue = status.daysOverdue
        lastPeriod = status.lastPeriod?.description
        responsible = target.responsible.map(\.name)
        leadUnits = target.responsible.filter(\.isLead).map(\.name)
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(planID, forKey: .planID)
        try container.encode(planTitle, forKey: .planTitle)
        try container.encode(targetID, forKey: .targetID)
        try container.encode(metric, forKey: .metric)
        try container.encode(quote, forKey: .quote)
        try container.encode(comparator, forKey: .comparator)
        try container.encode(value, forKey: .value)
        try container.encode(valueMax, forKey: .valueMax)
        try container.encode(unit, forKey: .unit)
        try container.encode(instanceYear, forKey: .instanceYear)
        try container.encode(windowStart, forKey: .windowStart)
        try container.encode(deadline, forKey: .deadline)
        try container.encode(achieved, forKey: .achieved)
        try container.encode(gap, forKey: .gap)
        try container.encode(percentAchieved, forKey: .percentAchieved)
        try container.encode(paceRatio, forKey: .paceRatio)
        try container.encode(state, forKey: .state)
        try container.encode(daysOverdue, forKey: .daysOverdue)
        try container.encode(lastPeriod, forKey: .lastPeriod)
        try container.encode(responsible, forKey: .responsible)
        try container.encode(leadUnits, forKey: .leadUnits)
    }
}

/// A report in JSON: when it was taken and its rows.
struct StatusReportJSON: Encodable {
    var report: String
    var asOf: String
    var targets: [StatusJSON]

    enum CodingKeys: String, CodingKey {
        case report, targets
        case asOf = "as_of"
    }
}

extension StatusReportJSON {
    /// Writes the JSON of a report piece by piece, exactly as ``JSONOutput`` writes the whole:
    /// the opening with `as_of` and `report`, each target indented inside `targets`, and the
    /// closing.
    struct Writer {
        let report: String
        let asOf: String

        /// Everything up to the opening bracket of `targets`.
        func opening() throws -> String {
            "{\n  \"as_of\" : \(try Writer.scalar(asOf)),\n  \"report\" : \(try Writer.scalar(report)),\n"
                + "  \"targets\" : ["
        }

        /// One target as it stands inside `targets`, without the separator before it (a line
        /// break for the first, a comma and a line break for the others).
        static func indented(_ target: StatusJSON) throws -> String {
            let lines = try JSONOutput.text(of: target).dropLast().split(
                separator: "\n", omittingEmptySubsequences: false)
            return lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        }

        /// The closing brackets after `count` targets.
        func closing(afterElements count: Int) -> String {
            (count == 0 ? "\n" : "") + "\n  ]\n}\n"
        }

        /// A string as a JSON value.
        private static func scalar(_ text: String) throws -> String {
            try JSONOutput.text(of: text).trimmingWhitespace()
        }
    }
}
