extension String {
    /// The text that `write` appends, as UTF-8, to an empty buffer: lets a renderer that writes
    /// bytes also serve callers that want a string.
    ///
    /// ```swift
    /// String(writingUTF8: { NumberText.appendPlain(3.5, to: &$0) })  // "3.5"
    /// ```
    init(writingUTF8 write: (inout [UInt8]) -> Void) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        write(&bytes)
        self.init(decoding: bytes, as: UTF8.self)
    }
}
