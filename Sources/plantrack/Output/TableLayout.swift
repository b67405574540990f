import PlanWriting

/// A terminal table's column widths, measured from rows seen one at a time, and its lines laid
/// out with them: a table too large to hold is measured in one pass and printed in a second.
///
/// Columns are two spaces apart and padded by display width; line breaks inside a cell become
/// spaces; the last left-aligned column gets no trailing spaces.
struct TableLayout: Sendable {
    let columns: [TextTable.Column]
    /// The display width of each column so far.
    private(set) var widths: [Int]
    /// Whether ``fit(width:)`` narrowed a column, so that cells may need cutting short.
    private var isNarrowed = false

    init(columns: [TextTable.Column]) {
        self.columns = columns
        widths = columns.map { displayWidth($0.title) }
    }

    /// Widens the columns to fit `row`.
    mutating func measure(_ row: [String]) {
        for (index, cell) in cells(of: row).enumerated() {
            widths[index] = max(widths[index], displayWidth(cell))
        }
    }

    /// Narrows the truncatable columns (``TextTable/Column/isTruncatable``), widest first, until
    /// the lines fit `width` display columns or each is down to four Chinese characters (or its
    /// title); their longer cells are then cut short with `…`.
    /// - Complexity: O(*c* × *e*) for *c* columns and *e* columns of excess width.
    mutating func fit(width: Int) {
        var excess = widths.reduce(2 * (widths.count - 1), +) - width
        let truncatable = columns.indices.filter { columns[$0].isTruncatable }
        while excess > 0 {
            let narrowable = truncatable.filter { widths[$0] > minimumWidth(of: $0) }
            guard let widest = narrowable.max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
            excess -= 1
            isNarrowed = true
        }
    }

    /// The narrowest a truncatable column gets: four Chinese characters, or its whole title.
    private func minimumWidth(of column: Int) -> Int {
        min(widths[column], max(8, displayWidth(columns[column].title)))
    }

    /// The heading line and the rule under it, each ending in a line break.
    var heading: String {
        line(columns.map(\.title)) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
    }

    /// One row as a line, without its line break; `style`, when given, decorates each padded
    /// cell by column index (colour codes do not upset the alignment).
    func line(_ row: [String], style: ((_ column: Int, _ cell: String) -> String)? = nil) -> String {
        let cells = cells(of: row)
        let padded = cells.enumerated().map { index, whole in
            let cell =
                isNarrowed && columns[index].isTruncatable
                ? whole.truncated(toDisplayWidth: widths[index]) : whole
            let text =
                index == cells.count - 1 && columns[index].alignment == .left
                ? cell : cell.padded(toDisplayWidth: widths[index], alignment: columns[index].alignment)
            return style?(index, text) ?? text
        }
        var joined = padded.joined(separator: "  ")
        while joined.last == " " { joined.removeLast() }
        return joined
    }

    /// The row's cells, one per column, each on a single line.
    private func cells(of row: [String]) -> [String] {
        (0..<columns.count).map { index in index < row.count ? Self.singleLine(row[index]) : "" }
    }

    /// The cell with its line breaks as spaces and its control characters written out; a cell
    /// without either, as most are, is returned as it is after one scan of its bytes.
    private static func singleLine(_ cell: String) -> String {
        guard mayBreakOrControl(cell.utf8) else { return cell }
        return cell.split(whereSeparator: \.isNewline).joined(separator: " ").withVisibleControls
    }

    /// Whether the UTF-8 bytes hold a C0 control, DEL, a C1 control (U+0080–U+009F, which
    /// includes NEL) or a line or paragraph separator (U+2028, U+2029).
    private static func mayBreakOrControl(_ bytes: String.UTF8View) -> Bool {
        var (before, last): (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if byte < 0x20 || byte == 0x7F { return true }
            if last == 0xC2, byte < 0xA0 { return true }
            if before == 0xE2, last == 0x80, byte == 0xA8 || byte == 0xA9 { return true }
            (before, last) = (last, byte)
        }
        return false
    }
}
