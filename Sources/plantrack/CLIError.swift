import ArgumentParser

/// A failure the user can act on, printed as one line to stderr with a non-zero exit.
///
/// The message names the file, line, field or value at fault and, where it helps, what to do.
struct CLIError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
