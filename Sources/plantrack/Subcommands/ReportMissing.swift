import ArgumentParser
import PlanIngest
import PlanStore

extension Plantrack.Report {
    /// `plantrack report missing`: targets waiting for figures, and who should provide them.
    struct Missing: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List targets with no figure for their latest due period, and who should provide one.",
            discussion: "Kept apart from the status report: a missing figure is not the same as being behind."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ReportOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let day = options.day
            let store = try global.openStore()
            let statuses = try store.statuses(asOf: day, plan: options.plan) { $0.state == .noData }
            try StatusReportWriter.write(
                name: "missing", title: "Figures missing as of \(day.iso): \(statuses.count)",
                emptyMessage: "No figures are missing as of \(day.iso).", statuses: statuses,
                table: Self.table(statuses), stateColumn: nil, options: options, output: output, store: store,
                sections: [.init(name: "No figure", statuses: statuses)])
        }

        /// Plan, target, deadline, the last period reported, and the units to ask (lead first).
        static func table(_ statuses: [TargetStatus]) -> TextTable {
            var table = TextTable(columns: [
                .init("Plan", alignment: .right), .init("ID", alignment: .right), .init("Metric"),
                .init("Target"), .init("Deadline"), .init("Last period"), .init("Ask"),
            ])
            for status in statuses {
                let target = status.target.target
                let units = target.responsible.sorted { $0.isLead && !$1.isLead }
                table.append([
                    String(status.target.planID), String(status.target.id),
                    TargetText.metric(target, instanceYear: status.instanceYear), NumberText.target(target),
                    status.deadline?.iso ?? "-", status.lastPeriod?.description ?? "none",
                    units.isEmpty ? "(no unit named)" : TargetText.responsible(units),
                ])
            }
            return table
        }
    }
}
