import Foundation
import PlanIngest

/// Reads plan files from disk for the commands: checks the path, reads at most
/// ``maximumSize`` bytes, picks the format and returns the text extraction reads.
///
/// ```swift
/// let document = try DocumentLoader().document(at: "plans/滨州市实施方案.docx")
/// document.sha256  // "9f86d0…"
/// document.text  // "滨州市科技引领产业绿色低碳高质量发展实施方案\n一、总体目标\n…"
/// ```
struct DocumentLoader: Sendable {
    /// The size limit when none is given: larger than any real plan, small enough to read
    /// into memory without trouble.
    static let defaultMaximumSize = ByteCount(bytes: 50 * 1024 * 1024)

    /// Files larger than this are refused before they are read.
    var maximumSize: ByteCount
    /// The encoding of text and HTML files, or `nil` to detect it.
    var encoding: TextEncodingName?
    /// Reads PDF files.
    var pdfReader: PDFTextReader

    /// Creates a loader.
    init(
        maximumSize: ByteCount = DocumentLoader.defaultMaximumSize,
        encoding: TextEncodingName? = nil,
        pdfReader: PDFTextReader = PDFTextReader()
    ) {
        self.maximumSize = maximumSize
        self.encoding = encoding
        self.pdfReader = pdfReader
    }

    /// The document at `path`.
    /// - Throws: `CLIError` naming the path when it is missing, a folder, unreadable, too large,
    ///   empty, binary or undecodable (with the byte offset), or a PDF without text.
    func document(at path: String) throws(CLIError) -> LoadedDocument {
        let bytes = try contents(of: path)
        let fileName = (path as NSString).lastPathComponent
        let fileExtension = (fileName as NSString).pathExtension
        let sha256 = SHA256.hexDigest(of: Array(bytes))

        let isPDF = bytes.starts(with: Array("%PDF-".utf8)) || fileExtension.lowercased() == "pdf"
        if isPDF {
            guard !bytes.isEmpty else { throw CLIError("\(path): \(IngestError.empty)") }
            let text = try pdfReader.plainText(ofFileAt: path, fileName: path)
            return LoadedDocument(fileName: fileName, sha256: sha256, text: text, format: .pdf, encoding: nil)
        }

        let format = DocumentFormat.detected(
            in: bytes, fileExtension: fileExtension.isEmpty ? nil : fileExtension)
        do {
            let loaded: LoadedDocument
            switch format {
            case .plainText:
                let decoded = try TextDecoder().decodedText(from: bytes, encoding: encoding)
                loaded = LoadedDocument(
                    fileName: fileName, sha256: sha256, text: decoded.text, format: .plainText,
                    encoding: decoded.encoding)
            case .html, .docx:
                let text = try DocumentReader().plainText(from: bytes, format: format, encoding: encoding)
                loaded = LoadedDocument(
                    fileName: fileName, sha256: sha256, text: text,
                    format: format == .html ? .html : .docx, encoding: format == .html ? encoding : nil)
            }
            // A byte order mark or blanks alone hold no plan, as an empty file does not.
            if loaded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
                throw IngestError.empty
            }
            return loaded
        } catch {
            throw CLIError("\(path): \(error)")
        }
    }

    /// The supported plan files in `folder` and its subfolders, sorted by path so that every
    /// run sees them in the same order. Hidden files and Office lock files (`~$…`) are skipped.
    /// - Throws: `CLIError` when `folder` is missing or not a folder.
    func documents(in folder: String) throws(CLIError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw CLIError("\(folder): no such folder; check the path")
        }
        guard isDirectory.boolValue else {
            throw CLIError("\(folder): not a folder; pass plan files by name, or the folder holding them")
        }
        guard let walker = FileManager.default.enumerator(atPath: folder) else {
            throw CLIError("\(folder): cannot list the folder; check its permissions")
        }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            let path = (folder as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            guard
                InputFormat.fileExtensions.contains((name as NSString).pathExtension.lowercased()),
                !name.hasPrefix("~$"),
                FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue
            else { continue }
            paths.append(path)
        }
        return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The bytes of the regular file at `path`, at most ``maximumSize`` of them.
    private func contents(of path: String) throws(CLIError) -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            // A name whose bytes are not UTF-8 reaches plantrack with U+FFFD in their place.
            if path.unicodeScalars.contains("\u{FFFD}") {
                throw CLIError(
                    "\(path): the file name is not valid UTF-8 (its bytes show as \u{FFFD}), so it cannot be opened by name; rename the file with a UTF-8 name"
                )
            }
            throw CLIError("\(path): no such file; check the path")
        }
        let type = attributes[.type] as? FileAttributeType
        if type == .typeDirectory {
            throw CLIError("\(path): is a folder; `plantrack import` takes a folder, other commands a file")
        }
        guard type == .typeRegular else {
            throw CLIError("\(path): not a regular file; save the plan to a file and pass that")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maximumSize.bytes else {
            throw CLIError(
                "\(path): the file is \(ByteCount(bytes: size)), over the \(maximumSize) limit;"
                    + " raise it with --max-size if the file really is a plan")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIError("\(path): permission denied; check the file's permissions (chmod u+r)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            // One byte more than allowed tells a file that grew since it was measured.
            data = try handle.read(upToCount: maximumSize.bytes + 1) ?? Data()
        } catch {
            throw CLIError("\(path): could not be read (\(error.localizedDescription))")
        }
        guard data.count <= maximumSize.bytes else {
            throw CLIError(
                "\(path): the file is over the \(maximumSize) limit;"
                    + " raise it with --max-size if the file really is a plan")
        }
        return [UInt8](data)
    }
}
