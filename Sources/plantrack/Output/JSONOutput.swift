import PlanWriting

/// JSON as plantrack prints it: sorted keys, indented, slashes unescaped, one trailing newline.
enum JSONOutput {
    /// The JSON of a value that writes itself.
    static func text(of value: some JSONWritable) -> String {
        var writer = JSONWriter(isIndented: true)
        writer.value(value)
        return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }
}
