import ArgumentParser
import PlanIngest
import PlanStore
import PlanWriting

extension Plantrack.Report {
    /// `plantrack report compare METRIC`: the same metric across plans and regions.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare one metric across plans and regions, e.g. 高新技术企业.",
            discussion: "Every target whose metric contains the text is listed, with its plan's region."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("Text the metric contains, e.g. 高新技术企业.", valueName: "metric"))
        var metric: String

        @OptionGroup var options: ReportOptions

        func validate() throws {
            if metric.trimmingWhitespace().isEmpty {
                throw ValidationError("Name the metric to compare, e.g. 高新技术企业.")
            }
        }

        func run() throws {
            let day = options.day
            let store = try options.openStore(global)
            let wanted = metric.trimmingWhitespace()
            let shown = wanted.withVisibleControls
            let statuses = try store.statuses(asOf: day, plan: options.plan, binding: options.binding) {
                $0.target.statement.metric.contains(wanted)
            }
            let regions = Dictionary(
                try store.plans().map { ($0.id, $0.region ?? "-") }, uniquingKeysWith: { first, _ in first })
            let report = StatusReport(
                name: "compare", asOf: day, columns: .compare(regions: regions),
                emptyMessage: "No target's metric contains \(shown)."
            ) { counts in "\(shown) across plans as of \(day.iso): \(counts.total) targets" }
            try report.write(statuses, options: options, store: store)
        }
    }
}
