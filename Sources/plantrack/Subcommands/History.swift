import ArgumentParser
import PlanStore
import PlanWriting

extension Plantrack {
    /// `plantrack history TARGET`: every review change to a target.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what was changed on a target, when and by whom."
        )

        @OptionGroup var global: GlobalOptions

        @OptionGroup var lookup: TargetLookup

        @OptionGroup var output: OutputOptions

        func run() throws {
            let store = try global.openStore()
            let stored = try lookup.resolved(in: store)
            let changes = try store.history(ofTarget: stored.id)
            var table = TextTable(columns: [
                .init("When"), .init("By"), .init("Field"), .init("Old"), .init("New"), .init("Reason"),
            ])
            for change in changes {
                table.append([
                    TimestampText.local(change.changedAt), change.changedBy, change.field,
                    change.oldValue ?? "",
                    change.newValue ?? "",
                    change.reason ?? "",
                ])
            }
            switch output.resolvedFormat {
            case .json: try output.emit(JSONOutput.text(of: changes))
            case .table:
                let heading =
                    "Target \(stored.id): \(stored.statement.metric.withVisibleControls) (\(stored.reviewState.rawValue))\n"
                try output.emit(
                    heading
                        + (changes.isEmpty
                            ? "No changes since import.\n" : "\n" + table.renderedForTerminal()))
            case .csv: try output.emit(table.renderedAsCSV(byteOrderMark: output.bom))
            case .markdown: try output.emit(table.renderedAsMarkdown())
            case .html: try output.emit(table.renderedAsHTML(title: "History of target \(stored.id)"))
            case .xlsx: throw StatusWorkbook.unsupported("history")
            }
        }
    }
}
