/// Reads a plan's plain text and returns its metadata, targets and numeric mentions.
public struct TargetExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Extracts everything from `text`.
    /// - Parameter text: The document's plain text, as `plantrack text` prints it.
    /// - Returns: Metadata, targets in text order, and every numeric mention with its verdict.
    public func extraction(of text: String) -> Extraction {
        Extraction(document: DocumentMetadata(), targets: [], mentions: [])
    }
}
