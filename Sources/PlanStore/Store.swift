import GRDB
import PlanIngest

/// The plantrack database.
public struct Store: Sendable {
    static var migrationCount: Int { EmbeddedMigrations.all.count }
}
