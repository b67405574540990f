import CXattr
import Foundation

/// A report file written whole or not at all, and never over data the user did not ask to replace.
///
/// The bytes go to a temporary file in the destination's folder, which replaces the destination
/// by a rename only once everything was written and flushed to disk: a failed or killed run leaves
/// the previous file as it was. Before anything is written, the destination is checked:
/// - the database in use (or its `-wal`, `-shm`, `-journal` file) is never written, even with `--force`;
/// - a folder, a device, a pipe or a socket is never replaced;
/// - a symbolic link is written through: the file it points to is replaced, the link stays;
/// - an existing file that plantrack did not write, or that was changed since, is replaced only
///   with `--force`. plantrack marks the files it writes with an extended attribute
///   (`user.plantrack.output`) holding their size and modification time, so a report edited in
///   place is no longer plantrack's; an empty file holds nothing to lose and may be replaced. On a
///   file system without extended attributes, every existing file needs `--force`.
///
/// A replaced file keeps its permission bits (and, for root, its owner). A class, so that the
/// temporary file is closed and removed exactly once, whichever path ends the run.
final class OutputFile {
    /// The path as the user gave it, for messages.
    let path: String
    /// Where the bytes land: `path` with symbolic links followed.
    let destination: String
    private let temporaryPath: String
    private let descriptor: Int32
    private var isClosed = false

    /// The extended attribute that marks a file as a plantrack report.
    static let markName = "user.plantrack.output"

    /// Checks `path` and opens a temporary file beside it.
    /// - Parameters:
    ///   - path: The `--output` path.
    ///   - force: Whether an existing file plantrack did not write may be replaced.
    /// - Throws: `CLIError` naming the path and what to do.
    init(path: String, force: Bool) throws {
        let (destination, existing) = try Self.checkedDestination(path, force: force)
        self.path = path
        self.destination = destination
        let folder = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        // A run killed before its rename leaves its temporary file; a random part keeps a later
        // run with the same process id from tripping over it.
        var opened: (path: String, descriptor: Int32)?
        for _ in 0..<8 where opened == nil {
            let candidate =
                (folder.isEmpty ? "" : folder + "/") + ".\(name).\(UInt32.random(in: 0...UInt32.max)).partial"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 {
                opened = (candidate, descriptor)
            } else if errno != EEXIST {
                throw CLIError(
                    "cannot write \(path): \(Self.reason(errno)) (creating a file in \(folder.isEmpty ? "." : folder))"
                )
            }
        }
        guard let opened else { throw CLIError("cannot write \(path): no free temporary name in its folder") }
        temporaryPath = opened.path
        descriptor = opened.descriptor
        if let existing {
            // Owner first: changing it clears the set-id bits. Only root keeps them.
            if geteuid() == 0 { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
            _ = fchmod(descriptor, existing.st_mode & (geteuid() == 0 ? 0o7777 : 0o1777))
        }
    }

    /// `path` with its links followed, checked: never the database in use, a folder or a device,
    /// and an existing file only when plantrack wrote it, it is empty, or `force` is set.
    /// - Returns: The destination and, when a file is there, its `stat`.
    static func checkedDestination(_ path: String, force: Bool) throws -> (String, stat?) {
        guard !path.isEmpty, !path.hasSuffix("/") else {
            throw CLIError("--output: give a file name, or - for standard output.")
        }
        let destination = try followingLinks(path)
        var existing = stat()
        let exists = stat(destination, &existing) == 0
        if !exists, errno != ENOENT { throw CLIError("cannot write \(path): \(reason(errno))") }
        if DatabasesInUse.contains(path: destination, identity: exists ? existing : nil) {
            throw CLIError("refusing to write \(path): it is the database in use; choose another file name.")
        }
        if exists { try checkReplaceable(path: path, destination: destination, existing, force: force) }
        return (destination, exists ? existing : nil)
    }

    /// Appends bytes to the temporary file.
    /// - Throws: `CLIError` such as "disk full writing report.csv".
    func write(_ bytes: [UInt8]) throws {
        let failure = DescriptorWriter.writeAll(bytes, to: descriptor)
        if failure != 0 { throw writeError(failure) }
    }

    /// Flushes the file to disk, marks it as plantrack's and moves it into place.
    func commit() throws {
        guard fsync(descriptor) == 0 else { throw writeError(errno) }
        var written = stat()
        if fstat(descriptor, &written) == 0 {
            let mark = Array(Self.mark(of: written).utf8)
            _ = fsetxattr(descriptor, Self.markName, mark, mark.count, 0)
        }
        isClosed = true
        close(descriptor)
        guard rename(temporaryPath, destination) == 0 else {
            let error = errno
            unlink(temporaryPath)
            throw CLIError("cannot write \(path): \(Self.reason(error))")
        }
    }

    /// Removes the temporary file of a run that failed half-way; the destination is untouched.
    func discard() {
        guard !isClosed else { return }
        isClosed = true
        close(descriptor)
        unlink(temporaryPath)
    }

    deinit { discard() }

    /// The mark of a file as plantrack wrote it: its size and modification time, which an edit
    /// in place changes.
    static func mark(of file: stat) -> String {
        "\(file.st_size) \(file.st_mtim.tv_sec).\(file.st_mtim.tv_nsec)"
    }

    private func writeError(_ code: Int32) -> CLIError {
        if code == ENOSPC || code == EDQUOT {
            return CLIError("disk full writing \(path); nothing was replaced.")
        }
        return CLIError("cannot write \(path): \(Self.reason(code)); nothing was replaced.")
    }

    static func checkReplaceable(path: String, destination: String, _ existing: stat, force: Bool)
        throws
    {
        switch existing.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw CLIError("cannot write \(path): it is a folder; give a file name.")
        default:
            throw CLIError(
                "refusing to write \(path): it is not a regular file (a device, pipe or socket); write to a file, or leave out --output for standard output."
            )
        }
        if force || existing.st_size == 0 || isMarked(destination) { return }
        throw CLIError(
            "refusing to replace \(path): it exists and plantrack did not write it; choose another name, or add --force to replace it."
        )
    }

    /// Whether plantrack wrote the file at `path` and nothing changed it since.
    static func isMarked(_ path: String) -> Bool {
        var current = stat()
        guard stat(path, &current) == 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64)
        let length = getxattr(path, markName, &buffer, buffer.count)
        guard length > 0 else { return false }
        return String(decoding: buffer[0..<length], as: UTF8.self) == mark(of: current)
    }

    /// `path` with every symbolic link, at the end or along the way, followed; a link to a file
    /// that does not exist yet gives that file's path.
    static func followingLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            let folder = (current as NSString).deletingLastPathComponent
            let name = (current as NSString).lastPathComponent
            let resolvedFolder =
                folder.isEmpty
                ? ""
                : (realpath(folder, nil).map { pointer in
                    defer { free(pointer) }
                    return String(cString: pointer)
                } ?? folder)
            let full =
                resolvedFolder.isEmpty
                ? name : (resolvedFolder == "/" ? "/" + name : resolvedFolder + "/" + name)
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(full, &buffer, Int(PATH_MAX))
            guard length >= 0 else { return full }
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") || resolvedFolder.isEmpty ? target : resolvedFolder + "/" + target
        }
        throw CLIError("cannot write \(path): too many symbolic links.")
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
