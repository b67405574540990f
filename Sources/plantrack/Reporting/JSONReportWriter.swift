import PlanIngest
import PlanStore
import PlanWriting

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
struct JSONReportWriter: RowReportWriter {
    private var json = JSONWriter(capacity: JSONReportWriter.blockSize, isIndented: true)
    private static let blockSize = 1 << 16
    /// How deep a target stands: in the `targets` array of the report's object.
    private static let rowDepth = 2

    init(name: String, asOf: CalendarDay) {
        json.openObject()
        json.field("as_of", asOf.iso)
        json.field("report", name)
        json.key("targets")
        json.openArray()
    }

    func start(to output: inout StreamedOutput) throws {}

    func appendRow(_ status: TargetStatus, to bytes: inout [UInt8]) {
        var row = JSONWriter(isIndented: true, depth: Self.rowDepth)
        row.value(StatusJSON(status))
        bytes += row.bytes
    }

    mutating func add(renderedRow: ArraySlice<UInt8>, to output: inout StreamedOutput) throws {
        json.element(renderedRow)
        if json.count >= Self.blockSize { try output.write(bytes: json.takeBytes()) }
    }

    mutating func finish(to output: inout StreamedOutput) throws {
        json.closeArray()
        json.closeObject()
        try output.write(bytes: json.takeBytes())
        try output.write("\n")
    }
}
