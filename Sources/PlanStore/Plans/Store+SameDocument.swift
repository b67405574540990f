import GRDB
import PlanIngest

extension Store {
    /// The stored plan that holds the same document as `plan` read from another file: the same
    /// title and 文号, or the same extracted text apart from white space (a `.docx` after its
    /// `.txt`, a PDF after its web page), or else the same 文号 under a title read differently
    /// (a 文号 names one document of its issuer). The newest such plan, or `nil`.
    ///
    /// The same bytes are not another file: when a stored plan has the same SHA-256, this is
    /// `nil`, and ``importPlan(_:)`` finds that plan.
    ///
    /// - Parameter plan: The plan about to be imported.
    /// - Complexity: O(*k* · *n*) for *k* stored plans of the same title and texts of length *n*:
    ///   the same text gives the same title, so the title index finds every candidate without
    ///   reading the other plans; the 文号 index finds the plans of the same 文号.
    public func sameDocument(as plan: PlanImport) throws(StoreError) -> SameDocument? {
        let sha256 = plan.sha256.lowercased()
        let number = plan.metadata.documentNumber?.removingWhitespace()
        let text = plan.text.removingWhitespace()
        return try read { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM plan WHERE sha256 = ?", arguments: [sha256]) != nil {
                return nil
            }
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT id, documentNumber, plainText FROM plan
                        WHERE title IS ?
                        ORDER BY id DESC
                        """),
                arguments: [plan.metadata.title])
            while let row = try rows.next() {
                let storedNumber: String? = row["documentNumber"]
                let evidence: SameDocument.Evidence
                if plan.metadata.title != nil, let number, !number.isEmpty,
                    storedNumber?.removingWhitespace() == number
                {
                    evidence = .titleAndDocumentNumber
                } else if (row["plainText"] as String).removingWhitespace() == text {
                    evidence = .text
                } else {
                    continue
                }
                let id: Int64 = row["id"]
                guard let stored = try Store.planSummaries(db, id: id).first else { continue }
                return SameDocument(plan: stored, evidence: evidence)
            }
            // A 文号 names one document: the same one under a title a PDF broke over two lines.
            guard let number, !number.isEmpty else { return nil }
            let written = plan.metadata.documentNumber ?? number
            let numbered = try Row.fetchCursor(
                db.cachedStatement(
                    sql: "SELECT id FROM plan WHERE documentNumber IN (?, ?) ORDER BY id DESC"),
                arguments: [written, number])
            while let row = try numbered.next() {
                let id: Int64 = row["id"]
                guard let stored = try Store.planSummaries(db, id: id).first else { continue }
                return SameDocument(plan: stored, evidence: .documentNumber)
            }
            return nil
        }
    }
}
