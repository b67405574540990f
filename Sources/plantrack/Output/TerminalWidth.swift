#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How many columns the terminal on standard output has, for tables that fit it.
enum TerminalWidth {
    /// The width a table on standard output must fit: `nil` when standard output is not a
    /// terminal (a pipe or a file gets every column in full); else `COLUMNS` when it holds a
    /// positive number, else what the terminal reports (`TIOCGWINSZ`), else 80.
    static func ofStandardOutput(environment: [String: String]) -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        return resolved(columnsVariable: environment["COLUMNS"], reported: reportedColumns())
    }

    /// The width from `COLUMNS` and the terminal's report, as ``ofStandardOutput(environment:)``
    /// picks it.
    static func resolved(columnsVariable: String?, reported: Int?) -> Int {
        if let columnsVariable, let columns = Int(columnsVariable), columns > 0 { return columns }
        if let reported, reported > 0 { return reported }
        return 80
    }

    /// The columns the terminal on standard output reports; `nil` when it reports none.
    private static func reportedColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        return Int(size.ws_col)
    }
}
