import PlanStore

/// A report as a table for people on a terminal: the title (with the counts by state), then
/// the rows with their columns padded by display width and the state painted in its colour,
/// fitted to the terminal's width when it is given.
///
/// The first pass measures the columns and counts the states, the second prints, so that the
/// rows of a large report are never all held.
struct TableReportWriter: ReportWriter {
    let report: StatusReport
    let style: TerminalStyle
    /// The display width the table fits, cutting its metrics and quotes short; `nil` for every
    /// column in full.
    let width: Int?
    private var layout: TableLayout
    private var counts = StateCounts()
    private var printed = 0

    init(report: StatusReport, style: TerminalStyle, width: Int? = nil) {
        self.report = report
        self.style = style
        self.width = width
        layout = TableLayout(columns: report.columns.columns)
    }

    var passes: Int { 2 }

    mutating func add(_ status: TargetStatus, pass: Int, to output: inout StreamedOutput) throws {
        let cells = report.columns.cells(status)
        guard pass == 1 else {
            layout.measure(cells)
            counts.add(status)
            return
        }
        if printed == 0 {
            if let width { layout.fit(width: width) }
            try output.write(heading)
        }
        let (stateColumn, style) = (report.columns.stateColumn, style)
        let line = layout.line(cells) { column, cell in
            column == stateColumn ? style.paint(cell, for: status.state) : cell
        }
        try output.write(line + "\n")
        printed += 1
    }

    mutating func finish(to output: inout StreamedOutput) throws {
        guard printed == 0 else { return }
        if counts.total == 0, let emptyMessage = report.emptyMessage {
            try output.write(emptyMessage + "\n")
        } else {
            try output.write(heading)
        }
    }

    /// The title, the lines under it and the column headings.
    private var heading: String {
        let subtitle = report.subtitle?(counts) ?? []
        return report.title(counts) + "\n" + subtitle.map { $0 + "\n" }.joined() + "\n" + layout.heading
    }
}
