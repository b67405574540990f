import ArgumentParser
import PlanStore

extension Plantrack {
    /// `plantrack history TARGET`: every review change to a target.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what was changed on a target, when and by whom."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: "A target id, or text matching exactly one target's quote or metric.")
        var target: String

        @Option(help: ArgumentHelp("Look the target up in this plan only.", valueName: "id"))
        var plan: Int64?

        @OptionGroup var output: OutputOptions

        func run() throws {
            let store = try global.openStore()
            let stored = try store.resolveTarget(target, inPlan: plan)
            let changes = try store.history(ofTarget: stored.id)
            var table = TextTable(columns: [
                .init("When"), .init("By"), .init("Field"), .init("Old"), .init("New"), .init("Reason"),
            ])
            for change in changes {
                table.append([
                    change.changedAt, change.changedBy, change.field, change.oldValue ?? "",
                    change.newValue ?? "",
                    change.reason ?? "",
                ])
            }
            switch output.resolvedFormat {
            case .json: try output.emit(JSONOutput.text(of: changes.map(ChangeJSON.init)))
            case .table:
                let heading =
                    "Target \(stored.id): \(stored.target.metric.withVisibleControls) (\(stored.reviewState.rawValue))\n"
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

/// One change in `history --format json`.
struct ChangeJSON: Encodable {
    var targetID: Int64
    var field: String
    var oldValue: String?
    var newValue: String?
    var reason: String?
    var changedBy: String
    var changedAt: String

    enum CodingKeys: String, CodingKey {
        case field, reason
        case targetID = "target_id"
        case oldValue = "old_value"
        case newValue = "new_value"
        case changedBy = "changed_by"
        case changedAt = "changed_at"
    }

    init(_ change: TargetChange) {
        targetID = change.targetID
        field = change.field
        oldValue = change.oldValue
        newValue = change.newValue
        reason = change.reason
        changedBy = change.changedBy
        changedAt = change.changedAt
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(targetID, forKey: .targetID)
        try container.encode(field, forKey: .field)
        try container.encode(oldValue, forKey: .oldValue)
        try container.encode(newValue, forKey: .newValue)
        try container.encode(reason, forKey: .reason)
        try container.encode(changedBy, forKey: .changedBy)
        try container.encode(changedAt, forKey: .changedAt)
    }
}
