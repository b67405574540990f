import Foundation
import GRDB
import PlanIngest

/// The plantrack database: plans, their targets, progress figures and the reports over them.
///
/// All SQL lives behind this one value; each method is one read or one immediate write
/// transaction, so a failure leaves the database as it was and several processes can write to
/// the same file at once (WAL mode, 10 s busy timeout).
///
/// ```swift
/// let store = try Store(path: "plantrack.sqlite")
/// let result = try store.importPlan(plan)
/// try store.record([ProgressFigure(targetID: result.targets[0].id, period: Period("2024Q2")!, value: 1320)], replacing: false)
/// ```
public struct Store: Sendable {
    /// The database file, or `:memory:` for an in-memory database.
    public let path: String
    let writer: any DatabaseWriter

    static var migrationCount: Int { EmbeddedMigrations.all.count }

    /// How long a connection waits for a lock that another one holds.
    static let busyTimeout: TimeInterval = 10

    /// Opens or creates the database at `path`, creating missing parent folders, in WAL mode
    /// with a 10 s busy timeout, and runs pending migrations.
    ///
    /// - Parameter path: The database file.
    /// - Throws: ``StoreError/isDirectory(path:)``, ``StoreError/notADatabase(path:)``,
    ///   ``StoreError/newerSchema(path:unknownMigrations:)`` (the file is left untouched),
    ///   ``StoreError/readOnly(path:)`` when a read-only database needs migrations, or
    ///   ``StoreError/cannotCreateFolder(path:reason:)``.
    public init(path: String) throws(StoreError) {
        try self.init(path: path, readOnly: false)
    }

    /// Opens the database at `path` for reading only, or as ``init(path:)`` does.
    ///
    /// A database whose file or folder is not writable is opened read-only even when
    /// `readOnly` is false. Read-only, every change throws ``StoreError/readOnly(path:)`` and
    /// the file is never modified; reports work as usual.
    ///
    /// - Parameters:
    ///   - path: The database file.
    ///   - readOnly: Whether to refuse every change.
    /// - Throws: As ``init(path:)``; ``StoreError/cannotOpen(path:reason:)`` when `readOnly`
    ///   and no database exists at `path`.
    public init(path: String, readOnly: Bool) throws(StoreError) {
        self.path = path
        if path.trimmingWhitespace().isEmpty { throw .cannotOpen(path: path, reason: "no path given") }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fileManager.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue { throw .isDirectory(path: path) }
        if readOnly && !exists { throw .cannotOpen(path: path, reason: "no database there") }
        let folder = (path as NSString).deletingLastPathComponent
        if !exists && !folder.isEmpty {
            do {
                try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateFolder(path: folder, reason: Store.reason(error))
            }
        }

        var isReadOnly = readOnly
        if exists, let size = try? fileManager.attributesOfItem(atPath: path)[.size] as? Int, size > 0 {
            guard Store.hasSQLiteHeader(path: path) else { throw .notADatabase(path: path) }
            let folderIsWritable = fileManager.isWritableFile(atPath: folder.isEmpty ? "." : folder)
            isReadOnly = readOnly || !fileManager.isWritableFile(atPath: path) || !folderIsWritable
            // Look at the schema read-only first, so that a database from a newer plantrack is
            // never touched, not even switched to WAL mode.
            try Store.checkSchemaIsKnown(path: path)
        }

        var configuration = Configuration()
        configuration.busyMode = .timeout(Store.busyTimeout)
        configuration.foreignKeysEnabled = true
        do {
            if isReadOnly {
                configuration.readonly = true
                writer = try DatabaseQueue(path: path, configuration: configuration)
            } else {
                configuration.journalMode = .wal
                configuration.prepareDatabase { db in
                    // Copy the log into the database every 10,000 pages (40 MB) rather than every
                    // 1,000: an import commits once per plan, and the index pages its commits
                    // share are then copied once per checkpoint, not again and again.
                    try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
                }
                writer = try Store.openPool(path: path, configuration: configuration)
            }
        } catch {
            throw Store.storeError(error, path: path)
        }
        try migrate(readOnly: isReadOnly)
        guard !isReadOnly else { return }
        // Set after the migrations, whose large sorts stay on disk: the writer keeps the undo
        // record of a statement that inserts many rows in memory. Past 64 KB SQLite would
        // otherwise move it to a temporary file, created and deleted for nearly every plan
        // imported. Readers keep their temporary data as SQLite was built to.
        do {
            try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA temp_store = MEMORY") }
        } catch {
            throw Store.storeError(error, path: path)
        }
    }

