import Foundation

/// A result written as it is computed, so that a million rows never sit in memory at once:
/// text goes out in blocks of a megabyte, to standard output or to an ``OutputFile`` that
/// replaces `--output` only once everything was written.
struct StreamedOutput {
    private let file: OutputFile?
    private var buffer: [UInt8] = []
    private static let blockSize = 1 << 20

    /// Opens standard output (no path, or `-`), or a checked temporary file for `path`.
    init(path: String?, force: Bool) throws {
        file = try path.flatMap { $0 == "-" ? nil : try OutputFile(path: $0, force: force) }
        buffer.reserveCapacity(Self.blockSize)
    }

    /// Appends text.
    mutating func write(_ text: String) throws {
        try write(bytes: text.utf8)
    }

    /// Appends UTF-8 text.
    mutating func write(bytes: some Sequence<UInt8>) throws {
        try write { $0.append(contentsOf: bytes) }
    }

    /// Appends the UTF-8 text that `append` adds to the end of the buffer it is given.
    mutating func write(_ append: (inout [UInt8]) -> Void) throws {
        append(&buffer)
        if buffer.count >= Self.blockSize { try flush() }
    }

    /// Writes what is buffered and, for a file, moves it into place.
    mutating func finish() throws {
        try flush()
        try file?.commit()
    }

    /// Removes the temporary file of a result that failed half-way.
    func discard() {
        file?.discard()
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        if let file {
            try file.write(buffer)
        } else {
            try StandardOutput.write(buffer)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Standard output as bytes, written whole however the pipe splits them.
enum StandardOutput {
    /// Writes `bytes` to standard output.
    /// - Throws: `CLIError` when standard output is closed or full.
    static func write(_ bytes: [UInt8]) throws {
        let failure = DescriptorWriter.writeAll(bytes, to: STDOUT_FILENO)
        if failure != 0 {
            throw CLIError("cannot write to standard output: \(String(cString: strerror(failure)))")
        }
    }
}

extension OutputOptions {
    /// Writes the result piece by piece to `--output` or standard output: a failed run leaves
    /// an existing output file as it was.
    func stream(_ body: (inout StreamedOutput) throws -> Void) throws {
        var streamed = try StreamedOutput(path: output, force: force)
        do {
            try body(&streamed)
            try streamed.finish()
        } catch {
            streamed.discard()
            throw error
        }
        if let output, output != "-" { Console.note("wrote \(output)") }
    }
}
