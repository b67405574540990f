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

        @Argument(help: "The plan file to read.")
        var file: String

        func run() throws {
            let text = try PlanText.read(file)
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// Reads a plan file into the plain text that `text` prints and `extract` reads.
enum PlanText {
    /// The plain text of the file at `path`.
    /// - Throws: `ValidationError` when the file cannot be read.
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path): no such file, or not readable")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
