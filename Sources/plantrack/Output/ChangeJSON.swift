import PlanStore
import PlanWriting

/// One change to a target as `history --format json` prints it: snake_case keys in sorted
/// order, absent values `null`.
struct ChangeJSON: JSONWritable {
    let change: TargetChange

    init(_ change: TargetChange) {
        self.change = change
    }

    func write(to writer: inout JSONWriter) {
        writer.openObject()
        writer.field("changed_at", change.changedAt)
        writer.field("changed_by", change.changedBy)
        writer.field("field", change.field)
        writer.field("new_value", change.newValue)
        writer.field("old_value", change.oldValue)
        writer.field("reason", change.reason)
        writer.field("target_id", Int(change.targetID))
        writer.closeObject()
    }
}
