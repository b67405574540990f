import ArgumentParser
import Foundation

/// `--format`, `--output` and `--bom`, shared by every command that prints a list.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table (for people), json (stable, for scripts), csv, markdown or html.")
    var format: OutputFormat?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write the result to this file instead of standard output; its extension picks the format when --format is not given.",
            valueName: "file"))
    var output: String?

    @Flag(help: "Start CSV output with a byte order mark, so Excel and WPS read it as UTF-8.")
    var bom = false

    /// The format in force: `--format`, else the output file's extension, else a table.
    var resolvedFormat: OutputFormat {
        if let format { return format }
        if let output, let implied = OutputFormat(fileExtensionOf: output) { return implied }
        return .table
    }

    func validate() throws {
        if bom, resolvedFormat != .csv {
            throw ValidationError("--bom applies to CSV output only; add --format csv.")
        }
    }

    /// Writes the rendered result to `--output` or standard output.
    func emit(_ text: String) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CLIError("cannot write \(output): \(error.localizedDescription)")
        }
        Console.note("wrote \(output)")
    }
}
