import Foundation

/// Writes a Swift file that carries text files inside the binary, for the build plugins.
///
/// Usage:
/// - `TextEmbedder migrations OUTPUT.swift 0001_create_plan.sql 0002_...sql` declares
///   `EmbeddedMigrations.all`: each file's name without its extension and its text, in the order given.
/// - `TextEmbedder vocabulary OUTPUT.swift Vocabulary.tsv` declares `EmbeddedVocabulary.text`.
@main
struct TextEmbedder {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.count >= 2, ["migrations", "vocabulary"].contains(arguments[0]) else {
            FileHandle.standardError.write(
                Data("usage: TextEmbedder migrations|vocabulary OUTPUT FILE...\n".utf8))
            exit(2)
        }
        let files = arguments.dropFirst(2).map { URL(fileURLWithPath: $0) }
        let source: String
        if arguments[0] == "migrations" {
            source = try migrations(files)
        } else {
            source = try vocabulary(files)
        }
        try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[1]), options: .atomic)
    }

    static func migrations(_ files: [URL]) throws -> String {
        var source = """
            // Generated from Migrations/*.sql by the EmbedMigrations plugin. Do not edit.

            /// The SQL migrations of the package, in the order they must run.
            enum EmbeddedMigrations {
                /// Each migration's identifier (its file name without `.sql`) and SQL text.
                static let all: [(identifier: String, sql: String)] = [

            """
        for url in files {
            let identifier = url.deletingPathExtension().lastPathComponent
            let sql = try String(contentsOf: url, encoding: .utf8)
            source += "        (\(literal(identifier)), \(literal(sql))),\n"
        }
        return source + "    ]\n}\n"
    }

    static func vocabulary(_ files: [URL]) throws -> String {
        let text = try files.map { try String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
        return """
            // Generated from Vocabulary.tsv by the EmbedVocabulary plugin. Do not edit.

            /// The vocabulary file of the extraction grammar, as written.
            enum EmbeddedVocabulary {
                /// The tab-separated rows: role, phrase, attributes.
                static let text = \(literal(text))
            }

            """
    }

    /// A Swift string literal for `text`, escaping every scalar that is not plain printable ASCII.
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case " "..."~": result.unicodeScalars.append(scalar)
            default: result += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return result + "\""
    }
}
