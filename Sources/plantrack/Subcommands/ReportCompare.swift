import ArgumentParser
import PlanIngest
import PlanStore

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
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if metric.trimmingWhitespace().isEmpty {
                throw ValidationError("Name the metric to compare, e.g. 高新技术企业.")
            }
        }

        func run() throws {
            let day = options.day
            let store = try global.openStore()
            let wanted = metric.trimmingWhitespace()
            let shown = wanted.withVisibleControls
            let statuses = try store.statuses(asOf: day, plan: options.plan, binding: options.binding) {
                $0.target.target.metric.contains(wanted)
            }
            let regions = Dictionary(
                try store.plans().map { ($0.id, $0.region ?? "-") }, uniquingKeysWith: { first, _ in first })
            try StatusReportWriter.write(
                name: "compare", title: "\(shown) across plans as of \(day.iso): \(statuses.count) targets",
                emptyMessage: "No target's metric contains \(shown).", statuses: statuses,
                table: Self.table(statuses, regions: regions), stateColumn: 4, options: options,
                output: output,
                store: store)
        }

        static func table(_ statuses: [TargetStatus], regions: [Int64: String]) -> TextTable {
            var table = TextTable(columns: [
                .init("Region"), .init("Plan", alignment: .right), .init("ID", alignment: .right),
                .init("Metric"), .init("State"), .init("Target"), .init("Deadline"),
                .init("Achieved", alignment: .right), .init("%", alignment: .right), .init("Quote"),
            ])
            for status in statuses {
                let target = status.target.target
                table.append([
                    regions[status.target.planID] ?? "-", String(status.target.planID),
                    String(status.target.id),
                    TargetText.metric(target, instanceYear: status.instanceYear), status.state.rawValue,
                    NumberText.target(target), status.deadline?.iso ?? "-",
                    TargetText.quantity(status.achieved, of: target),
                    status.percentAchieved.map(NumberText.percent) ?? "-", target.quote,
                ])
            }
            return table
        }
    }
}
