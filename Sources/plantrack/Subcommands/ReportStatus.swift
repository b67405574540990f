import ArgumentParser
import PlanStore

extension Plantrack.Report {
    /// `plantrack report status`: every target's state at a date.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Show every target's state: met, on track, at risk, off track, no trend, overdue, breached, no data.",
            discussion: "Recurring targets get one row per year of the plan's horizon."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            let day = options.day
            let store = try options.openStore(global)
            let report = StatusReport(
                name: "status", asOf: day, columns: .status,
                emptyMessage: "No targets stored yet; import a plan first."
            ) { counts in "Status as of \(day.iso): \(counts)" }
            // Streamed: a report over a million targets holds one at a time.
            try report.write(options: options, store: store) { passes, body in
                try store.forEachStatus(
                    asOf: day, plan: options.plan, binding: options.binding,
                    withSources: report.needsQuotes(in: options.output.resolvedFormat),
                    passes: passes, body)
            }
        }
    }
}
