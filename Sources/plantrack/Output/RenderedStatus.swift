import PlanStore

/// A status rendered as a row of a report, on one of the store's worker threads, with what the
/// report still needs of the status once it is back in order: its state for `--fail-on`, and
/// how overdue it is for sorting.
struct RenderedStatus: Sendable {
    /// The status's state.
    var state: TargetState
    /// Days past the deadline, as in ``TargetStatus/daysOverdue``.
    var daysOverdue: Int?
    /// Whether any figure was reported.
    var hasFigures: Bool
    /// The row as it is written out, in UTF-8.
    var text: [UInt8]

    /// The row `text` of `status`.
    init(_ status: TargetStatus, text: [UInt8]) {
        state = status.state
        daysOverdue = status.daysOverdue
        hasFigures = status.lastPeriod != nil
        self.text = text
    }

    /// `status` as an element of the JSON of ``StatusReportJSON``, or as the CSV record that
    /// `appendCSVRecord` writes.
    init(
        _ status: TargetStatus, asJSON: Bool,
        appendCSVRecord: (TargetStatus, inout [UInt8]) -> Void
    ) throws {
        var text: [UInt8] = []
        if asJSON {
            text.append(contentsOf: try StatusReportJSON.Writer.indented(StatusJSON(status)).utf8)
        } else {
            appendCSVRecord(status, &text)
        }
        self.init(status, text: text)
    }
}
