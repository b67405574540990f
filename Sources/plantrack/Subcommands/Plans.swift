import ArgumentParser
import PlanStore

extension Plantrack {
    /// `plantrack plans [list|remove|removed]`: the imported plans.
    struct Plans: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the imported plans, or remove one imported by mistake.",
            subcommands: [List.self, Remove.self, Removed.self], defaultSubcommand: List.self)
    }
}

extension Plantrack.Plans {
    /// `plantrack plans [list]`: the imported plans.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the imported plans.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let plans = try global.openStore().plans()
            switch output.resolvedFormat {
            case .json:
                try output.emit(JSONOutput.text(of: plans))
            case .table:
                try output.emit(Self.table(of: plans).renderedForTerminal())
            case .csv:
                try output.emit(Self.table(of: plans).renderedAsCSV(byteOrderMark: output.bom))
            case .markdown:
                try output.emit(Self.table(of: plans).renderedAsMarkdown())
            case .html:
                try output.emit(Self.table(of: plans).renderedAsHTML(title: "Plans"))
            case .xlsx:
                throw StatusWorkbook.unsupported("plans")
            }
        }

        static func table(of plans: [PlanSummary]) -> TextTable {
            var table = TextTable(columns: [
                .init("ID", alignment: .right), .init("Title"), .init("Issuer"), .init("Number"),
                .init("Issued"), .init("Region"), .init("Horizon"), .init("Targets", alignment: .right),
                .init("File"),
            ])
            for plan in plans {
                table.append([
                    String(plan.id), plan.title ?? "-", plan.issuer ?? "-", plan.documentNumber ?? "-",
                    plan.issueDate?.iso ?? "-", plan.region ?? "-",
                    plan.horizon.map { "\($0.startYear)-\($0.endYear)" } ?? "-",
                    String(plan.targetCount), plan.fileName,
                ])
            }
            return table
        }
    }
}
