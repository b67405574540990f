import ArgumentParser

/// How a command renders its results.
///
/// `table` is for people and may change; `json` is the stable contract for scripts; `csv` opens
/// in a spreadsheet; `markdown` pastes into a report; `html` is one self-contained page; `xlsx`
/// is an Excel workbook of a status report, written to a file only.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case table
    case json
    case csv
    case markdown
    case html
    case xlsx

    /// The format an output file's extension implies: `.json`, `.csv`, `.md`, `.xlsx`; `nil`
    /// otherwise.
    /// A `--format` value: a format's name, or the short name its files end in (`md`).
    init?(argument: String) {
        switch argument.lowercased() {
        case "md": self = .markdown
        case let name: self.init(rawValue: name)
        }
    }

    init?(fileExtensionOf path: String) {
        switch Self.fileExtension(of: path) {
        case "json": self = .json
        case "csv": self = .csv
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "xlsx": self = .xlsx
        case "txt": self = .table
        default: return nil
        }
    }

    /// The kind of document a file name promises that no format here writes (`pdf` for
    /// `report.pdf`, `docx`, `xls`), or `nil`: such a file would hold text its reader refuses.
    static func unwritable(fileExtensionOf path: String) -> String? {
        guard let fileExtension = fileExtension(of: path) else { return nil }
        return ["pdf", "doc", "docx", "xls", "ods", "odt", "png", "jpg"].contains(fileExtension)
            ? fileExtension : nil
    }

    /// The extension of the file `path` names, in lowercase (`xlsx` for `Report.XLSX`), or `nil`.
    private static func fileExtension(of path: String) -> String? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        return path[path.index(after: dot)...].lowercased()
    }
}
