import PlanIngest

/// A stored plan without its text: what listings show.
///
/// What the plan says about itself reads as the summary's own: `plan.title`, `plan.horizon`.
@dynamicMemberLookup
public struct PlanSummary: Sendable, Hashable, Codable, Identifiable {
    /// The plan's id.
    public var id: Int64
    /// What the plan says about itself: title, issuer, document number, date, region, horizon.
    public var metadata: DocumentMetadata
    /// The name of the file it was imported from.
    public var fileName: String
    /// The SHA-256 of the imported bytes.
    public var sha256: String
    /// When it was imported, ISO 8601 in UTC, e.g. `2024-07-01T08:30:00Z`.
    public var importedAt: String
    /// How many tracked targets it has.
    public var targetCount: Int

    /// Creates a plan summary.
    public init(
        id: Int64, metadata: DocumentMetadata, fileName: String, sha256: String, importedAt: String,
        targetCount: Int
    ) {
        self.id = id
        self.metadata = metadata
        self.fileName = fileName
        self.sha256 = sha256
        self.importedAt = importedAt
        self.targetCount = targetCount
    }

    /// A field of the plan's metadata: `plan.title` for `plan.metadata.title`.
    public subscript<Value>(dynamicMember field: KeyPath<DocumentMetadata, Value>) -> Value {
        metadata[keyPath: field]
    }
}
