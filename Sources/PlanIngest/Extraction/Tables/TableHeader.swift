/// The header of a plan's table: what each column holds, and the years and unit it names.
///
/// Columns are mapped by meaning, not by position: `序号 | 重点任务 | 牵头单位 | 完成时限` and
/// `序号 | 指标 | 单位 | 基期值（2020年） | 目标值（2025年） | 属性` are both read. A header split
/// over two rows (`目标` above `2020年 | 2025年`) is read as one, the lower row naming the
/// columns it subdivides. Of two columns headed only by years, the later holds the goal and the
/// earlier the baseline.
struct TableHeader: Sendable, Hashable {
    /// The meaning of each column by position; `nil` where no header word names it.
    var columns: [TableColumn?]
    /// The header text of each column (both rows of a split header), for evidence.
    var labels: [String]
    /// The year of the baseline column: `基期值（2020年）`, `2020年`.
    var baseYear: Int?
    /// The year of the goal column: `目标值（2025年）`, `2025年`.
    var goalYear: Int?
    /// The unit a header gives every value of the table: `指标（%）`.
    var unit: String?

    /// The first position of `column`, if the table has one.
    func position(of column: TableColumn) -> Int? {
        columns.firstIndex(of: column)
    }

    /// Whether any column holds `column`.
    func has(_ column: TableColumn) -> Bool {
        columns.contains(column)
    }

    /// A 主要指标 table: each row names an indicator and the value it aims at.
    var isIndicatorTable: Bool {
        (has(.indicator) || has(.task)) && (has(.goal) || has(.growth))
            && (has(.unit) || has(.baseline) || has(.attribute))
    }

    /// A 任务分工表: each row states a task (or a goal, `工作目标`) with who does it or by when.
    var isTaskTable: Bool {
        !isIndicatorTable && (has(.task) || has(.indicator) || has(.goal))
            && (has(.responsible) || has(.lead) || has(.support) || has(.deadline))
    }

    /// One header cell as read.
    struct Cell: Sendable, Hashable {
        /// The column its words name; ``TableColumn/year`` for a year alone.
        var column: TableColumn?
        /// A year it names: `基期值（2020年）`, `2025年`.
        var year: Int?
        /// A unit in brackets: `（%）`, `（万人）`.
        var unit: String?
        /// The cell as written, without surrounding space.
        var label: String
    }

    /// Longest header cell read as a label; a longer cell is content, not a header.
    static let longestLabel = 16

    /// Reads the header in `cells` and, when it subdivides them, in the row `below`.
    /// - Returns: The header and the number of rows it takes (1 or 2); `nil` when the row is
    ///   not the header of a task or indicator table.
    static func reading(_ cells: [String], below: [String]?) -> (header: TableHeader, rows: Int)? {
        guard let top = headerCells(cells) else { return nil }
        if let below, let lower = headerCells(below), let merged = merging(top, below: lower) {
            let header = resolving(merged)
            if header.isIndicatorTable || header.isTaskTable { return (header, 2) }
        }
        let header = resolving(top)
        guard header.isIndicatorTable || header.isTaskTable else { return nil }
        return (header, 1)
    }

    /// The cells of a row that can be a header: every cell short, two or more named.
    static func headerCells(_ cells: [String]) -> [Cell]? {
        var read: [Cell] = []
        var named = 0
        for text in cells {
            let label = text.trimmingSpaces
            guard label.unicodeScalars.count <= longestLabel else { return nil }
            let cell = headerCell(label)
            if cell.column != nil { named += 1 }
            read.append(cell)
        }
        return named >= 1 ? read : nil
    }

