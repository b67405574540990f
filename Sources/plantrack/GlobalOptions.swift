import ArgumentParser
import Foundation

/// Flags every command understands, given before or after the subcommand name.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file.",
            discussion:
                "Default: $PLANTRACK_DB, else $XDG_DATA_HOME/plantrack/plantrack.sqlite, else ~/.local/share/plantrack/plantrack.sqlite.",
            valueName: "path"))
    var db: String?

    func validate() throws {
        if db?.isEmpty == true { throw ValidationError("--db: give the database file's path.") }
    }

    /// The database path in use, following the location rule.
    var databasePath: String {
        DatabaseLocation.path(explicit: db, environment: ProcessInfo.processInfo.environment)
    }

}
