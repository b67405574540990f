import Foundation
import GRDB

extension Store {
    /// The migrator with every `Migrations/*.sql` file registered in name order, the file name
    /// (without `.sql`) being the migration's identifier.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in EmbeddedMigrations.all.sorted(by: { $0.identifier < $1.identifier }) {
            let sql = migration.sql
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: sql)
            }
        }
        return migrator
    }

    /// Identifiers of the migrations applied to the database that this binary does not know,
    /// in name order: not empty for a database written by a newer plantrack.
    static func unknownMigrations(_ db: Database) throws -> [String] {
        guard try db.tableExists("grdb_migrations") else { return [] }
        let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        let known = Set(EmbeddedMigrations.all.map(\.identifier))
        return applied.filter { !known.contains($0) }.sorted()
    }

    /// Applies the pending migrations; a read-only database must need none.
    func migrate(readOnly: Bool) throws(StoreError) {
        do {
            let migrator = Store.migrator
            if readOnly {
                let isComplete = try writer.read { db in try migrator.hasCompletedMigrations(db) }
                if !isComplete { throw StoreError.readOnly(path: path) }
                return
            }
            let unknown = try writer.read { db in try Store.unknownMigrations(db) }
            if !unknown.isEmpty {
                throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
            }
            try Store.migrate(writer, with: migrator)
        } catch {
            throw Store.storeError(error, path: path)
        }
    }

    /// Runs the migrator, tolerating another process migrating the same new database at the
    /// same time: GRDB reads the applied migrations before running each pending one in its own
    /// transaction, so the slower process may find a table already created. Each migration's
    /// transaction rolls back on failure, so trying again from the new state is safe.
    private static func migrate(_ writer: any DatabaseWriter, with migrator: DatabaseMigrator) throws {
        // A database with nothing to migrate is only read: opening it never waits for another
        // connection's write lock (GRDB's migrator takes that lock even when nothing is pending).
        // A database that another process is creating may refuse the read: then migrate as a
        // writer, which waits its turn.
        if (try? writer.read({ db in try migrator.hasCompletedMigrations(db) })) == true { return }
        var attempt = 0
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch let error as DatabaseError
                where [.SQLITE_ERROR, .SQLITE_CONSTRAINT].contains(error.resultCode) && attempt < 20
            {
                // SQLITE_ERROR: a table the other process created; SQLITE_CONSTRAINT: a migration
                // that could run again (0010 rebuilds a table) met the other's record of it.
                if try writer.read({ db in try migrator.hasCompletedMigrations(db) }) { return }
                attempt += 1
                usleep(useconds_t(20_000 * attempt))
            }
        }
    }

    /// Identifiers of the migrations applied to this database, in the order they ran.
    package func appliedMigrations() throws(StoreError) -> [String] {
        try read { db in try Store.migrator.appliedMigrations(db) }
    }
}
