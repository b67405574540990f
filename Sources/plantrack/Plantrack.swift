import ArgumentParser
import Foundation
import PlanIngest
import PlanStore

@main
struct Plantrack: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plantrack",
        abstract: "Turn Chinese policy plans into a scoreboard of numeric targets.",
        subcommands: [
            Import.self,
            Plans.self,
            Targets.self,
            Show.self,
            Log.self,
            Report.self,
            History.self,
            Backup.self,
            Check.self,
            DB.self,
            Text.self,
            Extract.self,
            Explain.self,
        ]
    )

    @OptionGroup var global: GlobalOptions
}

extension Plantrack {
    /// Runs the command; an error's message, which may quote a file name, a value or a
    /// document's words, is written with its control characters made visible.
    static func main() {
        do {
            var command = try parseAsRoot(argumentsNamingFiles(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            let message = fullMessage(for: error).withVisibleControls
            let code = exitCode(for: error)
            if !message.isEmpty {
                if code == .success {
                    Console.out(message)
                } else {
                    FileHandle.standardError.write(Data((message + "\n").utf8))
                }
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// The arguments with every one that names an existing file but looks like an option
    /// (`-h.txt`) written as a path (`./-h.txt`), so that it is read as the file it names.
    static func argumentsNamingFiles(_ arguments: [String]) -> [String] {
        var seenTerminator = false
        return arguments.map { argument in
            if argument == "--" { seenTerminator = true }
            guard !seenTerminator, argument.hasPrefix("-"), argument.count > 2, !argument.hasPrefix("--"),
                FileManager.default.fileExists(atPath: argument)
            else { return argument }
            return "./" + argument
        }
    }
}
