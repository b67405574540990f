import ArgumentParser

/// How a command renders its results.
///
/// `table` is for people and may change; `json` is the stable contract for scripts; `csv` opens
/// in a spreadsheet; `markdown` pastes into a report; `html` is one self-contained page.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case table
    case json
    case csv
    case markdown
    case html

    /// The format an output file's extension implies: `.json`, `.csv`, `.md`; `nil` otherwise.
    init?(fileExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "json": self = .json
        case "csv": self = .csv
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "txt": self = .table
        default: return nil
        }
    }
}
