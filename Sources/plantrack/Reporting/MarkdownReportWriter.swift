import PlanStore

/// A report as Markdown to paste into a document: the title as a heading (with the counts by
/// state, known after a first pass), then a GitHub-flavoured table.
struct MarkdownReportWriter: ReportWriter {
    let report: StatusReport
    private var counts = StateCounts()
    private var hasStarted = false

    init(report: StatusReport) {
        self.report = report
    }

    var passes: Int { 2 }

    mutating func add(_ status: TargetStatus, pass: Int, to output: inout StreamedOutput) throws {
        guard pass == 1 else { return counts.add(status) }
        try startTable(to: &output)
        try output.write(TextTable.markdownLine(report.columns.cells(status)) + "\n")
    }

    mutating func finish(to output: inout StreamedOutput) throws {
        try startTable(to: &output)
    }

    /// Writes the heading, the lines under it and the table's heading, once.
    private mutating func startTable(to output: inout StreamedOutput) throws {
        guard !hasStarted else { return }
        hasStarted = true
        let subtitle = (report.subtitle?(counts) ?? []).drop(while: \.isEmpty)
        try output.write(
            "## " + report.title(counts) + "\n\n" + subtitle.map { $0 + "\n" }.joined()
                + (subtitle.isEmpty ? "" : "\n") + TextTable.markdownHeading(report.columns.columns))
    }
}
