/// Assembles the plain text of a structured document (HTML, DOCX) one line per paragraph.
///
/// Paragraphs and other blocks end a line; a table row is one line with its cells separated by
/// tabs, so a 任务分工表 row keeps its task, target and responsible units together. Inside a
/// table cell, paragraph breaks become spaces for the same reason. Empty lines are dropped and
/// ASCII spaces trimmed from line ends; ideographic spaces (U+3000) are content and kept.
struct PlainTextBuilder {
    private var lines: [String] = []
    private var line = ""
    private var pendingSpace = false
    private var cellDepth = 0
    private var cellsInRow: [Int] = []

    /// Appends text as it appears in the document, without collapsing anything.
    mutating func append(_ text: String) {
        guard !text.isEmpty else { return }
        if pendingSpace {
            if !line.isEmpty, line.last != " ", line.last != "\t" { line.append(" ") }
            pendingSpace = false
        }
        if cellDepth > 0 {
            line.append(String(text.map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" ? " " : $0 }))
        } else {
            for piece in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if piece.offset > 0 { endLine() }
                line.append(contentsOf: piece.element)
            }
        }
    }

    /// Appends text with HTML whitespace rules: runs of spaces, tabs and line breaks become one
    /// space, and no-break spaces become ordinary ones.
    mutating func appendCollapsingWhitespace(_ text: String) {
        var current = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{0C}":
                if !current.isEmpty {
                    append(current)
                    current = ""
                }
                pendingSpace = true
            case "\u{A0}":
                current.unicodeScalars.append(" ")
            default:
                current.unicodeScalars.append(scalar)
            }
        }
        append(current)
    }

    /// Ends the current paragraph; inside a table cell, separates with a space instead.
    mutating func endLine() {
        if cellDepth > 0 {
            pendingSpace = true
            return
        }
        pendingSpace = false
        let trimmed = Self.trimmingLineEnds(line)
        if !trimmed.isEmpty { lines.append(trimmed) }
        line = ""
    }

    /// Starts a table row on a line of its own.
    mutating func beginRow() {
        if cellDepth == 0 { endLine() }
        cellsInRow.append(0)
    }

    /// Ends a table row and its line.
    mutating func endRow() {
        _ = cellsInRow.popLast()
        if cellDepth == 0 { endLine() }
    }

    /// Starts a table cell: a tab after the previous cell of the same row.
    mutating func beginCell() {
        if cellDepth == 0, let count = cellsInRow.last {
            if count > 0 {
                line.append("\t")
            }
            cellsInRow[cellsInRow.count - 1] = count + 1
            pendingSpace = false
        } else {
            pendingSpace = true
        }
        cellDepth += 1
    }

    /// Ends a table cell.
    mutating func endCell() {
        cellDepth = max(0, cellDepth - 1)
        if cellDepth == 0 {
            while line.last == " " { line.removeLast() }
            pendingSpace = false
        } else {
            pendingSpace = true
        }
    }

    /// The assembled text: one line per paragraph or table row, each ending in a line feed.
    mutating func text() -> String {
        let depth = cellDepth
        cellDepth = 0
        endLine()
        cellDepth = depth
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// `line` without ASCII spaces at either end (tabs between empty cells stay).
    static func trimmingLineEnds(_ line: String) -> String {
        var scalars = Substring(line)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        if scalars.allSatisfy({ $0 == "\t" }) { return "" }
        return String(scalars)
    }
}
