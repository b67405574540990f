import PlanStore
import PlanWriting

/// One change to a target as `history --format json` prints it: snake_case keys in sorted
/// order, absent values `null`.
extension TargetChange: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.openObject()
        writer.field("changed_at", changedAt)
        writer.field("changed_by", changedBy)
        writer.field("field", field)
        writer.field("new_value", newValue)
        writer.field("old_value", oldValue)
        writer.field("reason", reason)
        writer.field("target_id", Int(targetID))
        writer.closeObject()
    }
}
