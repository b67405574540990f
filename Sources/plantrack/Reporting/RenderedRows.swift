import PlanStore

/// Rows of a report rendered into one buffer as the statuses come, keeping of each status only
/// what sorts it: `report overdue` holds a few hundred bytes per row instead of a whole status.
struct RenderedRows {
    /// The rows' text, one after the other.
    private var text: [UInt8] = []
    /// Where each row's text lies in ``text``, in the order they came.
    private var ranges: [Range<Int>] = []
    /// What sorts each row.
    private var keys: [OverdueOrder.Key] = []

    /// How many rows there are.
    var count: Int { ranges.count }

    /// Adds the row that `writer` renders for `status`.
    mutating func append(_ status: TargetStatus, renderedBy writer: some RowReportWriter) {
        let start = text.count
        writer.appendRow(status, to: &text)
        ranges.append(start..<text.count)
        keys.append(OverdueOrder.Key(status))
    }

    /// The rows' texts in the order of the overdue report.
    func inOverdueOrder() -> [ArraySlice<UInt8>] {
        OverdueOrder.positions(of: keys).map { text[ranges[$0]] }
    }
}
