import ArgumentParser
import Foundation
import PlanIngest
import PlanStore
import PlanWriting

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
            Request.self,
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
        // Only the commands that take plan files, and only where a file stands: after the
        // command or another file, never as the value of an option (--reason -old.txt).
        let commandIndex = arguments.indices.first { index in
            !arguments[index].hasPrefix("-") && (index == 0 || arguments[index - 1] != "--db")
        }
        guard let commandIndex, fileCommands.contains(arguments[commandIndex]) else { return arguments }
        var result: [String] = []
        for argument in arguments {
            if let previous = result.last, argument.hasPrefix("-"), argument.count > 1,
                !argument.hasPrefix("--"),
                !previous.hasPrefix("-") || previous == "--replace",
                !["--db", "--encoding", "--max-size", "--by"].contains(previous),
                FileManager.default.fileExists(atPath: argument)
            {
                result.append("./" + argument)
            } else {
                result.append(argument)
            }
        }
        return result
    }

    /// The commands whose arguments are plan files.
    static let fileCommands: Set<String> = ["import", "extract", "text"]
}
