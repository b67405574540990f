/// Tables that `pdftotext -layout` printed in columns, rebuilt as the rows that the table reader
/// understands: one line per row, cells separated by tabs (see ``PlainTable``).
///
/// On the page a table's columns are runs of spaces, and a cell whose text wraps goes on in the
/// lines below, in the same column. A line whose words ``TableHeader`` reads as a header starts
/// a table; its words place the columns. Each line below is cut into pieces at runs of two or
/// more spaces (a single space is a gap inside a cell, `2025 年 6 月底`, unless the word after
/// it starts under the next column), each piece goes to the column it starts under, and a new
/// row starts where the 序号 column holds a number (or, in a table without one, where the first
/// column and most others hold text); a browser centres a row's cells around its number.
/// Lines under the header before the first row finish its labels (`基期值` / `（2020` / `年）`)
/// or, two pieces under one label, subdivide it (`目标` over `2020 年   2025 年`). A blank line,
/// a heading or text at the margin ends the table.
///
/// ```swift
/// PDFTableLayout.rebuildingTables(in: [
///     "序号   重点任务        牵头单位    完成时限",
///     "1      新增省级以上    市科技局    2024 年底前",
///     "       科技创新平台",
///     "       20 个",
/// ])
/// // ["序号\t重点任务\t牵头单位\t完成时限", "1\t新增省级以上科技创新平台20个\t市科技局\t2024年底前"]
/// ```
enum PDFTableLayout {
    /// Text on a line and the position (in characters) where it starts.
    struct Piece: Sendable, Hashable {
        var start: Int
        var text: String
    }

    /// A column as the header places it.
    struct Column: Sendable, Hashable {
        /// Where its text starts on the page's lines.
        var start: Int
        /// Its header label, lines joined.
        var label: String
        /// The header cell above it that it subdivides, by position among the header's cells.
        var group: Int
        /// Its own label under a subdivided header cell (`2020 年` under `目标`).
        var subLabel: String?
    }

    /// How far (in characters) a piece may start left of a column and still be read as its
    /// text: `pdftotext` places text on a grid of characters, so a column's pieces do not always
    /// line up.
    static let slack = 2

    /// How far (in characters) a word after a single space may start left of the next column
    /// and still be read as that column's text: a browser leaves only a narrow gap between cells.
    static let wordSlack = 3

    /// Most lines under a header that finish its labels before the first row.
    static let longestHeader = 4

    /// `lines` with each table laid out in columns rebuilt as tab-separated rows; other lines
    /// are returned as they are. Blank lines between a table's title and its header go.
    /// - Parameter cellGap: The fewest spaces between two cells of a row: 2 where a word processor
    ///   laid the page out (a single space is a gap inside a cell, `2025 年`), 1 where a browser
    ///   printed it (a browser puts no such gaps, and leaves cells a narrow gap apart).
    /// - Complexity: O(*n*) in the total length of the lines: a header that no row follows
    ///   within a few lines is let go.
    static func rebuildingTables(in lines: [String], cellGap: Int = 2) -> [String] {
        var output: [String] = []
        var index = 0
        while index < lines.count {
            if let columns = headerColumns(of: lines[index]),
                let table = table(in: lines, below: index, columns: columns, cellGap: cellGap)
            {
                let lastIndex = output.lastIndex { !$0.trimmingWhitespace().isEmpty }
                if let lastIndex { output.removeSubrange((lastIndex + 1)...) }
                output += table.rows
                index = table.end
            } else {
                output.append(lines[index])
                index += 1
            }
        }
        return output
    }

    /// The columns of a header line: two or more short words that ``TableHeader`` reads as the
    /// header of a task or indicator table; else `nil`.
    static func headerColumns(of line: String) -> [Column]? {
        guard line.contains(" ") else { return nil }
        let words = headerWords(of: line)
        guard words.count >= 2,
            words.allSatisfy({ $0.text.unicodeScalars.count <= TableHeader.longestLabel }),
            TableHeader.reading(words.map(\.text), below: nil) != nil
        else { return nil }
        return words.enumerated().flatMap { group, word in
            subdividedColumns(of: word, group: group) ?? [
                Column(start: word.start, label: word.text, group: group)
            ]
        }
    }

