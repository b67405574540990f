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
            let store = try options.openStore(global)
            let format = options.output.resolvedFormat
            let report = StatusReport(name: "overdue", asOf: day, columns: .overdue) { _ in
                "Overdue targets as of \(day.iso)"
            }
            let withSources = report.needsQuotes(in: format)
            switch format {
            case .csv:
                try writeSorted(report.csvWriter(for: options.output), store: store, withSources: withSources)
            case .json:
                try writeSorted(report.jsonWriter, store: store, withSources: withSources)
            case .html, .xlsx:
                let statuses = try overdueStatuses(store, withSources: withSources)
                try report.write(statuses, options: options, store: store)
            case .table, .markdown:
                let statuses = try overdueStatuses(store, withSources: withSources)
                try options.output.emit(
                    Self.text(statuses, asOf: day, format: format, width: options.tableWidth))
                var failOn = try options.failOnCounter()
                statuses.forEach { failOn.count($0) }
                try options.checkFailOn(failOn)
            }
        }

        /// Calls `body` with each status past its deadline and not met, in report order.
        private func forEachOverdue(
            _ store: Store, withSources: Bool, _ body: (TargetStatus) throws -> Void
        ) throws {
            let day = options.day
            // Only targets due before the day can be overdue: the store skips the others in SQL.
            try store.forEachStatus(
                asOf: day, plan: options.plan, dueBefore: day, binding: options.binding,
                withSources: withSources
            ) {
                _, status in
                if status.isOverdue(asOf: day) { try body(status) }
            }
        }

        /// The overdue statuses in the order of ``OverdueOrder``.
        private func overdueStatuses(_ store: Store, withSources: Bool) throws -> [TargetStatus] {
            var overdue: [TargetStatus] = []
            try forEachOverdue(store, withSources: withSources) { overdue.append($0) }
            return OverdueOrder.sorted(overdue)
        }

        /// CSV or JSON: each row rendered as its status comes, and only the rendered rows held
        /// until they are sorted.
        private func writeSorted(_ writer: some RowReportWriter, store: Store, withSources: Bool) throws {
            var writer = writer
            var rows = RenderedRows()
            var failOn = try options.failOnCounter()
            try forEachOverdue(store, withSources: withSources) { status in
                failOn.count(status)
                rows.append(status, renderedBy: writer)
            }
            try options.output.stream { text in
                try writer.start(to: &text)
                for row in rows.inOverdueOrder() { try writer.add(renderedRow: row, to: &text) }
                try writer.finish(to: &text)
            }
            try options.checkFailOn(failOn)
        }

        /// The report for people: overdue targets with figures, then those past their deadline
        /// with no figure at all; tables fit `width` when it is given.
        static func text(
            _ statuses: [TargetStatus], asOf day: CalendarDay, format: OutputFormat, width: Int? = nil
        ) -> String {
            if statuses.isEmpty { return "No target is overdue as of \(day.iso).\n" }
            let reported = statuses.filter { $0.lastPeriod != nil }
            let unreported = statuses.filter { $0.lastPeriod == nil }
            let heading = format == .markdown ? "## " : ""
            let subheading = format == .markdown ? "### " : ""
            func render(_ table: TextTable) -> String {
                format == .markdown ? table.renderedAsMarkdown() : table.renderedForTerminal(width: width)
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
