import ArgumentParser
import Foundation
import PlanIngest

extension Plantrack {
    /// Runs extraction on one plan without a database.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the numeric targets of a plan without storing them.",
            discussion: """
                The JSON output is the stable contract: offsets are Unicode scalar offsets \
                into the output of `plantrack text FILE`.
                """
        )

        /// How the result is printed.
        enum Format: String, CaseIterable, ExpressibleByArgument {
            case table
            case json
        }

        @Argument(help: "The plan file to read: text, HTML, DOCX or PDF.")
        var file: String

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: Format = .table

        @Flag(help: "Also list every numeric mention, and why it is or is not a target.")
        var mentions = false

        func run() throws {
            let text = try input.loader.document(at: file).text
            let extraction = TargetExtractor(includesEvidence: false).extraction(of: text)
            switch format {
            case .json:
                var json = extraction.contractJSON(includingMentions: mentions)
                json.append(UInt8(ascii: "\n"))
                FileHandle.standardOutput.write(Data(json))
            case .table:
                Console.out(ExtractionTable(extraction, includeMentions: mentions).rendered, terminator: "")
            }
        }
    }
}
