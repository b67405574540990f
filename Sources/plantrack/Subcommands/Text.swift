import ArgumentParser
import Foundation

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
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
