/// The kinds of document PlanIngest reads text from.
///
/// PDF is not among them: reading a PDF takes an external program (poppler's `pdftotext`),
/// which only the command-line tool may run.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// A plain text file in any encoding ``TextDecoder`` reads; its text passes through unchanged.
    case plainText = "text"
    /// An HTML page, such as a plan saved from a government web site.
    case html
    /// A Word document (Office Open XML), such as a plan with a 任务分工表.
    case docx

    /// The format a file name extension names, or `nil` for an extension PlanIngest does not know.
    /// - Parameter fileExtension: The extension without its dot, in any case: `"DOCX"`, `"htm"`.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "text": self = .plainText
        case "html", "htm", "xhtml", "shtml": self = .html
        case "docx": self = .docx
        default: return nil
        }
    }

    /// The format of a document, from its content and, when the content does not say, its name.
    ///
    /// The content wins over the extension where it is unambiguous, because files saved from web
    /// sites often carry the wrong one: a ZIP archive with `word/document.xml` is a DOCX file, a
    /// page starting with `<!DOCTYPE html` or `<html` is HTML. Anything else is plain text, and
    /// ``TextDecoder`` rejects it if it is not.
    ///
    /// ```swift
    /// DocumentFormat.detected(in: Array("<html><p>一、</p>".utf8), fileExtension: "txt")  // .html
    /// DocumentFormat.detected(in: Array("一、总体要求".utf8), fileExtension: nil)  // .plainText
    /// ```
    /// - Parameters:
    ///   - bytes: The document's bytes.
    ///   - fileExtension: The file name's extension without the dot, if there is one.
    /// - Returns: The format to read the bytes as.
    /// - Complexity: O(1) apart from the ZIP directory check, which reads only file names.
    public static func detected(in bytes: [UInt8], fileExtension: String?) -> DocumentFormat {
        let named = fileExtension.flatMap(DocumentFormat.init(fileExtension:))
        if FileSignature.isZIP(bytes) {
            // A damaged Word file is still one; a ZIP of something else is not a document.
            return DOCXTextReader.containsDocumentPart(bytes) || named == .docx ? .docx : .plainText
        }
        if HTMLTextReader.looksLikeHTML(bytes) {
            return .html
        }
        return named ?? .plainText
    }
}
