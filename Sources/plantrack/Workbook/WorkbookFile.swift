/// Writes a finished workbook through ``OutputFile``: whole or not at all, and never over a
/// file the user did not ask to replace.
enum WorkbookFile {
    static func write(_ bytes: [UInt8], to path: String, force: Bool) throws {
        let file = try OutputFile(path: path, force: force)
        do {
            try file.write(bytes)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }
}
