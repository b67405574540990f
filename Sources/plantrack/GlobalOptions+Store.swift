import Foundation
import PlanStore

extension GlobalOptions {
    /// Opens (creating and migrating when needed) the database in use.
    func openStore() throws -> Store {
        DatabasesInUse.add(databasePath)
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
