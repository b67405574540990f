import PlanStore

extension GlobalOptions {
    /// Opens (creating and migrating when needed) the database in use.
    func openStore() throws -> Store {
        DatabasesInUse.add(databasePath)
        do {
            return try Store(path: databasePath)
        } catch {
            throw CLIError("database \(databasePath): \(error)")
        }
    }
}
