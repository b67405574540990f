import ArgumentParser
import PlanIngest
import PlanStore

extension Plantrack.Report {
    /// `plantrack report missing`: targets waiting for figures, and who should provide them.
    struct Missing: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List targets with no figure for their latest due period, and who should provide one.",
            discussion: """
                Kept apart from the status report: a missing figure is not the same as being behind. \
                A change from a base year (比2020年下降13.5%) whose base year has no figure is listed too, \
                with that year in Last period (base 2020); one whose base year has not ended yet is not.
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            let day = options.day
            let store = try options.openStore(global)
            let statuses = try store.statuses(asOf: day, plan: options.plan, binding: options.binding) {
                ($0.state == .noData && !$0.awaitsBaseYear(asOf: day)) || $0.state == .noBaseline
            }
            let report = StatusReport(
                name: "missing", asOf: day, columns: .missing,
                emptyMessage: "No figures are missing as of \(day.iso)."
            ) { counts in "Figures missing as of \(day.iso): \(counts.total)" }
            try report.write(statuses, options: options, store: store)
        }
    }
}
