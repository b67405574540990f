import Foundation
import PlanIngest
import PlanStore
import PlanWriting

/// One problem in a workbook of figures, naming its sheet, row and column as Excel shows them:
/// `sheet 市科技局, row 7, column 数值: …`.
struct ProgressWorkbookProblem: Error, Hashable, CustomStringConvertible {
    var sheet: String
    var row: Int
    /// The column's header as written in the sheet, when the problem is about one cell.
    var column: String?
    var message: String

    var description: String {
        let place = "sheet \(sheet.withVisibleControls), row \(row)"
        guard let column else { return "\(place): \(message)" }
        return "\(place), column \(column.withVisibleControls): \(message)"
    }
}

/// Every problem found in a workbook of figures.
struct ProgressWorkbookErrors: Error, CustomStringConvertible {
    var problems: [ProgressWorkbookProblem]

    var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// A workbook of progress figures read into figures ready to store, by the rules of a progress
/// CSV (``ProgressSheet``): every sheet whose first row names the columns (`target, period,
/// value` or `目标编号, 期间, 数值`, as `plantrack request` writes them) is read, every row
/// checked before anything is stored, and every problem reported.
///
/// Cells are read as a person sees them: a number as its digits, a number stored as text as
/// that text, a formula as the value it last showed, and a date in the period column as its
/// month (Excel turns a typed `2024-07` into the date 2024-07-01). A row whose value, note and
/// source are all empty is one the unit had no figure for, and is passed over. Other sheets,
/// such as 说明, are skipped.
enum ProgressWorkbook {
    /// A figure and the sheet and row it came from.
    struct Row: Sendable, Hashable {
        var sheet: String
        var row: Int
        var figure: ProgressFigure
    }

    /// What a workbook holds.
    struct Reading {
        var rows: [Row]
        /// The rows left empty, which hold no figure.
        var unansweredCount: Int
    }

    /// Reads `sheets`; `resolve` finds the target a row names, as for a CSV.
    static func figures(
        in sheets: [WorkbookSheet], defaultPlan: Int64?, asIs: Bool = false,
        resolve: (_ reference: String, _ plan: Int64?) throws -> StoredTarget
    ) throws(ProgressWorkbookErrors) -> Reading {
        var rows: [Row] = []
        var dataRowCount = 0
        var problems: [ProgressWorkbookProblem] = []
        var foundHeader = false
        for sheet in sheets {
            guard let header = sheet.rows.first, let records = records(of: sheet) else { continue }
            foundHeader = true
            var sheetProblems = cellsWithoutHeader(in: sheet)
            defer { problems += sheetProblems.sorted { $0.row < $1.row } }
            dataRowCount += records.count - 1
            // Names each field's column as the sheet's header writes it.
            let written = Dictionary(
                header.cells.compactMap { column, value -> (String, String)? in
                    guard case .text(let name) = value, let known = ProgressSheetColumn(header: name) else {
                        return nil
                    }
                    return (known.rawValue, name.trimmingWhitespace())
                }, uniquingKeysWith: { first, _ in first })
            do {
                let figures = try ProgressSheet.figures(
                    in: records, defaultPlan: defaultPlan, asIs: asIs, skipsUnansweredRows: true,
                    rowWord: "row",
                    resolve: resolve)
                rows += figures.map { Row(sheet: sheet.name, row: $0.line, figure: $0.figure) }
            } catch {
                sheetProblems += error.problems.map { problem in
                    ProgressWorkbookProblem(
                        sheet: sheet.name, row: problem.line, column: problem.field.map { written[$0] ?? $0 },
                        message: problem.message)
                }
            }
        }
        guard foundHeader else {
            throw ProgressWorkbookErrors(problems: [
                ProgressWorkbookProblem(
                    sheet: sheets.first?.name ?? "(none)", row: 1, column: nil,
                    message:
                        "no sheet starts with a header row; the columns are \(ProgressSheetColumn.accepted)")
            ])
        }
        guard problems.isEmpty else { throw ProgressWorkbookErrors(problems: problems) }
        return Reading(rows: rows, unansweredCount: dataRowCount - rows.count)
    }

    /// The sheet's rows as records of text, header first, over the columns the header names;
    /// `nil` when its first row names no column a sheet of figures has.
    static func records(of sheet: WorkbookSheet) -> [CSVRecord]? {
        guard let header = sheet.rows.first else { return nil }
        let names = header.cells.mapValues(text(of:)).filter { !$0.value.trimmingWhitespace().isEmpty }
        guard names.values.contains(where: { ProgressSheetColumn(header: $0) != nil }) else { return nil }
        let columns = names.keys.sorted()
        let periodColumn = names.first { ProgressSheetColumn(header: $0.value) == .period }?.key
        return sheet.rows.map { row in
            let fields = columns.map { column -> String in
                guard let value = row.cells[column] else { return "" }
                if column == periodColumn, case .date(let day) = value {
                    return String(day.iso.prefix(7))
                }
                return text(of: value)
            }
            return CSVRecord(line: row.number, fields: fields)
        }
    }

    /// Cells holding something in a column the header leaves blank, which would be lost.
    static func cellsWithoutHeader(in sheet: WorkbookSheet) -> [ProgressWorkbookProblem] {
        guard let header = sheet.rows.first else { return [] }
        let named = Set(header.cells.filter { !text(of: $0.value).trimmingWhitespace().isEmpty }.keys)
        return sheet.rows.dropFirst().flatMap { row in
            row.cells.keys.sorted().filter {
                !named.contains($0) && !text(of: row.cells[$0] ?? .text("")).trimmingWhitespace().isEmpty
            }
            .map { column in
                ProgressWorkbookProblem(
                    sheet: sheet.name, row: row.number, column: columnLetters(column),
                    message: "a value in a column with no header; name the column or clear the cell")
            }
        }
    }

    /// Excel's letters for a 0-based column: A, Z, AA.
    static func columnLetters(_ column: Int) -> String {
        var letters = ""
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }

    /// A cell as text that ``FigureValue`` and ``Period`` read: a number without float noise
    /// added or digits lost (`1320`, `3.55`), a date as `2024-06-30`.
    static func text(of value: WorkbookValue) -> String {
        switch value {
        case .text(let text): return text
        case .number(let number): return decimalText(of: number)
        case .boolean(let isTrue): return isTrue ? "TRUE" : "FALSE"
        case .date(let day): return day.iso
        case .error(let error): return error
        }
    }

    /// `number` in plain decimal notation, as short as reads back exactly.
    static func decimalText(of number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        let shortest = "\(number)"
        guard shortest.contains("e") else { return shortest }
        var fixed = String(format: "%.20f", number)
        while fixed.hasSuffix("0") { fixed.removeLast() }
        if fixed.hasSuffix(".") { fixed.removeLast() }
        return fixed
    }
}
