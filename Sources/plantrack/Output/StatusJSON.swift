import PlanIngest
import PlanStore
import PlanWriting

/// One target's status as the reports print it in JSON: the stable contract for scripts.
///
/// Amounts are numbers in the target's base unit (`unit`), rounded to six decimals (finer than
/// any figure a plan states, so a difference prints 0.14, not 0.13999999999999968); the pace
/// ratio and the percentage achieved keep four decimals (1.8049, 96.6667); dates are `YYYY-MM-DD`; absent values are `null`, never left out. The keys are
/// the contract's own, written in sorted order.
struct StatusJSON: JSONWritable {
    let status: TargetStatus

    init(_ status: TargetStatus) {
        self.status = status
    }

    func write(to writer: inout JSONWriter) {
        let stored = status.target
        let target = stored.statement
        writer.openObject()
        writer.key("achieved")
        writer.number(status.achieved)
        writer.field("base_year", status.baseYear)
        writer.field("comparator", target.comparator.rawValue)
        writer.field("days_overdue", status.daysOverdue)
        writer.field("deadline", status.deadline?.iso)
        writer.key("gap")
        writer.number(status.gap)
        writer.field("instance_year", status.instanceYear)
        writer.field("last_period", status.lastPeriod?.description)
        writer.field("lead_units", target.responsible.filter(\.isLead).map(\.name))
        writer.field("metric", target.metric)
        writer.key("pace_ratio")
        writer.number(status.paceRatio, decimals: JSONNumber.ratioDecimals)
        writer.key("percent_achieved")
        writer.number(status.percentAchieved, decimals: JSONNumber.ratioDecimals)
        writer.field("plan_id", Int(stored.planID))
        writer.field("plan_title", stored.planTitle)
        writer.field("quote", target.quote)
        writer.field("responsible", target.responsible.map(\.name))
        writer.field("state", status.state.rawValue)
        writer.field("target_id", Int(stored.id))
        writer.field("unit", target.unit.rawValue)
        writer.key("value")
        writer.number(target.value)
        writer.key("value_max")
        writer.number(target.valueMax)
        writer.field("window_start", status.windowStart?.iso)
        writer.closeObject()
    }
}
