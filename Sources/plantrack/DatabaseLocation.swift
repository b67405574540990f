/// Where the database lives: `--db PATH`, else `$PLANTRACK_DB`, else
/// `$XDG_DATA_HOME/plantrack/plantrack.sqlite`, else `~/.local/share/plantrack/plantrack.sqlite`.
///
/// Kept apart from the flags so the rule is tested without touching the real environment.
///
/// ```swift
/// DatabaseLocation.path(explicit: nil, environment: ["HOME": "/home/li"])
/// // "/home/li/.local/share/plantrack/plantrack.sqlite"
/// ```
enum DatabaseLocation {
    /// The database path to use.
    /// - Parameters:
    ///   - explicit: The `--db` flag, when given.
    ///   - environment: The process environment.
    /// - Returns: The path; empty variables count as unset, as the XDG specification says.
    static func path(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let variable = environment["PLANTRACK_DB"], !variable.isEmpty { return variable }
        let relative = "plantrack/plantrack.sqlite"
        // XDG requires an absolute path; a relative one is to be ignored.
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return joined(dataHome, relative)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return joined(home, ".local/share/" + relative)
    }

    private static func joined(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
