import GRDB
import PlanIngest
import Testing
@testable import PlanStore

/// The query plan SQLite picks for `sql`, one detail line per step.
private func queryPlan(_ sql: String, _ arguments: StatementArguments) throws -> [String] {
    let store = try Store.makeInMemory()
    return try store.writer.read { db in
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] }
    }
}

private let scopes = [
    ReportScope(plan: 1), ReportScope(plan: nil), ReportScope(plan: nil, dueBefore: day("2024-06-30")),
]

@Test(arguments: scopes)
func statusSumsReadFiguresFromTheReportIndexOnly(scope: ReportScope) throws {
    // Given the SQL that sums up each target's figures
    let sql = Store.singleSummarySQL(scope)
    // When SQLite plans it
    let plan = try queryPlan(sql, scope.arguments(asOf: day("2024-06-30")))
    // Then every access to the figures is an index search on the covering report index,
    // and one plan's targets are found through the plan index
    let figureSteps = plan.filter { $0.contains("entry") || $0.contains("latest") || $0.contains("earliest") }
    #expect(figureSteps.count == 3, "\(plan)")
    #expect(
        figureSteps.allSatisfy {
            $0.hasPrefix("SEARCH")
                && $0.contains("USING COVERING INDEX progressEntry_report (targetID=? AND periodEnd")
        }, "\(plan)")
    if scope.plan != nil {
        #expect(
            plan.contains { $0.contains("SEARCH target USING INDEX target_planID_deadline (planID=?)") },
            "\(plan)")
    }
}

@Test(arguments: scopes)
func yearlySumsStartFromRecurringTargets(scope: ReportScope) throws {
    // Given the SQL that sums up recurring targets' figures per year
    let sql = Store.yearlySummarySQL(scope)
    // When SQLite plans it
    let plan = try queryPlan(sql, scope.arguments(asOf: day("2024-06-30")))
    // Then it finds recurring targets by index and their figures by the report index
    #expect(plan.contains { $0.contains("SEARCH target USING INDEX") }, "\(plan)")
    #expect(
        plan.contains { $0.contains("SEARCH entry USING COVERING INDEX progressEntry_report") }, "\(plan)")
    #expect(!plan.contains { $0.hasPrefix("SCAN entry") || $0 == "SCAN target" }, "\(plan)")
}

@Test(arguments: [
    (
        "SELECT DISTINCT target.id FROM targetSource JOIN target ON target.id = targetSource.targetID WHERE targetSource.quote = ?",
        "targetSource_quote"
    ),
    ("SELECT id FROM target WHERE metric = ?", "target_metric"),
    ("SELECT id FROM target WHERE deadline <= ?", "target_deadline"),
    (
        "SELECT id, period FROM progressEntry WHERE targetID = ? AND replacedAt IS NULL AND periodStart <= ? AND periodEnd >= ?",
        "progressEntry_"
    ),
])
func lookupsUseIndices(_ sql: String, _ index: String) throws {
    // Given a lookup the store runs
    // When SQLite plans it
    let plan = try queryPlan(
        sql, StatementArguments(Array(repeating: "x", count: sql.filter { $0 == "?" }.count)))
    // Then it searches an index instead of scanning the table
    #expect(plan.contains { $0.hasPrefix("SEARCH") && $0.contains(index) }, "\(plan)")
}
