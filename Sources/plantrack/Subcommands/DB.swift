import ArgumentParser

extension Plantrack {
    /// `plantrack db path`: which database file the other commands use.
    struct DB: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "db",
            abstract: "Show the database in use.",
            subcommands: [Path.self]
        )
    }
}

extension Plantrack.DB {
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the database path: --db, else $PLANTRACK_DB, else the XDG data folder."
        )

        @OptionGroup var global: GlobalOptions

        func run() {
            Console.out(global.databasePath)
        }
    }
}
