import PlanStore
import PlanWriting

/// A plan as `plans --format json` prints it: snake_case keys in sorted order, absent values
/// `null`.
struct PlanJSON: JSONWritable {
    let plan: PlanSummary

    init(_ plan: PlanSummary) {
        self.plan = plan
    }

    func write(to writer: inout JSONWriter) {
        writer.openObject()
        writer.field("document_number", plan.documentNumber)
        writer.field("file_name", plan.fileName)
        writer.field("horizon_end", plan.horizon?.endYear)
        writer.field("horizon_start", plan.horizon?.startYear)
        writer.field("id", Int(plan.id))
        writer.field("imported_at", plan.importedAt)
        writer.field("issue_date", plan.issueDate?.iso)
        writer.field("issuer", plan.issuer)
        writer.field("region", plan.region)
        writer.field("sha256", plan.sha256)
        writer.field("target_count", plan.targetCount)
        writer.field("title", plan.title)
        writer.closeObject()
    }
}