    /// Reads one header cell: the longest header word it holds, a year, a bracketed unit.
    static func headerCell(_ label: String) -> Cell {
        let compact = String(String.UnicodeScalarView(label.unicodeScalars.filter { !$0.isTrimmedSpace }))
        let word = Lexicon.tableHeaders.filter { compact.contains($0.written) }
            .max { $0.written.unicodeScalars.count < $1.written.unicodeScalars.count }
        let year = TableDeadline.years(in: ScalarText(compact)).last?.year
        let unit = bracketedUnit(in: compact)
        return Cell(column: word?.column ?? (year != nil ? .year : nil), year: year, unit: unit, label: label)
    }

    /// A unit written in brackets in a header or a name (`（%）`, `（万人）`), when the bracket
    /// holds nothing else.
    static func bracketedUnit(in label: String) -> String? {
        let scalars = Array(label.unicodeScalars)
        guard let close = scalars.lastIndex(where: { $0 == ")" || $0 == "）" }),
            let open = scalars[..<close].lastIndex(where: { $0 == "(" || $0 == "（" })
        else { return nil }
        let inner = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
        guard !inner.isEmpty, IndicatorValue.isUnit(inner) else { return nil }
        return inner
    }

    /// Joins a header row with the row below it that names the columns it spans (`目标` over
    /// `2020年 | 2025年`); empty cells below continue the cell above.
    /// - Returns: `nil` when the lower row is not such a row.
    static func merging(_ top: [Cell], below: [Cell]) -> [Cell]? {
        let named = below.filter { $0.column != nil }
        guard !named.isEmpty, named.count == below.filter({ !$0.label.isEmpty }).count else { return nil }
        // An HTML row under `rowspan` cells holds only the cells it subdivides: they sit under
        // the one cell above that names a goal or nothing (目标, 指标值).
        if named.count == below.count, below.count < top.count {
            let spanning = top.indices.filter { top[$0].column == .goal || top[$0].column == nil }
            guard spanning.count == 1, let parent = spanning.first else { return nil }
            let cells = below.map { cell in
                var cell = cell
                cell.unit = cell.unit ?? top[parent].unit
                cell.label = top[parent].label + " " + cell.label
                return cell
            }
            return Array(top[..<parent]) + cells + Array(top[(parent + 1)...])
        }
        guard below.contains(where: { $0.label.isEmpty }), below.count >= top.count else { return nil }
        // Which cell above each cell below sits under.
        var parents: [Int] = []
        if below.count == top.count {
            parents = Array(top.indices)
        } else {
            var parent = 0
            var index = 0
            while index < below.count {
                if below[index].label.isEmpty {
                    parents.append(parent)
                    index += 1
                } else {
                    while index < below.count, !below[index].label.isEmpty {
                        parents.append(parent)
                        index += 1
                    }
                }
                parent += 1
            }
            guard parent == top.count else { return nil }
        }
        return below.indices.map { index in
            let above = top[parents[index]]
            var cell = below[index]
            guard !cell.label.isEmpty else { return above }
            cell.year = cell.year ?? above.year
            cell.unit = cell.unit ?? above.unit
            cell.label = above.label + " " + cell.label
            return cell
        }
    }

    /// The header of read cells: year columns become the goal (the latest) and the baseline
    /// (the earliest) when no header word names those.
    static func resolving(_ cells: [Cell]) -> TableHeader {
        var columns = cells.map(\.column)
        let yearColumns = cells.indices.filter { columns[$0] == .year }
            .sorted { (cells[$0].year ?? 0) < (cells[$1].year ?? 0) }
        if !columns.contains(.goal), let latest = yearColumns.last {
            columns[latest] = .goal
        }
        if !columns.contains(.baseline), let earliest = yearColumns.first, columns[earliest] == .year {
            columns[earliest] = .baseline
        }
        columns = columns.map { $0 == .year ? nil : $0 }
        let goal = columns.firstIndex(of: .goal)
        let baseline = columns.firstIndex(of: .baseline)
        return TableHeader(
            columns: columns, labels: cells.map(\.label), baseYear: baseline.flatMap { cells[$0].year },
            goalYear: goal.flatMap { cells[$0].year },
            unit: cells.lazy.compactMap(\.unit).first)
    }
}
