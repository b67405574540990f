import PlanIngest
import PlanStore

/// A status report as one self-contained HTML page that prints and mails well: summary counts,
/// then a table per plan with, for each target with figures, an inline SVG of them as of the
/// report's day (``ProgressChart``). Printed, the page is A4 landscape.
struct HTMLStatusReport {
    var title: String
    var asOf: CalendarDay
    var statuses: [TargetStatus]
    var plans: [Int64: PlanSummary]
    /// Current (not replaced) figures by target id.
    var figures: [Int64: [ProgressRecord]]

    func rendered() -> String {
        var body = "<h1>\(HTML.escape(title))</h1>\n"
        body +=
            "<p class=\"meta\">As of \(asOf.iso) · \(statuses.count) target\(statuses.count == 1 ? "" : "s")</p>\n"
        body += "<div class=\"summary\">"
        for state in TargetState.allCases {
            let count = statuses.filter { $0.state == state }.count
            if count > 0 {
                body +=
                    "<span class=\"badge \(Self.cssClass(state))\">\(HTML.escape(state.rawValue)): \(count)</span>"
            }
        }
        body += "</div>\n"
        body +=
            "<p class=\"legend\">Charts, as of \(asOf.iso): blue, the figures logged up to that day (running sum for increment targets), the latest one written; red dashes, the target; grey dots, the linear path from the start to the target at the deadline; amber, the deadline; the faint blue line, the day of the report.</p>\n"

        var planOrder: [Int64] = []
        for status in statuses where !planOrder.contains(status.target.planID) {
            planOrder.append(status.target.planID)
        }
        let chart = ProgressChart()
        for planID in planOrder {
            let plan = plans[planID]
            let name = plan?.title ?? plan?.fileName ?? "Plan \(planID)"
            let heading = "Plan \(planID): \(name)"
            // A report of one plan is titled by it already.
            if heading != title { body += "<h2>\(HTML.escape(heading))</h2>\n" }
            if let plan {
                let details = [plan.issuer, plan.documentNumber, plan.issueDate?.iso].compactMap { $0 }
                if !details.isEmpty {
                    body += "<p class=\"meta\">\(HTML.escape(details.joined(separator: " · ")))</p>\n"
                }
            }
            body +=
                "<table>\n<thead><tr><th>ID</th><th>Metric</th><th>Target</th><th>Deadline</th><th>Achieved</th><th>Gap</th><th>%</th><th>State</th><th>Responsible</th><th>Progress</th></tr></thead>\n<tbody>\n"
            for status in statuses where status.target.planID == planID {
                let target = status.target.statement
                let svg = chart.svg(for: status, figures: figures[status.target.id] ?? [], asOf: asOf) ?? ""
                body += "<tr>"
                body += "<td class=\"number\">\(status.target.id)</td>"
                body +=
                    "<td class=\"metric\">\(HTML.escape(TargetText.metric(target, instanceYear: status.instanceYear)))<div class=\"quote\">\(HTML.escape(target.quote))</div></td>"
                body += "<td class=\"number\">\(HTML.escape(NumberText.target(target)))</td>"
                body += "<td class=\"number\">\(HTML.escape(status.deadline?.iso ?? "-"))</td>"
                body +=
                    "<td class=\"number\">\(HTML.escape(TargetText.quantity(status.achieved, of: target)))</td>"
                body +=
                    "<td class=\"number\">\(HTML.escape(TargetText.quantity(status.gap, of: target)))</td>"
                body +=
                    "<td class=\"number\">\(HTML.escape(status.percentAchieved.map(NumberText.percent) ?? "-"))</td>"
                body +=
                    "<td><span class=\"badge \(Self.cssClass(status.state))\">\(HTML.escape(status.state.rawValue))</span></td>"
                body +=
                    "<td class=\"responsible\">\(HTML.escape(TargetText.responsible(target.responsible)))</td>"
                body += "<td class=\"chart\">\(svg)</td>"
                body += "</tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        if statuses.isEmpty { body += "<p>No targets to report.</p>\n" }
        return HTML.page(title: title, body: body)
    }

    /// `on track` → `on-track`.
    static func cssClass(_ state: TargetState) -> String {
        state.rawValue.replacingAll(" ", with: "-")
    }
}
