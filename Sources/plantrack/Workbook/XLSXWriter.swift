import CXLSXWriter
import Foundation
import PlanWriting

/// An Excel workbook built by libxlsxwriter and handed over as bytes, so that it reaches the
/// disk through ``OutputFile`` like every other result: never over a file the user did not ask
/// to replace, and whole or not at all.
///
/// Text is always written as a string cell, never as a formula, so a document's words cannot run
/// in a spreadsheet.
///
/// ```swift
/// let workbook = try XLSXWriter()
/// let sheet = try workbook.addSheet(named: "市科技局")
/// try sheet.write(.text("指标"), row: 0, column: 0, style: .header)
/// try sheet.write(.number(1500), row: 1, column: 0)
/// let bytes = try workbook.bytes()
/// ```
final class XLSXWriter {
    /// What a cell holds.
    enum Cell: Hashable {
        case text(String)
        case number(Double)
        case empty
    }

    /// How a cell looks and whether a protected sheet lets it be edited.
    struct Style: Hashable {
        var isBold = false
        var isUnlocked = false
        var wrapsText = false
        /// The background colour as 0xRRGGBB.
        var fill: UInt32?
        /// The font colour as 0xRRGGBB.
        var fontColor: UInt32?
        /// An Excel number format such as `0.0`, for numbers.
        var numberFormat: String?

        static let plain = Style()
        static let header = Style(isBold: true, fill: 0xD9E1F2)
        static let editable = Style(isUnlocked: true, fill: 0xFFF2CC)
        static let paragraph = Style(wrapsText: true)
    }

    /// Excel's limit on the characters of one cell.
    static let maximumCellLength = 32_767

    private let folder: URL
    private let path: String
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [Style: UnsafeMutablePointer<lxw_format>] = [:]

    /// Starts an empty workbook in a private temporary folder.
    /// - Throws: `CLIError` when libxlsxwriter cannot start.
    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("plantrack-xlsx-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("workbook.xlsx").path
        workbook = folder.path.withCString { tmpdir in
            var options = lxw_workbook_options(
                constant_memory: 0, tmpdir: UnsafeMutablePointer(mutating: tmpdir), use_zip64: 0)
            return workbook_new_opt(path, &options)
        }
        guard workbook != nil else {
            try? FileManager.default.removeItem(at: folder)
            throw CLIError("cannot start a workbook in \(folder.path)")
        }
    }

    deinit {
        // A workbook abandoned half-way still has to be freed; its file is thrown away.
        if let workbook { workbook_close(workbook) }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Adds a sheet; `name` must already be a valid, unique sheet name (see ``SheetName``).
    func addSheet(named name: String) throws -> Sheet {
        guard let workbook, let sheet = workbook_add_worksheet(workbook, name) else {
            throw CLIError("cannot add the sheet '\(name)' to the workbook")
        }
        return Sheet(pointer: sheet, owner: self)
    }

    /// The finished workbook's bytes; the writer cannot be used afterwards.
    func bytes() throws -> [UInt8] {
        guard let workbook else { throw CLIError("the workbook was already finished") }
        self.workbook = nil
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            throw CLIError("cannot write the workbook: \(String(cString: lxw_strerror(result)))")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read back the workbook written to \(path)")
        }
        return [UInt8](data)
    }

    /// The libxlsxwriter format of `style`, made once per workbook.
    fileprivate func format(_ style: Style) -> UnsafeMutablePointer<lxw_format>? {
        if style == .plain { return nil }
        if let format = formats[style] { return format }
        guard let workbook, let format = workbook_add_format(workbook) else { return nil }
        if style.isBold { format_set_bold(format) }
        if style.isUnlocked { format_set_unlocked(format) }
        if style.wrapsText { format_set_text_wrap(format) }
        if let fill = style.fill { format_set_bg_color(format, fill) }
        if let fontColor = style.fontColor { format_set_font_color(format, fontColor) }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        formats[style] = format
        return format
    }

    /// One sheet of the workbook.
    struct Sheet {
        fileprivate let pointer: UnsafeMutablePointer<lxw_worksheet>
        fileprivate let owner: XLSXWriter

        /// Writes a cell (rows and columns count from 0).
        func write(_ cell: Cell, row: Int, column: Int, style: Style = .plain) throws {
            let format = owner.format(style)
            let (row, column) = (lxw_row_t(row), lxw_col_t(column))
            let result: lxw_error
            switch cell {
            case .text(let text) where !text.isEmpty:
                result = worksheet_write_string(
                    pointer, row, column,
                    String(text.withVisibleControls.prefix(XLSXWriter.maximumCellLength)), format)
            case .number(let number) where number.isFinite:
                result = worksheet_write_number(pointer, row, column, number, format)
            default:
                result = format == nil ? LXW_NO_ERROR : worksheet_write_blank(pointer, row, column, format)
            }
            guard result == LXW_NO_ERROR else {
                throw CLIError(
                    "cannot write a cell of the workbook: \(String(cString: lxw_strerror(result)))")
            }
        }

        /// Writes a row of cells from column 0.
        func write(_ cells: [Cell], row: Int, style: Style = .plain) throws {
            for (column, cell) in cells.enumerated() {
                try write(cell, row: row, column: column, style: style)
            }
        }

        /// Sets the width of each column, in characters.
        func setColumnWidths(_ widths: [Double]) {
            for (column, width) in widths.enumerated() {
                worksheet_set_column(pointer, lxw_col_t(column), lxw_col_t(column), width, nil)
            }
        }

        /// Keeps the first `rows` rows in view while scrolling.
        func freezeRows(_ rows: Int) {
            worksheet_freeze_panes(pointer, lxw_row_t(rows), 0)
        }

        /// Adds filter buttons to the header row `headerRow` over `columns` columns and `rows`
        /// rows below it.
        func addAutofilter(headerRow: Int, rows: Int, columns: Int) {
            guard columns > 0 else { return }
            worksheet_autofilter(
                pointer, lxw_row_t(headerRow), 0, lxw_row_t(headerRow + rows), lxw_col_t(columns - 1))
        }

        /// Locks every cell not written with an unlocked style; no password, so it guards
        /// against slips, not against anyone.
        func protect() {
            var options = lxw_protection()
            options.format_columns = 1
            options.format_rows = 1
            options.autofilter = 1
            options.sort = 1
            worksheet_protect(pointer, nil, &options)
        }

        /// Warns when what is typed into `column` on rows `rows` (0-based, inclusive) is not a
        /// decimal number.
        func requireDecimal(column: Int, rows: ClosedRange<Int>, message: String) {
            var validation = lxw_data_validation()
            validation.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            validation.minimum_number = -1e15
            validation.maximum_number = 1e15
            // A warning, not a stop: a unit may still write an amount with its unit (4.3亿元).
            validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
            message.withCString { text in
                validation.error_message = UnsafeMutablePointer(mutating: text)
                _ = worksheet_data_validation_range(
                    pointer, lxw_row_t(rows.lowerBound), lxw_col_t(column), lxw_row_t(rows.upperBound),
                    lxw_col_t(column), &validation)
            }
        }

        /// Makes this the sheet shown when the workbook opens.
        func activate() {
            worksheet_activate(pointer)
        }
    }
}
