import PlanIngest

/// A plan file read from disk: its name, a fingerprint of its bytes, and its plain text.
struct LoadedDocument: Sendable, Hashable {
    /// The file's name without its folder, as stored with the plan (`滨州市实施方案.docx`).
    var fileName: String
    /// The SHA-256 of the file's bytes in lower-case hex, which tells a re-import of the same
    /// file from a new one whatever its name.
    var sha256: String
    /// The plain text that extraction reads and `plantrack text` prints.
    var text: String
    /// How the file was read.
    var format: InputFormat
    /// The encoding that decoded a text or HTML file; `nil` for DOCX and PDF.
    var encoding: TextEncodingName?
}

/// The formats the command-line tool reads: PlanIngest's, plus PDF through pdftotext.
enum InputFormat: String, Sendable, Hashable, CaseIterable {
    case plainText = "text"
    case html
    case docx
    case pdf

    /// File name extensions that a folder walk picks up.
    static let fileExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "shtml", "docx", "pdf"]
}
