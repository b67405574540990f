import PlanStore

/// Rows of a report rendered into one buffer as the statuses come, keeping of each status only
/// what the report still needs once the text is written: its state for `--fail-on`, and how
/// overdue it is to sort the overdue report. A worker thread fills one per part of a report.
struct RenderedRows: Sendable {
    /// What is kept of one rendered status.
    struct Row: Sendable {
        /// Where its text lies in ``RenderedRows/text``.
        var bytes: Range<Int>
        /// Its state.
        var state: TargetState
        /// Days past the deadline, 0 when not overdue.
        var daysOverdue: Int
        /// Whether any figure was reported.
        var hasFigures: Bool
    }

    /// The rows' text, in UTF-8, one after the other.
    private(set) var text: [UInt8] = []
    /// The rows, in the order they were added.
    private(set) var rows: [Row] = []

    /// Adds the row that `render` appends to the text for `status`.
    mutating func append(_ status: TargetStatus, render: (TargetStatus, inout [UInt8]) throws -> Void)
        rethrows
    {
        let start = text.count
        try render(status, &text)
        rows.append(
            Row(
                bytes: start..<text.count, state: status.state, daysOverdue: status.daysOverdue ?? 0,
                hasFigures: status.lastPeriod != nil))
    }

    /// Adds the rows of `other` after these.
    mutating func append(contentsOf other: RenderedRows) {
        let offset = text.count
        text += other.text
        rows += other.rows.map { row in
            var row = row
            row.bytes = (row.bytes.lowerBound + offset)..<(row.bytes.upperBound + offset)
            return row
        }
    }

    /// The text of `row`.
    func text(of row: Row) -> ArraySlice<UInt8> {
        text[row.bytes]
    }

    /// The rows in the order of the overdue report: those with figures before those without,
    /// each most overdue first, then in the order they were added.
    func overdueOrder() -> [Row] {
        rows.indices.sorted { left, right in
            let (a, b) = (rows[left], rows[right])
            if a.hasFigures != b.hasFigures { return a.hasFigures }
            if a.daysOverdue != b.daysOverdue { return a.daysOverdue > b.daysOverdue }
            return left < right
        }.map { rows[$0] }
    }
}

extension RenderedRows {
    /// Renders `status` as an element of the JSON of ``StatusReportJSON``.
    static func appendJSON(_ status: TargetStatus, to text: inout [UInt8]) throws {
        text.append(contentsOf: try StatusReportJSON.Writer.indented(StatusJSON(status)).utf8)
    }
}
