import ArgumentParser
import Foundation

/// `--format`, `--output` and `--bom`, shared by every command that prints a list.
struct OutputOptions: ParsableArguments {
    @Option(
        help:
            "Output format: table (for people), json (stable, for scripts), csv, markdown, html, or xlsx (reports, with --output)."
    )
    var format: OutputFormat?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write the result to this file instead of standard output; its extension picks the format when --format is not given.",
            discussion:
                "The file is replaced only once the whole result is written. plantrack never writes over the database in use, a device or a folder, and replaces an existing file only if plantrack wrote it and nobody changed it since, unless --force is given.",
            valueName: "file"))
    var output: String?

    @Flag(help: "With --output, replace an existing file even if plantrack did not write it.")
    var force = false

    @Flag(help: "Start CSV output with a byte order mark, so Excel and WPS read it as UTF-8.")
    var bom = false

    /// The format in force: `--format`, else the output file's extension, else a table.
    var resolvedFormat: OutputFormat {
        if let format { return format }
        if let output, let implied = OutputFormat(fileExtensionOf: output) { return implied }
        return .table
    }

    /// Whether the result goes to standard output (no `--output`, or `--output -`).
    var isStandardOutput: Bool { output == nil || output == "-" }

    func validate() throws {
        if output?.isEmpty == true {
            throw ValidationError("--output: give a file name, or - for standard output.")
        }
        if force, isStandardOutput {
            throw ValidationError("--force applies to --output FILE only; name the file to replace.")
        }
        // A .txt file names no format of its own: it takes any text.
        if let format, let output, !isStandardOutput, let implied = OutputFormat(fileExtensionOf: output),
            implied != format, implied != .table
        {
            throw ValidationError(
                "--output \(output): the file's extension says \(implied.rawValue), --format says \(format.rawValue); change one of them."
            )
        }
        if let output, !isStandardOutput, let written = OutputFormat.unwritable(fileExtensionOf: output) {
            throw ValidationError(
                "--output \(output): plantrack does not write .\(written) files; name a .csv, .json, .md, .html, .xlsx or .txt file (an HTML report prints to PDF from a browser)."
            )
        }
        if resolvedFormat == .xlsx, isStandardOutput {
            throw ValidationError("--format xlsx writes a workbook: give --output FILE.xlsx.")
        }
        if bom, resolvedFormat != .csv {
            throw ValidationError("--bom applies to CSV output only; add --format csv.")
        }
    }

    /// Writes the rendered result to `--output` or standard output.
    func emit(_ text: String) throws {
        try stream { try $0.write(text) }
    }
}
