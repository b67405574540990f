import ArgumentParser
import Foundation

extension Plantrack {
    /// `plantrack backup FILE`: a consistent copy of the database, while others may write.
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a consistent copy of the database, even while others are logging figures."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("Where to write the copy.", valueName: "file"))
        var destination: String

        func run() throws {
            let store = try global.openStore()
            // The copy goes through a link to the file it names, never onto the database in use,
            // a folder or a device; an existing copy is replaced only if it is an SQLite file.
            let target = try OutputFile.followingLinks(destination)
            var existing = stat()
            let exists = stat(target, &existing) == 0
            if DatabasesInUse.contains(path: target, identity: exists ? existing : nil) {
                throw CLIError(
                    "refusing to back up to \(destination): it is the database in use; choose another file name."
                )
            }
            if exists, existing.st_mode & S_IFMT != S_IFREG {
                throw CLIError(
                    "refusing to back up to \(destination): it is not a regular file (a folder, device or pipe)."
                )
            }
            try store.backup(to: target)
            Console.out("Backed up \(global.databasePath) to \(destination).")
        }
    }
}
