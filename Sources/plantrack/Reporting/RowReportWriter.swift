import PlanStore

/// A ``ReportWriter`` whose rows stand on their own, the same bytes wherever they go (CSV
/// records, JSON elements), so that a report can render its rows first and write them in
/// another order: `report overdue` sorts its rendered rows, not the statuses, which are much
/// larger.
protocol RowReportWriter: ReportWriter {
    /// Appends the row of `status` to `bytes`.
    func appendRow(_ status: TargetStatus, to bytes: inout [UInt8])

    /// Writes a row that ``appendRow(_:to:)`` rendered, after those written before.
    mutating func add(renderedRow: ArraySlice<UInt8>, to output: inout StreamedOutput) throws
}

extension RowReportWriter {
    mutating func add(_ status: TargetStatus, pass: Int, to output: inout StreamedOutput) throws {
        var row: [UInt8] = []
        appendRow(status, to: &row)
        try add(renderedRow: row[...], to: &output)
    }
}
