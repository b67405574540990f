/// A stored plan that holds the same document as a plan being imported from another file, and
/// what gives it away.
public struct SameDocument: Sendable, Hashable, Codable {
    /// What the stored plan and the new file have in common.
    public enum Evidence: String, Sendable, Hashable, Codable {
        /// The same title and the same document number (文号).
        case titleAndDocumentNumber
        /// The same document number (文号), the title read differently (a PDF that breaks the
        /// title over two lines).
        case documentNumber
        /// The same extracted text, white space aside.
        case text
    }

    /// The stored plan.
    public var plan: PlanSummary
    /// What it shares with the new file.
    public var evidence: Evidence

    /// Creates the finding that `plan` holds the same document.
    public init(plan: PlanSummary, evidence: Evidence) {
        self.plan = plan
        self.evidence = evidence
    }
}
