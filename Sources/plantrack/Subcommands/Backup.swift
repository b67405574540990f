import ArgumentParser

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
            try global.openStore().backup(to: destination)
            print("Backed up \(global.databasePath) to \(destination).")
        }
    }
}
