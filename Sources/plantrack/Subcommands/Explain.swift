import ArgumentParser
import PlanIngest
import PlanStore

extension Plantrack {
    /// `plantrack explain TARGET`: which words of the plan gave each field of one target.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show which words of the plan gave each field of one target.",
            discussion: """
                Extraction runs again on the plan's stored text and reports, for the statement \
                the target came from, the words that decided its value, comparator, metric, kind, \
                increment, hedge, recurrence, deadline, base year, section and responsible units, \
                then every change recorded for the target since (field, old and new value, when, \
                by whom). With --file and --quote it explains the targets of a document read \
                straight from disk.
                """
        )

        /// How the explanation is printed.
        enum Format: String, CaseIterable, ExpressibleByArgument {
            case table
            case json
        }

        @OptionGroup var global: GlobalOptions

        @OptionGroup var input: InputOptions

        @Argument(help: "A target id, or text matching exactly one target's quote or metric.")
        var target: String?

        @Option(help: ArgumentHelp("Look the target up in this plan only.", valueName: "id"))
        var plan: Int64?

        @Option(help: ArgumentHelp("Read this plan file instead of the database.", valueName: "file"))
        var file: String?

        @Option(
            help: ArgumentHelp("With --file: explain the targets whose quote or metric contains this text."))
        var quote: String?

        @Option(help: "Output format.")
        var format: Format = .table

        func validate() throws {
            if file != nil {
                guard quote != nil else {
                    throw ValidationError("--file needs --quote TEXT to pick the target.")
                }
                guard target == nil else {
                    throw ValidationError("Give either a TARGET or --file with --quote.")
                }
            } else if target == nil {
                throw ValidationError("Give a TARGET (id or text), or --file FILE --quote TEXT.")
            }
        }

        func run() throws {
            let text: String
            let explanations: [Explanation]
            if let file, let quote {
                text = try input.loader.document(at: file).text
                explanations = Explanation.selected(from: TargetExtractor().extraction(of: text)) {
                    $0.quote.contains(quote) || $0.metric.contains(quote)
                }
                if explanations.isEmpty {
                    throw CLIError("No target of \(file) has a quote or metric containing \(quote).")
                }
            } else {
                let store = try global.openStore()
                let stored = try store.resolveTarget(target ?? "", inPlan: plan)
                guard let planText = try store.planText(id: stored.planID) else {
                    throw CLIError(
                        "Plan \(stored.planID) has no stored text to explain target \(stored.id) from.")
                }
                text = planText
                let edits = try store.history(ofTarget: stored.id)
                let spans = Set(stored.sources.map(\.span) + [stored.statement.span])
                explanations = Explanation.selected(from: TargetExtractor().extraction(of: text)) {
                    spans.contains($0.span)
                }.map { explanation in
                    var explanation = explanation
                    explanation.id = stored.id
                    explanation.edits = edits
                    return explanation
                }
                if explanations.isEmpty {
                    throw CLIError(
                        "Extraction no longer finds target \(stored.id) in plan \(stored.planID); re-import the plan to refresh it."
                    )
                }
            }
            switch format {
            case .table: Console.out(ExplanationTable.render(explanations, text: text), terminator: "")
            case .json:
                try StandardOutput.write(Array(JSONOutput.text(of: ExplanationJSON(explanations)).utf8))
            }
        }
    }
}
