import Foundation

/// Progress and warnings for people, on standard error so results on standard output stay clean.
enum Console {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func warning(_ message: String) {
        note("warning: " + message)
    }

    static func error(_ message: String) {
        note("Error: " + message)
    }
}
