import PlanIngest
import PlanStore

/// A report as JSON, the stable contract for scripts: `as_of`, `report` and `targets`, each
/// target as ``StatusJSON`` writes it, keys sorted and indented.
///
/// ```
/// {
///   "as_of" : "2024-06-30",
///   "report" : "overdue",
///   "targets" : [
///     { "achieved" : 580, … }
///   ]
/// }
/// ```
struct JSONReportWriter: ReportWriter {
    private var json = JSONWriter(capacity: JSONReportWriter.blockSize, isIndented: true)
    private static let blockSize = 1 << 16

    init(name: String, asOf: CalendarDay) {
        json.openObject()
        json.field("as_of", asOf.iso)
        json.field("report", name)
        json.key("targets")
        json.openArray()
    }

    func start(to output: inout StreamedOutput) throws {}

    mutating func add(_ status: TargetStatus, pass: Int, to output: inout StreamedOutput) throws {
        StatusJSON(status).write(to: &json)
        if json.count >= Self.blockSize { try output.write(bytes: json.takeBytes()) }
    }

    mutating func finish(to output: inout StreamedOutput) throws {
        json.closeArray()
        json.closeObject()
        try output.write(bytes: json.takeBytes())
        try output.write("\n")
    }
}
