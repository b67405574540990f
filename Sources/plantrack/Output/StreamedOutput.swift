import Foundation

/// A report written as it is computed, so that a million rows never sit in memory at once:
/// text goes out in blocks of a megabyte, to standard output or to a temporary file that
/// replaces `--output` only once everything was written.
struct StreamedOutput {
    private let handle: FileHandle
    private let temporaryPath: String?
    private var buffer: [UInt8] = []
    private static let blockSize = 1 << 20

    /// Opens standard output, or a temporary file beside `path`.
    init(path: String?) throws {
        guard let path else {
            handle = .standardOutput
            temporaryPath = nil
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).partial"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw CLIError("cannot write \(path): cannot create a file in \(folder.isEmpty ? "." : folder)")
        }
        self.handle = handle
        temporaryPath = temporary
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

    /// Writes what is buffered and, for a file, moves it into place at `path`.
    mutating func finish(at path: String?) throws {
        try flush()
        guard let temporaryPath, let path else { return }
        try handle.close()
        guard rename(temporaryPath, path) == 0 else {
            throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Removes the temporary file of a report that failed half-way.
    func discard() {
        guard let temporaryPath else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

extension OutputOptions {
    /// Writes the result piece by piece to `--output` or standard output: a failed run leaves
    /// an existing output file as it was.
    func stream(_ body: (inout StreamedOutput) throws -> Void) throws {
        var streamed = try StreamedOutput(path: output)
        do {
            try body(&streamed)
            try streamed.finish(at: output)
        } catch {
            streamed.discard()
            throw error
        }
        if let output { Console.note("wrote \(output)") }
    }
}
