import ArgumentParser
import PlanIngest

/// How plan files are read: shared by every command that takes plan files
/// (`text`, `extract`, `import`) through `@OptionGroup`.
struct InputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The encoding of text and HTML files, instead of detecting it.",
            discussion:
                "Detected by default: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK. Any name `iconv -l` lists works, e.g. BIG5.",
            valueName: "name"))
    var encoding: String?

    @Option(
        name: .customLong("max-size"), parsing: .unconditional,
        help: ArgumentHelp("Refuse files larger than this (e.g. 50MB, 1GB).", valueName: "size"))
    var maxSize: ByteCount = DocumentLoader.defaultMaximumSize

    func validate() throws {
        if let encoding, encoding.allSatisfy({ $0 == " " }) {
            throw ValidationError("--encoding needs a name, such as GBK, UTF-8 or BIG5")
        }
        if maxSize.bytes <= 0 {
            throw ValidationError("--max-size must be more than zero, such as 50MB")
        }
    }

    /// A loader configured by these options.
    var loader: DocumentLoader {
        DocumentLoader(maximumSize: maxSize, encoding: encoding.map(TextEncodingName.init(rawValue:)))
    }
}
