import ArgumentParser
import PlanIngest
import PlanStore

extension Plantrack {
    /// `plantrack targets ...`: list targets, and review what extraction found.
    struct Targets: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List targets, and review them: confirm, reject, edit, or add one extraction missed.",
            subcommands: [List.self, Review.self, Confirm.self, Reject.self, Edit.self, Add.self],
            defaultSubcommand: List.self
        )
    }
}

extension Plantrack.Targets {
    /// `plantrack targets [list] [--plan N] [--unit NAME] [--due-before DATE] [--[no-]binding]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "List stored targets, optionally of one plan, one responsible unit or due before a date."
        )

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("Only targets of this plan id.", valueName: "id"))
        var plan: Int64?

        @Option(
            help: ArgumentHelp("Only targets this responsible unit shares, e.g. 市科技局.", valueName: "name"))
        var unit: String?

        @Option(help: ArgumentHelp("Only targets due before this day (YYYY-MM-DD).", valueName: "date"))
        var dueBefore: CalendarDay?

        @Flag(
            inversion: .prefixedNo,
            help: "Only binding targets (约束性); with --no-binding, only expected ones (预期性).")
        var binding: Bool?

        @OptionGroup var output: OutputOptions

        func run() throws {
            let targets = try global.openStore().targets(
                matching: TargetFilter(plan: plan, unitName: unit, dueBefore: dueBefore, binding: binding))
            let table = TargetText.table(of: targets, showingPlan: plan == nil)
            switch output.resolvedFormat {
            case .json: try output.emit(JSONOutput.text(of: targets))
            case .table: try output.emit(table.renderedForTerminal())
            case .csv: try output.emit(table.renderedAsCSV(byteOrderMark: output.bom))
            case .markdown: try output.emit(table.renderedAsMarkdown())
            case .html: try output.emit(table.renderedAsHTML(title: "Targets"))
            case .xlsx: throw StatusWorkbook.unsupported("targets")
            }
        }
    }
}
