import ArgumentParser
import PlanIngest
import PlanStore
import PlanWriting

extension Plantrack.Report {
    /// `plantrack report plan N`: one plan's scorecard.
    struct PlanScorecard: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract:
                "One plan's scorecard: what it is, its targets counted by state, and every target's status."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The plan id (see `plantrack plans`).", valueName: "id"))
        var planID: Int64

        @OptionGroup var options: ReportOptions

        func validate() throws {
            if options.plan != nil {
                throw ValidationError(
                    "Give the plan as the argument (report plan \(planID)), not with --plan.")
            }
        }

        func run() throws {
            let day = options.day
            let store = try global.openStore()
            guard let plan = try store.plan(id: planID) else {
                throw CLIError("no plan \(planID): see `plantrack plans` for the ids")
            }
            let statuses = try store.statuses(asOf: day, plan: planID, binding: options.binding) { _ in true }
            let name = plan.title ?? plan.fileName
            let details = [
                plan.issuer, plan.documentNumber, plan.issueDate.map { "issued \($0.iso)" }, plan.region,
                plan.horizon.map { "\($0.startYear)-\($0.endYear)" },
            ].compactMap { $0 }.joined(separator: " · ")
            let title = "Plan \(plan.id): \(name.withVisibleControls)"
            let report = StatusReport(
                name: "plan", asOf: day, columns: .status, title: { _ in title },
                subtitle: { counts in
                    (details.isEmpty ? [""] : [details.withVisibleControls, ""])
                        + ["As of \(day.iso): \(counts)"]
                })
            try report.write(statuses, options: options, store: store)
        }
    }
}
