import ArgumentParser
import PlanIngest
import PlanStore

extension Plantrack {
    /// `plantrack show TARGET`: one target with its sources, progress history and status.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one target: its quote in context, progress history and status."
        )

        @OptionGroup var global: GlobalOptions

        @OptionGroup var lookup: TargetLookup

        @Option(
            help: ArgumentHelp(
                "The day to judge the status at (YYYY-MM-DD); default today.", valueName: "date"))
        var asOf: CalendarDay?

        func run() throws {
            let store = try global.openStore()
            let stored = try lookup.resolved(in: store)
            let day = asOf ?? .today
            let history = try store.progress(ofTarget: stored.id, includingReplaced: true)
            let statuses = try store.statuses(asOf: day, plan: stored.planID).filter {
                $0.target.id == stored.id
            }
            let plan = try store.plan(id: stored.planID)
            let text = try store.planText(id: stored.planID)
            Console.out(
                Self.render(stored, plan: plan, text: text, history: history, statuses: statuses, asOf: day),
                terminator: "")
        }

        static func render(
            _ stored: StoredTarget, plan: PlanSummary?, text: String?, history: [ProgressRecord],
            statuses: [TargetStatus],
            asOf day: CalendarDay
        ) -> String {
            let target = stored.statement
            var lines: [String] = []
            lines.append("Target \(stored.id): \(target.metric) \(NumberText.target(target))")
            let planName = plan?.title ?? stored.planTitle ?? "(untitled)"
            lines.append("Plan:        \(stored.planID) \(planName)")
            if let section = target.section { lines.append("Section:     \(section)") }
            var kind = target.kind.rawValue + (target.isIncrement ? ", increment" : ", level")
            if target.recurrence == .annual { kind += ", every year" }
            if target.isAspirational { kind += ", aspirational (力争)" }
            lines.append("Kind:        \(kind)")
            if let binding = target.binding {
                lines.append("Binding:     " + (binding ? "yes (约束性)" : "no (预期性)"))
            }
            if let baseline = target.baseline {
                let year = baseline.year.map { " in \($0)" } ?? ""
                lines.append("Baseline:    \(FigureText.figure(baseline.value, of: target))\(year)")
            }
            if let baseYear = target.baseYear {
                let each = target.recurrence == .annual ? " (the year before each year)" : ""
                lines.append(
                    "Base year:   \(baseYear)\(each); figures are levels, the change is measured from it")
            }
            var deadline = target.deadline?.iso ?? "none"
            if target.deadlineSource == .inherited { deadline += " (plan horizon)" }
            lines.append("Deadline:    \(deadline)")
            if !target.responsible.isEmpty {
                lines.append("Responsible: \(TargetText.responsible(target.responsible))")
            }
            lines.append("Review:      \(stored.reviewState.rawValue)")
            lines.append("")
            let sources =
                stored.sources.isEmpty
                ? [TargetSource(quote: target.quote, span: target.span)] : stored.sources
            lines.append(sources.count == 1 ? "Stated:" : "Stated \(sources.count) times:")
            for source in sources {
                let excerpt =
                    text.flatMap { QuoteContext.excerpt(of: source.span, in: $0) } ?? "【\(source.quote)】"
                lines.append("  \(excerpt)")
                lines.append(
                    "    (characters \(source.span.start)-\(source.span.end) of `plantrack text \(plan?.fileName ?? "FILE")`)"
                )
            }
            lines.append("")
            if history.isEmpty {
                lines.append("Progress: no figures logged yet.")
            } else {
                lines.append("Progress:")
                var table = TextTable(columns: [
                    .init("Period"), .init("Value", alignment: .right), .init("Note"), .init("Source"),
                    .init("Recorded"), .init("Replaced"),
                ])
                for record in history {
                    table.append([
                        record.period.description, FigureText.figure(record.value, of: target),
                        record.note ?? "", record.source ?? "", TimestampText.local(record.recordedAt),
                        record.replacedAt.map(TimestampText.local) ?? "",
                    ])
                }
                lines.append(
                    table.renderedForTerminal().split(separator: "\n").map { "  " + $0 }.joined(
                        separator: "\n"))
            }
            lines.append("")
            lines.append("Status as of \(day.iso):")
            for status in statuses {
                var line = "  "
                if let year = status.instanceYear { line += "\(year): " }
                line += status.state.rawValue
                if status.state == .noBaseline, let baseYear = status.baseYear {
                    line +=
                        ": no level logged for \(baseYear); log it with `plantrack log \(stored.id) \(baseYear) VALUE`, or set it with `plantrack targets edit \(stored.id) --baseline VALUE --baseline-period \(baseYear)`"
                }
                if let achieved = status.achieved {
                    line += "; achieved \(NumberText.quantity(achieved, unit: target.unit))"
                }
                if let percent = status.percentAchieved { line += " (\(NumberText.percent(percent)))" }
                if let gap = status.gap, gap > 0 {
                    line += "; gap \(NumberText.quantity(gap, unit: target.unit))"
                }
                if let days = status.daysOverdue { line += "; \(days) days overdue" }
                if let last = status.lastPeriod { line += "; last period \(last.description)" }
                lines.append(line)
            }
            if statuses.isEmpty { lines.append("  not assessed") }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
