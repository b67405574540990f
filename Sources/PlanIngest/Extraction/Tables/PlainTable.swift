/// A table of a plan as its plain text holds it: one line per row, cells separated by tabs, as
/// the Word and HTML readers write tables and as a `.txt` can carry them.
///
/// Only tables whose header names their columns are read (see ``TableHeader``): a 任务分工表
/// (`序号 | 重点任务 | 牵头单位 | 完成时限`) or a 主要指标 table (`指标 | 单位 | 基期值 |
/// 目标值 | 属性`). Other tab-separated lines are left to ordinary extraction.
struct PlainTable: Sendable {
    /// One row below the header.
    struct Row: Sendable, Hashable {
        /// The whole line, without its line break.
        var span: TextSpan
        /// Each cell between tabs, untrimmed, in column order.
        var cells: [TextSpan]
    }

    /// The line just above the table that names it (`表1 "十四五"时期科技创新主要指标`), if any.
    var title: String?
    /// What each column holds.
    var header: TableHeader
    /// The header's lines, from the start of the first to the end of the last.
    var headerSpan: TextSpan
    /// The rows below the header, in order.
    var rows: [Row]

    /// Longest line read as a table's title; a longer one is a paragraph.
    static let longestTitle = 60

    /// Finds every table in `text` whose header names its columns.
    ///
    /// A short line between rows (`一、经济发展`, a category row that spans the table) does not
    /// end the table; a row that reads as a header of its own starts the next one.
    /// - Complexity: O(*n*) in the length of the text.
    static func tables(in text: ScalarText) -> [PlainTable] {
        var tables: [PlainTable] = []
        var block: [Row] = []
        var lineBeforeBlock: TextSpan?
        var previousLine: TextSpan?
        // A short line after the rows so far, which the next row may continue past.
        var interruption: TextSpan?
        var lineStart = 0
        var hasTab = false
        func closeBlock() {
            if !block.isEmpty { tables += Self.tables(in: block, after: lineBeforeBlock, text: text) }
            block = []
            interruption = nil
        }
        for offset in 0...text.count {
            let scalar = text[safe: offset]
            if scalar == "\t" { hasTab = true }
            guard scalar == nil || scalar == "\n" else { continue }
            var lineEnd = offset
            if lineEnd > lineStart, text.scalars[lineEnd - 1] == "\r" { lineEnd -= 1 }
            let line = TextSpan(start: lineStart, end: lineEnd)
            if hasTab {
                let row = Row(span: line, cells: cells(of: line, in: text))
                if interruption != nil,
                    TableHeader.reading(row.cells.map { text.string($0.start, $0.end) }, below: nil) != nil
                {
                    closeBlock()
                }
                if block.isEmpty { lineBeforeBlock = previousLine }
                block.append(row)
                interruption = nil
            } else if !block.isEmpty {
                if interruption == nil, isInterruption(line, in: text) {
                    interruption = line
                } else {
                    closeBlock()
                }
            }
            previousLine = line
            lineStart = offset + 1
            hasTab = false
        }
        closeBlock()
        return tables
    }

    /// Longest line between rows that a table continues past.
    static let longestInterruption = 20

    /// Whether `line` can stand between two rows of one table: short, not a sentence.
    private static func isInterruption(_ line: TextSpan, in text: ScalarText) -> Bool {
        let trimmed = text.slice(line.start, line.end).trimmed
        guard trimmed.count > 0, trimmed.count <= longestInterruption, let last = trimmed.scalars.last else {
            return false
        }
        return !TargetReader.sentenceStops.contains(last)
    }

    /// The table of a block of tab-separated lines, when its first line is a header.
    private static func tables(in block: [Row], after titleLine: TextSpan?, text: ScalarText) -> [PlainTable]
    {
        func strings(_ row: Row) -> [String] { row.cells.map { text.string($0.start, $0.end) } }
        guard
            let (header, headerRows) = TableHeader.reading(
                strings(block[0]), below: block.count > 1 ? strings(block[1]) : nil)
        else { return [] }
        var title: String?
        if let titleLine {
            let line = text.trimmedString(titleLine.start, titleLine.end)
            let endsSentence = line.unicodeScalars.last.map { TargetReader.sentenceStops.contains($0) }
            if !line.isEmpty, line.unicodeScalars.count <= longestTitle, endsSentence == false {
                title = line
            }
        }
        return [
            PlainTable(
                title: title, header: header,
                headerSpan: TextSpan(start: block[0].span.start, end: block[headerRows - 1].span.end),
                rows: block.dropFirst(headerRows).map { padded($0, to: header.columns.count) })
        ]
    }

    /// `row` with empty cells before its first when it has fewer cells than the header: a web
    /// page leaves out the cells that a `rowspan` above covers (类别, 序号), which come first.
    private static func padded(_ row: Row, to count: Int) -> Row {
        guard row.cells.count < count else { return row }
        let empty = TextSpan(start: row.span.start, end: row.span.start)
        return Row(span: row.span, cells: Array(repeating: empty, count: count - row.cells.count) + row.cells)
    }

    /// The cells of `line`, split at its tabs.
    private static func cells(of line: TextSpan, in text: ScalarText) -> [TextSpan] {
        var cells: [TextSpan] = []
        var cellStart = line.start
        for offset in line.start..<line.end where text.scalars[offset] == "\t" {
            cells.append(TextSpan(start: cellStart, end: offset))
            cellStart = offset + 1
        }
        cells.append(TextSpan(start: cellStart, end: line.end))
        return cells
    }

    /// The cell of `row` in the column that holds `column`, if the table has one and the row
    /// reaches it.
    func cell(_ column: TableColumn, of row: Row) -> TextSpan? {
        guard let position = header.position(of: column), position < row.cells.count else { return nil }
        return row.cells[position]
    }
}
