import PlanStore
import PlanWriting

/// A report as CSV for a spreadsheet: a header row, then one record per status, written as
/// bytes, amounts as plain numbers in the target's base unit (``AmountStyle/numbers``) so that
/// a spreadsheet adds them up.
struct CSVReportWriter: RowReportWriter {
    let columns: StatusColumns
    /// Whether the text starts with a byte order mark, for Excel and WPS.
    let byteOrderMark: Bool

    func start(to output: inout StreamedOutput) throws {
        if byteOrderMark { try output.write("\u{FEFF}") }
        try output.write {
            CSVRecordWriter.appendRecord(columns.columns(style: .numbers).map(\.title), to: &$0)
        }
    }

    func appendRow(_ status: TargetStatus, to bytes: inout [UInt8]) {
        CSVRecordWriter.appendRecord(to: &bytes) { columns.appendRow(status, style: .numbers, to: &$0) }
    }

    // Written straight into the output: no row is copied.
    func add(_ status: TargetStatus, pass: Int, to output: inout StreamedOutput) throws {
        try output.write { appendRow(status, to: &$0) }
    }

    func add(renderedRow: ArraySlice<UInt8>, to output: inout StreamedOutput) throws {
        try output.write(bytes: renderedRow)
    }

    func finish(to output: inout StreamedOutput) throws {}
}
