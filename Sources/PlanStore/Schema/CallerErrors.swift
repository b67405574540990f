/// Tells the errors thrown by a caller's closures from the store's own while both travel through
/// GRDB: the closures' errors are rethrown as they were, the database's as ``StoreError``s.
final class CallerErrors {
    private var first: (any Error)?

    /// Runs a caller's closure, remembering what it throws.
    func passing<Result>(_ call: () throws -> Result) throws -> Result {
        do {
            return try call()
        } catch {
            if first == nil { first = error }
            throw error
        }
    }

    /// The error to rethrow for `error`, which came out of a walk of the database at `path`.
    func translating(_ error: any Error, path: String) -> any Error {
        first ?? Store.storeError(error, path: path)
    }
}
