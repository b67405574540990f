import ArgumentParser
import Foundation
import PlanWriting

extension Plantrack {
    /// Prints the plain text that extraction reads, byte for byte.
    struct Text: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the plain text of a plan, exactly as extraction reads it.",
            discussion: """
                Offsets printed by `extract` count Unicode scalars of this output. Nothing is \
                added: no trailing newline, so the offsets stay exact.
                """
        )

        @Argument(help: "The plan file to read: text, HTML, DOCX or PDF.")
        var file: String

        @OptionGroup var input: InputOptions

        func run() throws {
            let text = try input.loader.document(at: file).text
            // Offsets count the scalars of this output, so a file or a pipe gets the text as it
            // is; a terminal sees control characters written out instead of obeying them.
            let shown = isatty(STDOUT_FILENO) == 1 ? text.withVisibleControls : text
            try StandardOutput.write(Array(shown.utf8))
        }
    }
}
