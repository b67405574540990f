import PlanIngest
import PlanStore

/// A status of a target stating `value` in `unit`, with only what the rows print varied.
func makeStatus(
    metric: String = "高新技术企业", value: Double = 1500, valueMax: Double? = nil, unit: Unit = .organisation,
    comparator: Comparator = .atLeast, responsible: [ResponsibleUnit] = [.init(name: "市科技局", isLead: true)],
    instanceYear: Int? = nil, deadline: String? = "2025-12-31", achieved: Double? = nil, gap: Double? = nil,
    percentAchieved: Double? = nil, state: TargetState = .noData, daysOverdue: Int? = nil,
    lastPeriod: String? = nil
) -> TargetStatus {
    let target = Target(
        quote: "全市\(metric)达到\(value)", span: TextSpan(start: 0, end: 1), section: nil, metric: metric,
        kind: .count, value: value, valueMax: valueMax, unit: unit, comparator: comparator,
        deadline: deadline.flatMap { CalendarDay(iso: $0) }, deadlineSource: nil, isIncrement: false,
        responsible: responsible, confidence: 1)
    return TargetStatus(
        target: StoredTarget(
            id: 42, planID: 7, planTitle: nil, statement: target, sources: [], reviewState: .extracted),
        instanceYear: instanceYear, windowStart: nil, deadline: deadline.flatMap { CalendarDay(iso: $0) },
        achieved: achieved, gap: gap, percentAchieved: percentAchieved, state: state,
        daysOverdue: daysOverdue, lastPeriod: lastPeriod.flatMap { Period($0) })
}
