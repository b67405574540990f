import ArgumentParser
import PlanIngest
import PlanStore

extension Plantrack.Report {
    /// `plantrack report overdue`: every target past its deadline and not met.
    struct Overdue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every target past its deadline and not met.",
            discussion: """
                A deadline such as 到2025年 is the end of 2025-12-31: the target is overdue from \
                2026-01-01 while unmet. Recurring targets are judged year by year.
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            let day = options.day
            let store = try global.openStore()
            let format = options.output.resolvedFormat
            let report = StatusReport(name: "overdue", asOf: day, columns: .overdue) { _ in
                "Overdue targets as of \(day.iso)"
            }
            // Only targets due before the day can be overdue: the store skips the others in SQL.
            var overdue: [TargetStatus] = []
            try store.forEachStatus(
                asOf: day, plan: options.plan, dueBefore: day, withSources: report.needsQuotes(in: format)
            ) { _, status in
                if status.isOverdue(asOf: day) { overdue.append(status) }
            }
            let statuses = Self.reportOrder(overdue)
            switch format {
            case .json, .csv, .html:
                try report.write(statuses, options: options, store: store)
            case .table, .markdown:
                try options.output.emit(Self.text(statuses, asOf: day, format: format))
                var failOn = try options.failOnCounter()
                statuses.forEach { failOn.count($0) }
                try options.checkFailOn(failOn)
            }
        }

        /// The statuses in the order of the report: those behind with figures reported, then
        /// those nobody reported on (two different conversations), each most overdue first.
        static func reportOrder(_ overdue: [TargetStatus]) -> [TargetStatus] {
            // Sort positions rather than the statuses themselves: a status is a large value.
            let keys = overdue.map { (hasFigures: $0.lastPeriod != nil, days: $0.daysOverdue ?? 0) }
            let order = keys.indices.sorted { left, right in
                let (a, b) = (keys[left], keys[right])
                if a.hasFigures != b.hasFigures { return a.hasFigures }
                return a.days != b.days ? a.days > b.days : left < right
            }
            return order.map { overdue[$0] }
        }

        /// The report for people: overdue targets with figures, then those past their deadline
        /// with no figure at all.
        static func text(_ statuses: [TargetStatus], asOf day: CalendarDay, format: OutputFormat) -> String {
            if statuses.isEmpty { return "No target is overdue as of \(day.iso).\n" }
            let reported = statuses.filter { $0.lastPeriod != nil }
            let unreported = statuses.filter { $0.lastPeriod == nil }
            let heading = format == .markdown ? "## " : ""
            let subheading = format == .markdown ? "### " : ""
            func render(_ table: TextTable) -> String {
                format == .markdown ? table.renderedAsMarkdown() : table.renderedForTerminal()
            }
            var text = "\(heading)Overdue targets as of \(day.iso): \(statuses.count)\n"
            if !reported.isEmpty {
                text +=
                    "\n\(subheading)Behind, with figures reported: \(reported.count)\n\n"
                    + render(StatusColumns.overdue.table(reported))
            }
            if !unreported.isEmpty {
                text +=
                    "\n\(subheading)No figure reported: \(unreported.count)\n\n"
                    + render(StatusColumns.unreported.table(unreported))
            }
            return text
        }
    }
}
