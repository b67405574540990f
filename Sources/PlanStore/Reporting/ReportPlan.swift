import GRDB
import PlanIngest

/// What a report needs of a plan: its title, for the rows, and its horizon and date of issue,
/// which set the years its targets are judged in.
struct ReportPlan: Sendable, Hashable {
    /// The plan's title.
    var title: String?
    /// The years the plan covers.
    var horizon: Horizon?
    /// When the plan was issued.
    var issueDate: CalendarDay?

    /// The plans by id: every plan's, or only plan `id`'s.
    ///
    /// Unlike ``Store/planSummaries(_:id:)`` it does not count each plan's targets, which over
    /// thousands of plans would mean reading the whole plan index.
    static func byID(_ db: Database, id: Int64?) throws -> [Int64: ReportPlan] {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, title, horizonStartYear, horizonEndYear, issueDate FROM plan
                \(id == nil ? "" : "WHERE id = ?")
                """,
            arguments: StatementArguments(id.map { [$0] } ?? []))
        var plans: [Int64: ReportPlan] = [:]
        while let row = try rows.next() {
            let issueDate: String? = row[4]
            plans[row[0]] = ReportPlan(
                title: row[1], horizon: Horizon.stored(startYear: row[2], endYear: row[3]),
                issueDate: issueDate.flatMap { CalendarDay(iso: $0) })
        }
        return plans
    }
}
