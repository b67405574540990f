extension PDFTableLayout {
    /// `columns` placed where a numbered row that fills each of them puts its cells, when the
    /// columns no longer line up with it; else `nil`.
    ///
    /// `pdftotext` lays each page out on its own grid, so the rows of a table that runs on to
    /// the next page may start their columns further right than its header did (`4` at the
    /// margin, `政务服务事项` under 重点任务 but `市政务服务和` under 配合单位). A row whose
    /// number line has one piece per column gives their places back; the lines below it are
    /// read with them. Only where a word processor laid the page out: there a single space is
    /// a gap inside a cell, so the pieces are the cells, while a browser's one-space gaps split
    /// a cell's words as well.
    ///
    /// ```swift
    /// // header "序号       重点任务       牵头单位     配合单位     完成时限"
    /// PDFTableLayout.columns(columns, shiftedBy: "4                政务服务事项      市政务服务和   市直各部门   2025 年底前",
    ///                        numberColumn: 0)
    /// // starts 0, 17, 29, 38, 46 instead of 0, 9, 20, 29, 38
    /// ```
    static func columns(_ columns: [Column], shiftedBy line: String, numberColumn: Int) -> [Column]? {
        let pieces = pieces(of: line, minimumGap: 2)
        guard pieces.count == columns.count, isRowNumber(pieces[numberColumn].text),
            let cells = placing(line, in: columns),
            !cells.allSatisfy({ $0.count == 1 })
        else { return nil }
        return zip(columns, pieces).map { column, piece in
            var column = column
            column.start = piece.start
            return column
        }
    }
}