    private init(path: String, writer: any DatabaseWriter) {
        self.path = path
        self.writer = writer
    }

    /// A fresh migrated in-memory database, for tests.
    package static func makeInMemory() throws(StoreError) -> Store {
        let store: Store
        do {
            store = Store(path: ":memory:", writer: try DatabaseQueue())
        } catch {
            throw storeError(error, path: ":memory:")
        }
        try store.migrate(readOnly: false)
        return store
    }

    /// An unmigrated in-memory database, for migration tests.
    package static func makeUnmigratedInMemory() throws(StoreError) -> (Store, DatabaseQueue) {
        do {
            let queue = try DatabaseQueue()
            return (Store(path: ":memory:", writer: queue), queue)
        } catch {
            throw storeError(error, path: ":memory:")
        }
    }

    // MARK: - Transactions

    /// Runs `body` in one read transaction.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw Store.storeError(error, path: path)
        }
    }

    /// Runs `body` in one immediate write transaction: all of it is stored, or nothing.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw Store.storeError(error, path: path)
        }
    }

    /// The connections to the WAL database at `path`: a pool, or one connection when a pool
    /// would wait for another process's lock to set up an empty log (one connection reads at
    /// once, and a command that writes waits for the lock as usual).
    ///
    /// Several processes creating the same database at once race to switch it to WAL mode, and
    /// SQLite answers the losers "database is locked" at once rather than waiting: those try
    /// again, for up to about three seconds.
    private static func openPool(path: String, configuration: Configuration) throws -> any DatabaseWriter {
        var attempt = 0
        while true {
            do {
                if mustWaitToSetUpLog(path: path) {
                    var single = configuration
                    single.journalMode = .default
                    return try DatabaseQueue(path: path, configuration: single)
                }
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 60 {
                attempt += 1
                usleep(useconds_t(10_000 + 1_000 * attempt))
            }
        }
    }

    /// Whether opening a pool on the WAL database at `path` would wait: its write-ahead log is
    /// missing or empty, which a pool must write to set up, while another connection holds the
    /// write lock. Tested with a lock taken and given back at once, never waited for.
    static func mustWaitToSetUpLog(path: String) -> Bool {
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        guard log == 0, FileManager.default.fileExists(atPath: path) else { return false }
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        guard let probe = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
        defer { try? probe.close() }
        var isSetUp = false
        do {
            try probe.writeWithoutTransaction { db in
                // Only a database set up and migrated already: one being created by another
                // process is waited for, as its first writer finishes.
                guard try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal",
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") == Store.migrationCount
                else { return }
                isSetUp = true
                try db.execute(sql: "BEGIN IMMEDIATE")
                try db.execute(sql: "ROLLBACK")
            }
            return false
        } catch {
            return isSetUp && (error as? DatabaseError)?.resultCode == .SQLITE_BUSY
        }
    }

    // MARK: - Errors

    /// The ``StoreError`` for any error thrown by GRDB or the methods' own checks.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_READONLY: return .readOnly(path: path)
            case .SQLITE_NOTADB: return .notADatabase(path: path)
            case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: error.message ?? "\(error)")
            case .SQLITE_FULL:
                return .database(
                    path: path, message: "the disk is full; nothing was stored: free some space and try again"
                )
            case .SQLITE_IOERR:
                return .database(
                    path: path,
                    message:
                        "a disk write failed (is the disk full?); nothing was stored: free some space and try again"
                )
            default: return .database(path: path, message: error.message ?? "\(error)")
            }
        }
        return .database(path: path, message: reason(error))
    }

    static func reason(_ error: any Error) -> String {
        (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }

    /// Whether the file starts with the 16 bytes every SQLite database starts with.
    static func hasSQLiteHeader(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\u{0}".utf8)
    }

    /// Throws ``StoreError/newerSchema(path:unknownMigrations:)`` when the database at `path`
    /// has applied migrations this binary does not know; reads only.
    private static func checkSchemaIsKnown(path: String) throws(StoreError) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(Store.busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            let unknown = try queue.read { db in try unknownMigrations(db) }
            if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
        } catch {
            throw storeError(error, path: path)
        }
    }
}
