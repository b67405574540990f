import ArgumentParser
import PlanIngest
import PlanStore

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
        @OptionGroup var output: OutputOptions

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
            let statuses = try store.statuses(asOf: day, plan: planID)
            let name = plan.title ?? plan.fileName
            let details = [
                plan.issuer, plan.documentNumber, plan.issueDate.map { "issued \($0.iso)" }, plan.region,
                plan.horizon.map { "\($0.startYear)-\($0.endYear)" },
            ].compactMap { $0 }.joined(separator: " · ")
            let title = "Plan \(plan.id): \(name.withVisibleControls)"
            switch output.resolvedFormat {
            case .table, .markdown:
                let heading = output.resolvedFormat == .markdown ? "## " : ""
                var text = "\(heading)\(title)\n"
                if !details.isEmpty {
                    text +=
                        (output.resolvedFormat == .markdown ? "\n" : "") + details.withVisibleControls + "\n"
                }
                text += "\nAs of \(day.iso): \(StatusTable.counts(statuses))\n\n"
                let table = StatusTable.status(statuses)
                if output.resolvedFormat == .markdown {
                    text += table.renderedAsMarkdown()
                } else {
                    let style =
                        output.isStandardOutput
                        ? TerminalStyle.forStandardOutput() : TerminalStyle(isEnabled: false)
                    text += table.renderedForTerminal { row, column, cell in
                        column == StatusTable.statusStateColumn && row < statuses.count
                            ? style.paint(cell, for: statuses[row].state) : cell
                    }
                }
                try output.emit(text)
                try options.checkFailOn(statuses)
            case .json, .csv, .html, .xlsx:
                try StatusReportWriter.write(
                    name: "plan", title: title, emptyMessage: "", statuses: statuses,
                    table: StatusTable.status(statuses), stateColumn: StatusTable.statusStateColumn,
                    options: options, output: output, store: store,
                    sections: [.init(name: "\(plan.id) \(name)", statuses: statuses)])
            }
        }
    }
}
