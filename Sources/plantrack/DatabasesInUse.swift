import Foundation
import Synchronization

/// The database files this run opened, so that no `--output` can be written over one of them.
///
/// `GlobalOptions.openStore()` records each database it opens; every output file is checked
/// against the record by name (the database and its `-wal`, `-shm` and `-journal` files, which
/// may not exist yet) and by file identity (a hard link or another spelling of the same path).
enum DatabasesInUse {
    private static let paths = Mutex<[String]>([])
    private static let companionSuffixes = ["", "-wal", "-shm", "-journal"]

    /// Records a database this run opened.
    static func add(_ path: String) {
        // A database opened through a link has its companions beside the file it names.
        let resolved = realpath(path, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        }
        paths.withLock { $0 += [path] + (resolved.map { [$0] } ?? []) }
    }

    /// Whether `path` is a database in use or one of its companion files.
    /// - Parameters:
    ///   - path: The file about to be written, symbolic links followed.
    ///   - identity: Its `stat`, when it exists.
    static func contains(path: String, identity: stat?) -> Bool {
        let written = canonical(path)
        return paths.withLock { $0 }.contains { database in
            companionSuffixes.contains { suffix in
                let companion = database + suffix
                if canonical(companion) == written { return true }
                var other = stat()
                guard let identity, stat(companion, &other) == 0 else { return false }
                return other.st_dev == identity.st_dev && other.st_ino == identity.st_ino
            }
        }
    }

    /// An absolute path with the folder's links resolved; the file itself may not exist.
    private static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().standardizedFileURL
        return folder.appendingPathComponent(url.lastPathComponent).path
    }
}
