import PlanStore
import PlanWriting

/// A plan as `plans --format json` prints it: snake_case keys in sorted order, absent values
/// `null`.
extension PlanSummary: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.openObject()
        writer.field("document_number", metadata.documentNumber)
        writer.field("file_name", fileName)
        writer.field("horizon_end", metadata.horizon?.endYear)
        writer.field("horizon_start", metadata.horizon?.startYear)
        writer.field("id", Int(id))
        writer.field("imported_at", importedAt)
        writer.field("issue_date", metadata.issueDate?.iso)
        writer.field("issuer", metadata.issuer)
        writer.field("region", metadata.region)
        writer.field("sha256", sha256)
        writer.field("target_count", targetCount)
        writer.field("title", metadata.title)
        writer.closeObject()
    }
}
