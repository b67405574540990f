import Foundation

/// Writes a Swift file declaring `EmbeddedMigrations.all`: the name and SQL of each
/// migration file given on the command line, in the order given.
///
/// Usage: `MigrationEmbedder OUTPUT.swift 0001_create_plan.sql 0002_...sql`
@main
struct MigrationEmbedder {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard let outputPath = arguments.first else {
            FileHandle.standardError.write(Data("usage: MigrationEmbedder OUTPUT FILE...\n".utf8))
            exit(2)
        }
        var source = """
            // Generated from Migrations/*.sql by the EmbedMigrations plugin. Do not edit.

            /// The SQL migrations of the package, in the order they must run.
            enum EmbeddedMigrations {
                /// Each migration's identifier (its file name without `.sql`) and SQL text.
                static let all: [(identifier: String, sql: String)] = [

            """
        for path in arguments.dropFirst() {
            let url = URL(fileURLWithPath: path)
            let identifier = url.deletingPathExtension().lastPathComponent
            let sql = try String(contentsOf: url, encoding: .utf8)
            source += "        (\(literal(identifier)), \(literal(sql))),\n"
        }
        source += "    ]\n}\n"
        try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
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
