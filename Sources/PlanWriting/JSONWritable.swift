/// A value that writes itself as JSON through a ``JSONWriter``, keys in sorted order: the one
/// way plantrack's JSON contracts are written.
///
/// ```swift
/// struct Point: JSONWritable {
///     var x: Int, y: Int
///     func write(to writer: inout JSONWriter) {
///         writer.openObject()
///         writer.field("x", x)
///         writer.field("y", y)
///         writer.closeObject()
///     }
/// }
/// ```
package protocol JSONWritable {
    /// Writes the value, whole, as the next value of `writer`.
    func write(to writer: inout JSONWriter)
}

/// An array of values that write themselves, written as a JSON array of them.
extension Array: JSONWritable where Element: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.openArray()
        for element in self { writer.value(element) }
        writer.closeArray()
    }
}

/// A value that may be absent, written as itself or as `null`.
extension Optional: JSONWritable where Wrapped: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        guard let value = self else { return writer.null() }
        writer.value(value)
    }
}