    /// The columns of a header word that a browser printed over two rows on one line: the label
    /// that spans the columns between the years under it (`2020年目标2025年`, `目标` over
    /// `2020年 | 2025年`, the spanning label centred between them); else `nil`.
    static func subdividedColumns(of word: Piece, group: Int) -> [Column]? {
        let scalars = Array(word.text.unicodeScalars)
        var years: [(offset: Int, label: String)] = []
        var rest = String.UnicodeScalarView()
        var offset = 0
        while offset < scalars.count {
            let digits = scalars[offset...].prefix(4).prefix { ("0"..."9").contains($0) }.count
            if digits == 4, offset + 4 < scalars.count, scalars[offset + 4] == "年" {
                years.append((offset, String(String.UnicodeScalarView(scalars[offset...(offset + 4)]))))
                offset += 5
            } else {
                rest.append(scalars[offset])
                offset += 1
            }
        }
        let label = String(rest)
        guard years.count >= 2, !label.isEmpty, TableHeader.headerCell(label).column != nil else {
            return nil
        }
        return years.map {
            Column(start: word.start + $0.offset, label: label, group: group, subLabel: $0.label)
        }
    }

    /// The words of a header line, split at every run of spaces but the gap that a page puts
    /// between CJK text and digits (`2025 年`); two labels of their own stay apart (`2020年 2025年`).
    static func headerWords(of line: String) -> [Piece] {
        var words: [Piece] = []
        for piece in pieces(of: line, minimumGap: 1) {
            if let last = words.last, last.start + last.text.unicodeScalars.count + 1 == piece.start,
                TableHeader.headerCell(last.text).column == nil
                    || TableHeader.headerCell(piece.text).column == nil,
                PDFPageText.withoutLatinGaps(last.text + " " + piece.text).unicodeScalars.count
                    == last.text.unicodeScalars.count + piece.text.unicodeScalars.count
            {
                words[words.count - 1].text += piece.text
            } else {
                words.append(piece)
            }
        }
        return words
    }

    /// The runs of text of `line` between gaps of `minimumGap` spaces or more.
    static func pieces(of line: String, minimumGap: Int) -> [Piece] {
        var pieces: [Piece] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var spaces = 0
        for (position, scalar) in line.unicodeScalars.enumerated() {
            if scalar == " " || scalar == "\u{3000}" || scalar == "\t" {
                spaces += 1
                continue
            }
            if !current.isEmpty, spaces >= minimumGap {
                pieces.append(Piece(start: start, text: String(current)))
                current = String.UnicodeScalarView()
            }
            if current.isEmpty {
                start = position
            } else {
                current.append(contentsOf: repeatElement(" ", count: spaces))
            }
            spaces = 0
            current.append(scalar)
        }
        if !current.isEmpty { pieces.append(Piece(start: start, text: String(current))) }
        return pieces
    }

    /// The rows of the table whose header is at `headerIndex`, and the index of the first line
    /// after it; `nil` when no row follows the header.
    static func table(in lines: [String], below headerIndex: Int, columns: [Column], cellGap: Int) -> (
        rows: [String], end: Int
    )? {
        var columns = columns
        var index = headerIndex + 1
        // Label pieces under the header, before the first line that fills most columns or
        // numbers a row, finish or subdivide its labels.
        while index < lines.count, index - headerIndex <= longestHeader,
            !lines[index].trimmingWhitespace().isEmpty,
            let cells = placing(lines[index], in: columns, cellGap: cellGap)
        {
            let contents = cells.map { $0.map(\.text).joined(separator: " ") }
            let number = numberColumn(of: columns).map { contents[$0] } ?? ""
            if !number.isEmpty || contents.filter({ !$0.isEmpty }).count * 2 > columns.count { break }
            columns = finishingHeader(
                columns,
                with: placing(lines[index], in: columns, cellGap: cellGap, keepsPiecesApart: cellGap == 1)
                    ?? cells)
            index += 1
        }
        let numberColumn = numberColumn(of: columns)
        var body: [[String]] = []
        var hasRow = false
        while index < lines.count {
            let text = lines[index].trimmingWhitespace()
            if text.isEmpty, let numberColumn,
                continuesRows(
                    lines, at: index + 1, columns: columns, numberColumn: numberColumn, cellGap: cellGap)
            {
                // Kept as a line with no text: it counts in the distance to a row's number.
                body.append(columns.map { _ in "" })
                index += 1
                continue
            }
            if cellGap >= 2, let numberColumn,
                let shifted = Self.columns(columns, shiftedBy: lines[index], numberColumn: numberColumn)
            {
                columns = shifted
            }
            guard !text.isEmpty, let cells = placing(lines[index], in: columns, cellGap: cellGap) else {
                break
            }
            let contents = cells.map { $0.map(\.text).joined(separator: " ") }
            if let numberColumn, !contents[numberColumn].isEmpty, !isRowNumber(contents[numberColumn]) {
                break
            }
            if numberColumn == nil, contents.filter({ !$0.isEmpty }).count == 1, !contents[0].isEmpty,
                PDFPageText.isHeading(text) || PDFPageText.startsWithItemNumber(text)
            {
                break
            }
            body.append(contents)
            index += 1
            // A table's first row starts within a few lines: looking further would read on
            // through text that only lines up with the header by chance.
            if !hasRow, body.count >= longestHeader * 2 {
                guard !rows(of: body, numberColumn: numberColumn).isEmpty else { return nil }
                hasRow = true
            }
        }
        var rows = rows(of: body, numberColumn: numberColumn)
        guard !rows.isEmpty else { return nil }
        if cellGap == 1 { rows = rows.map { withNoValueMarksInPlace($0, columns: columns) } }
        // The rows' cells lost their gaps line by line, as their wrapped lines were joined.
        let header = headerRows(of: columns).map { $0.map(PDFPageText.withoutLatinGaps) }
        return ((header + rows).map { $0.joined(separator: "\t") }, index)
    }

