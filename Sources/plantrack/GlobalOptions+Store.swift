import Foundation
import PlanStore

extension GlobalOptions {
    /// Opens (migrating when needed) the database in use.
    /// - Parameter creating: Whether a missing database is created, as `import` does; every
    ///   other command refuses it, so that a mistyped `--db` creates nothing and shows no
    ///   empty report.
    func openStore(creating: Bool = false) throws -> Store {
        DatabasesInUse.add(databasePath)
        if !creating, !FileManager.default.fileExists(atPath: databasePath) {
            throw CLIError(
                "database \(databasePath): no such file; import a plan first (plantrack import FILE), or check --db and $PLANTRACK_DB."
            )
        }
        // A device or a pipe is no database, and SQLite would create its journal beside it.
        var existing = stat()
        if stat(databasePath, &existing) == 0, existing.st_mode & S_IFMT != S_IFREG,
            existing.st_mode & S_IFMT != S_IFDIR
        {
            throw CLIError(
                "database \(databasePath): not a regular file; give a database file's path with --db.")
        }
        do {
            return try Store(path: databasePath)
        } catch {
            throw CLIError("database \(databasePath): \(error)")
        }
    }
}
