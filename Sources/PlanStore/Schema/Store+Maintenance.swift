import Foundation
import GRDB

extension Store {
    /// Writes a consistent copy of the database to `destination` with SQLite's backup API,
    /// while other connections may go on writing.
    ///
    /// The copy is written to a temporary file beside `destination` and renamed into place once
    /// complete, so a killed backup leaves the previous copy (or nothing) at `destination`. An
    /// existing SQLite file at `destination` is replaced; anything else there is refused.
    ///
    /// - Parameter destination: The path of the copy; missing folders are created.
    /// - Throws: ``StoreError/backupFailed(destination:reason:)``.
    /// - Complexity: O(*n*) in the size of the database.
    public func backup(to destination: String) throws(StoreError) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: destination, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw .backupFailed(destination: destination, reason: "it is a folder")
            }
            let source = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
            let target = URL(fileURLWithPath: destination).standardizedFileURL.resolvingSymlinksInPath()
            if source == target {
                throw .backupFailed(destination: destination, reason: "it is the database itself")
            }
            if let size = try? fileManager.attributesOfItem(atPath: destination)[.size] as? Int,
                size > 0, !Store.hasSQLiteHeader(path: destination)
            {
                throw .backupFailed(
                    destination: destination, reason: "it exists and is not an SQLite database")
            }
        }
        let folder = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        // A random part: a leftover of a killed backup is never another run's file.
        let partial =
            (folder.isEmpty ? "" : folder + "/") + ".\(name).\(UInt64.random(in: 0...UInt64.max)).partial"
        do {
            if !folder.isEmpty {
                try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let copy = try DatabaseQueue(path: partial)
            do {
                try writer.backup(to: copy)
                try copy.close()
            } catch {
                try? copy.close()
                throw error
            }
            // A replaced copy keeps its permissions: a private backup stays private.
            var replaced = stat()
            if stat(destination, &replaced) == 0 { _ = chmod(partial, replaced.st_mode & 0o7777) }
            guard rename(partial, destination) == 0 else {
                throw StoreError.backupFailed(
                    destination: destination, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? fileManager.removeItem(atPath: partial)
            if let error = error as? StoreError { throw error }
            throw .backupFailed(
                destination: destination, reason: Store.storeError(error, path: destination).description)
        }
    }

    /// What SQLite's integrity and foreign-key checks, and the store's own rules, find wrong,
    /// in plain words; empty when the database is sound.
    ///
    /// ```swift
    /// try store.integrityProblems()  // ["progress figure 12 refers to target 99, which does not exist"]
    /// ```
    ///
    /// - Complexity: O(*n*) in the size of the database.
    public func integrityProblems() throws(StoreError) -> [String] {
        try read { db in
            var problems: [String] = []
            for message in try String.fetchAll(db, sql: "PRAGMA integrity_check") where message != "ok" {
                problems.append("the database file is damaged: \(message)")
            }
            let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            for row in orphans {
                let table: String = row[0]
                let rowID: Int64? = row[1]
                let parent: String = row[2]
                problems.append(
                    "\(Store.plainName(of: table)) \(rowID.map(String.init) ?? "?") refers to a "
                        + "\(Store.plainName(of: parent)) that does not exist")
            }
            let sourceless = try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM target
                    WHERE NOT EXISTS (SELECT 1 FROM targetSource WHERE targetSource.targetID = target.id)
                    ORDER BY id
                    """)
            for id in sourceless {
                problems.append("target \(id) has no quote from its plan")
            }
            // Only figures that add up (increments, recurring targets) may not overlap; a level's
            // readings may (2023H1 and 2023), but two on the same day may not.
            let overlaps = try Row.fetchAll(
                db,
                sql: """
                    SELECT first.targetID, first.period AS firstPeriod, second.period AS secondPeriod
                    FROM progressEntry AS first
                    JOIN target ON target.id = first.targetID
                    JOIN progressEntry AS second
                        ON second.targetID = first.targetID AND second.id > first.id
                        AND second.replacedAt IS NULL
                        AND second.periodStart <= first.periodEnd AND first.periodStart <= second.periodEnd
                    WHERE first.replacedAt IS NULL
                        AND (target.isIncrement OR target.recurrence IS NOT NULL
                            OR second.periodEnd = first.periodEnd)
                    ORDER BY first.targetID, first.id
                    """)
            for row in overlaps {
                let targetID: Int64 = row["targetID"]
                let first: String = row["firstPeriod"]
                let second: String = row["secondPeriod"]
                problems.append(
                    "target \(targetID) has figures for overlapping periods \(first) and \(second), "
                        + "so its sums count some months twice")
            }
            for stale in try Store.staleProgressYears(db) {
                problems.append("\(stale) disagrees with its figures")
            }
            return problems
        }
    }

    private static func plainName(of table: String) -> String {
        switch table {
        case "progressEntry": "progress figure"
        case "progressYear": "yearly progress summary"
        case "targetSource": "target quote"
        case "targetResponsibleUnit": "responsibility of target"
        case "responsibleUnit": "responsible unit"
        default: table
        }
    }
}
