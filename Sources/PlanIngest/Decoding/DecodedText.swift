/// Text decoded from a document's bytes, with the encoding that decoded it.
public struct DecodedText: Sendable, Hashable, Codable {
    /// The text, without any byte order mark.
    public var text: String
    /// The encoding that decoded the bytes: the one the caller named, or the one detected.
    public var encoding: TextEncodingName

    /// Creates decoded text.
    /// - Parameters:
    ///   - text: The decoded text.
    ///   - encoding: The encoding that produced it.
    public init(text: String, encoding: TextEncodingName) {
        self.text = text
        self.encoding = encoding
    }
}
