import PlanStore

extension StatusTable {
    /// Appends the row of ``statusRow(_:)`` to `bytes` as one CSV record, CRLF included,
    /// written byte by byte: the same bytes as `CSVWriter.record(statusRow(status)).utf8`
    /// without a string per field.
    ///
    /// Touches nothing but `bytes`, so rendering threads may each call it on their own buffer.
    static func appendStatusCSVRecord(_ status: TargetStatus, to bytes: inout [UInt8]) {
        CSVRecordWriter.appendRecord(to: &bytes) { appendRow(status, judgement: .state, to: &$0) }
    }

    /// Appends the row of ``overdueRow(_:)`` to `bytes` as one CSV record, CRLF included: the
    /// same bytes as `CSVWriter.record(overdueRow(status)).utf8`.
    ///
    /// Touches nothing but `bytes`, so rendering threads may each call it on their own buffer.
    static func appendOverdueCSVRecord(_ status: TargetStatus, to bytes: inout [UInt8]) {
        CSVRecordWriter.appendRecord(to: &bytes) { appendRow(status, judgement: .daysOverdue, to: &$0) }
    }
}