    /// `row` with a no-value mark (`—`) that a browser squeezed into the unit column moved to
    /// the empty column after it: a unit is never written as `—`, while a baseline that the
    /// plan does not state is.
    static func withNoValueMarksInPlace(_ row: [String], columns: [Column]) -> [String] {
        guard let unit = columns.firstIndex(where: { TableHeader.headerCell($0.label).column == .unit }),
            unit + 1 < row.count, row[unit + 1].isEmpty, Lexicon.noValueMarks.contains(row[unit])
        else { return row }
        var row = row
        row.swapAt(unit, unit + 1)
        return row
    }

    /// Whether the line at `index`, after a blank line, goes on with a numbered table's rows:
    /// a browser leaves a blank line where a tall row pushes its neighbours apart.
    static func continuesRows(
        _ lines: [String], at index: Int, columns: [Column], numberColumn: Int, cellGap: Int
    ) -> Bool {
        guard index < lines.count, !lines[index].trimmingWhitespace().isEmpty,
            let cells = placing(lines[index], in: columns, cellGap: cellGap)
        else { return false }
        let number = cells[numberColumn].map(\.text).joined()
        return number.isEmpty || isRowNumber(number)
    }

    /// The position of the 序号 column, if the header names one.
    static func numberColumn(of columns: [Column]) -> Int? {
        columns.firstIndex { TableHeader.headerCell($0.label).column == .rowNumber }
    }

    /// The rows of a table's lines, each line's cells added to the row it belongs to.
    ///
    /// A row starts at the line with its number, where its cells start at the top, and takes
    /// the lines below it up to the next number (as a word processor prints it); a browser
    /// centres cells in their row, so the number stands in the middle of the row's lines (text
    /// above the first number, or a number alone on its line, shows it), and each line belongs
    /// to the row whose number is nearest. A table without numbers starts a
    /// row where the first column and most others hold text.
    /// - Parameter lines: The text each line puts in each column.
    static func rows(of lines: [[String]], numberColumn: Int?) -> [[String]] {
        guard let first = lines.first else { return [] }
        var starts: [Int] = []
        if let numberColumn {
            starts = lines.indices.filter { !lines[$0][numberColumn].isEmpty }
        } else {
            starts = lines.indices.filter { index in
                !lines[index][0].isEmpty && lines[index].filter { !$0.isEmpty }.count * 2 > first.count
            }
        }
        guard let firstStart = starts.first else { return [] }
        // A blank line between the header and the first number is a gap, not a row's top.
        let hasTextAboveFirstNumber = lines[..<firstStart].contains { $0.contains { !$0.isEmpty } }
        let isCentred =
            numberColumn.map { numberColumn in
                hasTextAboveFirstNumber
                    || starts.contains { start in
                        lines[start].indices.allSatisfy { $0 == numberColumn || lines[start][$0].isEmpty }
                    }
            } ?? false
        let firstTextColumn = first.indices.first { $0 != numberColumn }
        var rows = starts.map { lines[$0].map { _ in "" } }
        var next = 0
        for (index, line) in lines.enumerated() {
            while next < starts.count, starts[next] <= index { next += 1 }
            // `starts[next - 1]` is the row number at or above the line, `starts[next]` below it.
            var row = max(0, next - 1)
            if isCentred, next < starts.count {
                let below = starts[next] - index
                let above = next == 0 ? below + 1 : index - starts[next - 1]
                // Halfway between two numbers, a line that starts a row's first text cell is the
                // top of the next row; one that only goes on in later cells ends the row above.
                let startsText =
                    line.indices.first { $0 != numberColumn && !line[$0].isEmpty } == firstTextColumn
                if below < above || below == above && startsText { row = next }
            }
            for (position, content) in line.enumerated() where !content.isEmpty {
                rows[row][position] = joiningWrappedLine(content, to: rows[row][position])
            }
        }
        return rows
    }

