import Foundation
import PlanWriting

/// Progress and warnings for people, on standard error so results on standard output stay clean.
enum Console {
    /// Prints a result for people on standard output, with control characters made visible
    /// (see ``Swift/String/withVisibleControls``): every line a command prints goes through here.
    static func out(_ text: String = "", terminator: String = "\n") {
        try? StandardOutput.write(Array((text.withVisibleControls + terminator).utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message.withVisibleControls + "\n").utf8))
    }

    static func warning(_ message: String) {
        note("warning: " + message)
    }

    static func error(_ message: String) {
        note("Error: " + message)
    }
}
