import PlanStore

/// Writes a report of target statuses in one format, as the statuses come in report order:
/// ``TableReportWriter``, ``MarkdownReportWriter``, ``CSVReportWriter``, ``JSONReportWriter``
/// and ``HTMLReportWriter``, picked by ``StatusReport/writer(for:options:store:)``.
///
/// Every writer runs on the calling thread and writes through one ``StreamedOutput``.
protocol ReportWriter {
    /// How many times the writer needs the statuses: a table measures its columns and counts
    /// the states in a first pass, for its title, and prints its rows in a second.
    var passes: Int { get }

    /// Writes what comes before the first row.
    mutating func start(to output: inout StreamedOutput) throws

    /// Takes the next status of pass `pass` (from 0).
    mutating func add(_ status: TargetStatus, pass: Int, to output: inout StreamedOutput) throws

    /// Writes what comes after the last row.
    mutating func finish(to output: inout StreamedOutput) throws
}

extension ReportWriter {
    var passes: Int { 1 }

    func start(to output: inout StreamedOutput) throws {}
}