    /// The header as one row of labels, or two when a label is subdivided: the labels above,
    /// then the labels below under the cells they subdivide.
    static func headerRows(of columns: [Column]) -> [[String]] {
        guard columns.contains(where: { $0.subLabel != nil }) else { return [columns.map(\.label)] }
        var top: [String] = []
        for column in columns where top.count == column.group {
            top.append(column.label)
        }
        return [top, columns.map { $0.subLabel ?? "" }]
    }

    /// `columns` with the pieces of a line below the header: a column that gets one piece
    /// takes it into its label, one that gets two or more is subdivided, a column per piece.
    static func finishingHeader(_ columns: [Column], with cells: [[Piece]]) -> [Column] {
        var finished: [Column] = []
        for (column, pieces) in zip(columns, cells) {
            if pieces.count >= 2, column.subLabel == nil {
                finished += pieces.map {
                    Column(start: $0.start, label: column.label, group: column.group, subLabel: $0.text)
                }
            } else {
                var column = column
                let text = pieces.map(\.text).joined()
                if column.subLabel != nil {
                    column.subLabel? += text
                } else {
                    column.label += text
                }
                finished.append(column)
            }
        }
        return finished
    }

    /// The pieces of `line` in the column each starts under; `nil` when the line is not a row:
    /// text that starts in the first column and runs across two more, as a paragraph does.
    /// - Parameter keepsPiecesApart: Whether pieces apart on the line stand in different
    ///   columns, as in a row; under a header, two pieces under one label subdivide it.
    static func placing(
        _ line: String, in columns: [Column], cellGap: Int = 2, keepsPiecesApart: Bool = true
    ) -> [[Piece]]? {
        var cells = [[Piece]](repeating: [], count: columns.count)
        let pieces = pieces(of: line, minimumGap: cellGap)
        var lastPosition = -1
        for piece in pieces {
            var position = column(startingAt: piece.start, in: columns)
            // Pieces apart on one line stand in different columns.
            if keepsPiecesApart, position <= lastPosition, lastPosition + 1 < columns.count {
                position = nearestColumn(to: piece.start, in: columns, from: lastPosition + 1)
            }
            var current: Piece?
            for word in Self.pieces(of: piece.text, minimumGap: 1) {
                let word = Piece(start: piece.start + word.start, text: word.text)
                guard var part = current else {
                    current = word
                    continue
                }
                if position + 1 < columns.count, word.start >= columns[position + 1].start - wordSlack {
                    cells[position].append(part)
                    position = nearestColumn(to: word.start, in: columns, from: position + 1)
                    current = word
                } else {
                    part.text +=
                        String(
                            repeating: " ", count: word.start - part.start - part.text.unicodeScalars.count)
                        + word.text
                    current = part
                }
            }
            if let current { cells[position].append(current) }
            lastPosition = position
        }
        if let first = pieces.first, columns.count >= 3,
            first.start < columns[1].start - slack,
            first.start + first.text.unicodeScalars.count > columns[2].start + slack
        {
            return nil
        }
        return cells
    }

    /// The column a piece starting at `start` belongs to: the last that starts at or before
    /// it, or the next when that starts at most ``slack`` characters after it and nearer.
    static func column(startingAt start: Int, in columns: [Column]) -> Int {
        let left = columns.lastIndex { $0.start <= start } ?? 0
        guard left + 1 < columns.count else { return left }
        let right = columns[left + 1].start - start
        return right <= slack && right < start - columns[left].start ? left + 1 : left
    }

    /// The column from `first` on whose start is nearest to `start`.
    static func nearestColumn(to start: Int, in columns: [Column], from first: Int) -> Int {
        columns.indices[first...].min { abs(columns[$0].start - start) < abs(columns[$1].start - start) }
            ?? first
    }

    /// Whether a 序号 cell holds a row number: `1`, `12.`, `3、`, `一`, `（二）`.
    static func isRowNumber(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var body = scalars[...]
        if let last = body.last, [".", "．", "、"].contains(last) { body = body.dropLast() }
        if let open = body.first, open == "（" || open == "(", let close = body.last,
            close == "）" || close == ")"
        {
            body = body.dropFirst().dropLast()
        }
        guard (1...3).contains(body.count) else { return false }
        return body.allSatisfy { ("0"..."9").contains($0) || ("０"..."９").contains($0) }
            || body.allSatisfy(ChineseNumeral.isChineseNumeral)
    }
}
