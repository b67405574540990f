import PlanStore
import PlanWriting

/// A plan as `plans --format json` prints it: snake_case keys in sorted order, absent values
/// `null`.
extension PlanSummary: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.openObject()
        writer.field("document_number", documentNumber)
        writer.field("file_name", fileName)
        writer.field("horizon_end", horizon?.endYear)
        writer.field("horizon_start", horizon?.startYear)
        writer.field("id", Int(id))
        writer.field("imported_at", importedAt)
        writer.field("issue_date", issueDate?.iso)
        writer.field("issuer", issuer)
        writer.field("region", region)
        writer.field("sha256", sha256)
        writer.field("target_count", targetCount)
        writer.field("title", title)
        writer.closeObject()
    }
}
