/// What one cell of a workbook holds, as the file stores it.
///
/// A formula's cell holds the value it last computed (its cached value): plantrack never
/// computes formulas. A number shown under a date format is a ``date(_:)``.
public enum WorkbookValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    case boolean(Bool)
    /// A serial day number shown as a date (Excel's 1900 or 1904 date system).
    case date(CalendarDay)
    /// An error a formula left (`#DIV/0!`, `#N/A`).
    case error(String)
}

/// One row of a sheet: its 1-based number, as Excel shows it, and its non-empty cells by
/// 0-based column.
public struct WorkbookRow: Sendable, Hashable {
    /// The row number Excel shows (1 for the first row).
    public var number: Int
    /// The cells that hold something, by column (0 for column A).
    public var cells: [Int: WorkbookValue]

    /// Creates a row.
    public init(number: Int, cells: [Int: WorkbookValue]) {
        self.number = number
        self.cells = cells
    }
}

/// One worksheet of a workbook: its name as the tab shows it and its non-empty rows in order.
public struct WorkbookSheet: Sendable, Hashable {
    /// The name on the sheet's tab.
    public var name: String
    /// The rows that hold at least one cell, top to bottom.
    public var rows: [WorkbookRow]

    /// Creates a sheet.
    public init(name: String, rows: [WorkbookRow]) {
        self.name = name
        self.rows = rows
    }
}
