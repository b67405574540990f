import PlanIngest
import PlanStore

/// What a report of target statuses shows, whatever its format: its name in JSON, its title,
/// its columns and what it says when it has no row.
///
/// ```swift
/// let report = StatusReport(name: "missing", asOf: day, columns: .missing) { counts in
///     "Figures missing as of \(day.iso): \(counts.total)"
/// }
/// ```
struct StatusReport {
    /// The `report` value of the JSON.
    var name: String
    /// The day the statuses were judged at.
    var asOf: CalendarDay
    /// The columns of the tables (terminal, Markdown, CSV, HTML).
    var columns: StatusColumns
    /// The title above the tables, from the counts of the rows.
    var title: (StateCounts) -> String
    /// What a terminal shows instead of an empty table; `nil` shows the title and the headings.
    var emptyMessage: String?
    /// The lines under the title, before the table; `nil` for none.
    var subtitle: ((StateCounts) -> [String])?

    init(
        name: String, asOf: CalendarDay, columns: StatusColumns, emptyMessage: String? = nil,
        title: @escaping (StateCounts) -> String, subtitle: ((StateCounts) -> [String])? = nil
    ) {
        self.name = name
        self.asOf = asOf
        self.columns = columns
        self.title = title
        self.emptyMessage = emptyMessage
        self.subtitle = subtitle
    }

    /// Whether rows in `format` print each target's quote, which the store then reads.
    func needsQuotes(in format: OutputFormat) -> Bool {
        if case .compare = columns { return true }
        return format == .json || format == .html || format == .markdown
    }

    /// The writer of this report in `format`.
    ///
    /// - Parameters:
    ///   - format: The output format.
    ///   - options: Where the report goes (colour only on a terminal, a BOM when asked for) and
    ///     the width a table must fit.
    ///   - store: Where the HTML page finds the figures it charts.
    func writer(for format: OutputFormat, options: ReportOptions, store: Store) -> any ReportWriter {
        let output = options.output
        return switch format {
        case .table:
            TableReportWriter(
                report: self,
                style: output.isStandardOutput ? .forStandardOutput() : TerminalStyle(isEnabled: false),
                width: options.tableWidth)
        case .markdown: MarkdownReportWriter(report: self)
        case .csv: csvWriter(for: output)
        case .json: jsonWriter
        case .html: HTMLReportWriter(report: self, store: store)
        case .xlsx: XLSXReportWriter(report: self)
        }
    }

    /// The CSV writer of this report, with a byte order mark when `output` asks for one.
    func csvWriter(for output: OutputOptions) -> CSVReportWriter {
        CSVReportWriter(columns: columns, byteOrderMark: output.bom)
    }

    /// The JSON writer of this report.
    var jsonWriter: JSONReportWriter { JSONReportWriter(name: name, asOf: asOf) }

    /// Writes the report of the statuses that `walk` hands over, in `--format`, to `--output`,
    /// then fails the command when a row is in a `--fail-on` state.
    ///
    /// - Parameter walk: Calls its argument with each status, `passes` times over the same
    ///   statuses, in report order: ``PlanStore/Store/forEachStatus(asOf:plan:dueBefore:binding:withSources:passes:_:)``,
    ///   or statuses held in an array.
    func write(
        options: ReportOptions, store: Store,
        walk: (_ passes: Int, _ body: (_ pass: Int, TargetStatus) throws -> Void) throws -> Void
    ) throws {
        let output = options.output
        var writer = writer(for: output.resolvedFormat, options: options, store: store)
        var failOn = try options.failOnCounter()
        try output.stream { text in
            try writer.start(to: &text)
            try walk(writer.passes) { pass, status in
                if pass == 0 { failOn.count(status) }
                try writer.add(status, pass: pass, to: &text)
            }
            try writer.finish(to: &text)
        }
        try options.checkFailOn(failOn)
    }

    /// Writes the report of `statuses`, as ``write(options:store:walk:)``.
    func write(_ statuses: [TargetStatus], options: ReportOptions, store: Store) throws {
        try write(options: options, store: store) { passes, body in
            for pass in 0..<passes {
                for status in statuses { try body(pass, status) }
            }
        }
    }
}
