import PlanIngest

/// A stored plan without its text: what listings show.
public struct PlanSummary: Sendable, Hashable, Codable, Identifiable {
    /// The plan's id.
    public var id: Int64
    /// The title, when the document states one.
    public var title: String?
    /// The issuing body.
    public var issuer: String?
    /// The document number, e.g. `滨科字〔2022〕73号`.
    public var documentNumber: String?
    /// The date the document was issued.
    public var issueDate: CalendarDay?
    /// The region the plan governs.
    public var region: String?
    /// The years the plan covers.
    public var horizon: Horizon?
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
        id: Int64, title: String?, issuer: String?, documentNumber: String?,
        issueDate: CalendarDay?, region: String?, horizon: Horizon?, fileName: String,
        sha256: String, importedAt: String, targetCount: Int
    ) {
        self.id = id
        self.title = title
        self.issuer = issuer
        self.documentNumber = documentNumber
        self.issueDate = issueDate
        self.region = region
        self.horizon = horizon
        self.fileName = fileName
        self.sha256 = sha256
        self.importedAt = importedAt
        self.targetCount = targetCount
    }
}
