/// Everything extraction reads from one document's plain text.
public struct Extraction: Sendable, Hashable, Codable {
    /// What the document says about itself.
    public var document: DocumentMetadata
    /// Each numeric commitment, in text order; a target stated twice appears twice.
    public var targets: [Target]
    /// Every numeric mention with its verdict, in text order.
    public var mentions: [Mention]

    /// Creates an extraction result.
    public init(document: DocumentMetadata, targets: [Target], mentions: [Mention]) {
        self.document = document
        self.targets = targets
        self.mentions = mentions
    }
}
