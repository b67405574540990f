import PlanWriting

/// A table of text rendered for people: for a terminal, as CSV, or as Markdown.
///
/// The same rows feed every format, so the columns of `report overdue` are defined once.
/// Terminal columns are padded by display width, so Chinese text lines up.
///
/// ```
/// ID  Metric        Target
/// --  ------------  ----------
///  1  高新技术企业  >= 1500家
/// ```
struct TextTable: Sendable, Hashable {
    /// One column: its heading and where its text sits.
    struct Column: Sendable, Hashable {
        var title: String
        var alignment: TextAlignment
        /// Whether a terminal table too wide for its terminal may cut this column's text short
        /// (the metric, the quote), ending it in `…`.
        var isTruncatable: Bool

        init(_ title: String, alignment: TextAlignment = .left, isTruncatable: Bool = false) {
            self.title = title
            self.alignment = alignment
            self.isTruncatable = isTruncatable
        }
    }

    var columns: [Column]
    var rows: [[String]]

    init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Appends a row; missing cells are blank and extra cells are dropped.
    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    private func cells(of row: [String]) -> [String] {
        (0..<columns.count).map { index in
            index < row.count ? row[index] : ""
        }
    }

    /// The table for a terminal: a heading line, a rule, and one line per row, columns two
    /// spaces apart and padded by display width; line breaks inside a cell become spaces.
    ///
    /// - Complexity: O(*n*) in the total length of the cells.
    func renderedForTerminal(width: Int? = nil) -> String {
        var layout = TableLayout(columns: columns)
        rows.forEach { layout.measure($0) }
        if let width { layout.fit(width: width) }
        return layout.heading + rows.map { layout.line($0) + "\n" }.joined()
    }

    /// The table as CSV: a header row, RFC 4180 quoting, CRLF line ends.
    func renderedAsCSV(byteOrderMark: Bool = false) -> String {
        // Excel and WPS open UTF-8 CSV correctly only when it starts with a byte order mark.
        var bytes = byteOrderMark ? Array("\u{FEFF}".utf8) : []
        CSVRecordWriter.appendRecord(columns.map(\.title), to: &bytes)
        for row in rows { CSVRecordWriter.appendRecord(cells(of: row), to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The table as a GitHub-flavoured Markdown table; `|` is escaped and line breaks become
    /// `<br>`.
    func renderedAsMarkdown() -> String {
        Self.markdownHeading(columns) + rows.map { Self.markdownLine(cells(of: $0)) + "\n" }.joined()
    }

    /// The heading line of a Markdown table and the rule under it, which sets each column's
    /// alignment, each ending in a line break.
    static func markdownHeading(_ columns: [Column]) -> String {
        let rule = columns.map { $0.alignment == .right ? "---:" : "---" }
        return markdownLine(columns.map(\.title)) + "\n| " + rule.joined(separator: " | ") + " |\n"
    }

    /// One row of a Markdown table, without its line break.
    static func markdownLine(_ cells: [String]) -> String {
        "| " + cells.map(markdownCell).joined(separator: " | ") + " |"
    }

    private static func markdownCell(_ text: String) -> String {
        text.withVisibleControls.replacingAll("\\", with: "\\\\")
            .replacingAll("|", with: "\\|")
            .split(whereSeparator: \.isNewline).joined(separator: "<br>")
    }
}
