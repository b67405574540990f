import Foundation
import PlanIngest

/// Reads the text layer of a PDF with poppler's `pdftotext -layout -enc UTF-8 FILE -`.
///
/// PlanIngest stays free of subprocesses; this is the one place the tool runs a program.
struct PDFTextReader: Sendable {
    /// The `pdftotext` executable, or `nil` when none is installed.
    var executable: String?

    /// A reader using the first `pdftotext` on `searchPath` (by default the folders in `$PATH`).
    init(searchPath: [String] = PDFTextReader.pathFolders) {
        executable = searchPath.lazy
            .map { ($0 as NSString).appendingPathComponent("pdftotext") }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The folders listed in `$PATH`.
    static var pathFolders: [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map(String.init)
    }

    /// The text of the PDF at `path`, page breaks as line feeds.
    /// - Parameter fileName: The name to use in error messages.
    /// - Throws: `CLIError` when pdftotext is missing, fails, or finds no text layer.
    func plainText(ofFileAt path: String, fileName: String) throws(CLIError) -> String {
        guard let executable else {
            throw CLIError(
                "\(fileName): reading PDF files needs pdftotext from poppler, which is not installed;"
                    + " install it with `sudo apt-get install poppler-utils` (Debian/Ubuntu) and try again")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-layout", "-enc", "UTF-8", path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CLIError("\(fileName): could not run \(executable) (\(error.localizedDescription))")
        }
        // Drain stderr on another thread so a chatty pdftotext cannot fill its pipe and stall.
        let errorText = PipeCollector()
        let group = DispatchGroup()
        let errorHandle = errors.fileHandleForReading
        DispatchQueue.global().async(group: group) {
            errorText.store(errorHandle.readDataToEndOfFile())
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        guard process.terminationStatus == 0 else {
            let message =
                String(decoding: errorText.data, as: UTF8.self)
                .split(whereSeparator: \.isNewline).last.map(String.init) ?? "no message"
            throw CLIError(
                "\(fileName): pdftotext could not read it (exit \(process.terminationStatus): \(message));"
                    + " check that it is a complete, unencrypted PDF")
        }
        // Lines broken inside a paragraph joined, page numbers and running headers dropped.
        let text = PDFPageText.readable(String(decoding: data, as: UTF8.self))
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw CLIError(
                "\(fileName): the PDF has no text layer (a scanned image?); run OCR on it first"
                    + " (e.g. ocrmypdf) or use the plan's web page or Word file instead")
        }
        return text
    }
}

/// Bytes collected from a pipe on another thread.
private final class PipeCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = Data()

    func store(_ data: Data) {
        lock.lock()
        collected = data
        lock.unlock()
    }

    var data: Data {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}
