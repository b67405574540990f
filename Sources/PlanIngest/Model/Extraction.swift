/// Everything extraction reads from one document's plain text.
public struct Extraction: Sendable, Hashable, Codable {
    /// What the document says about itself.
    public var document: DocumentMetadata
    /// Each numeric commitment, in text order; a target stated twice appears twice.
    public var targets: [Target]
    /// Every numeric mention with its verdict, in text order.
    public var mentions: [Mention]
    /// Which words gave each field of each target: `evidence[i]` explains `targets[i]`.
    /// Empty when the result was built without evidence.
    public var evidence: [TargetEvidence]

    /// Creates an extraction result.
    public init(
        document: DocumentMetadata, targets: [Target], mentions: [Mention], evidence: [TargetEvidence] = []
    ) {
        self.document = document
        self.targets = targets
        self.mentions = mentions
        self.evidence = evidence
    }
}
