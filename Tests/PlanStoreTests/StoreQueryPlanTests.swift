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

@Test(arguments: [
    ReportScope(plan: nil, ids: 1...8192),
    ReportScope(plan: nil, dueBefore: day("2024-06-30"), ids: 1...8192),
])
func aPartOfAReportSearchesItsRunOfIdsInKeyOrder(scope: ReportScope) throws {
    // Given the queries of one part of a report over all plans: a run of target ids
    let arguments = scope.arguments(asOf: day("2024-06-30"))
    // When SQLite plans them
    let targets = try queryPlan(StatusWalk.targetsSQL(scope), arguments)
    let units = try queryPlan(StatusWalk.unitsSQL(scope), arguments)
    let sources = try queryPlan(StatusWalk.sourcesSQL(scope), arguments)
    // Then each reads only that run, through the key or the target index, without sorting it
    #expect(
        targets.contains { $0.hasPrefix("SEARCH target USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)") },
        "\(targets)")
    #expect(
        units.contains {
            $0.hasPrefix(
                "SEARCH targetResponsibleUnit USING INDEX sqlite_autoindex_targetResponsibleUnit_1 (targetID>? AND targetID<?)"
            )
        },
        "\(units)")
    #expect(
        sources.contains {
            $0.hasPrefix("SEARCH targetSource USING INDEX targetSource_targetID (targetID>? AND targetID<?)")
        },
        "\(sources)")
    for plan in [targets, units, sources] {
        #expect(!plan.contains { $0 == "USE TEMP B-TREE FOR ORDER BY" }, "\(plan)")
    }
    // And each target's summary of all figures is found by key
    #expect(
        targets.contains { $0.hasPrefix("SEARCH total USING PRIMARY KEY (targetID=? AND periodYear=?)") },
        "\(targets)")
}

@Test func aReportOnOnePlanSearchesItsTargetsByIndex() throws {
    // Given the queries of a report on one plan
    let scope = ReportScope(plan: 1)
    let arguments = scope.arguments(asOf: day("2024-06-30"))
    // When SQLite plans them
    // Then the plan's targets come from the plan index and a target's years from the key
    #expect(
        try queryPlan(StatusWalk.targetsSQL(scope), arguments).contains {
            $0.contains("SEARCH target USING INDEX target_planID (planID=?)")
        })
    let years = try queryPlan(StatusWalk.yearsOfTargetSQL, [1])
    #expect(
        years.contains {
            $0.hasPrefix("SEARCH progressYear USING PRIMARY KEY (targetID=? AND periodYear>?)")
        },
        "\(years)")
}

@Test func eachPlansFirstAndLastTargetIdAreSearchedInThePlanIndex() throws {
    // Given the SQL that tells whether each plan's targets form one run of ids
    // When SQLite plans it
    let plan = try queryPlan(ReportParts.planIDRangesSQL, [])
    // Then it reads the plans and searches the plan index for each, never scanning the targets
    #expect(!plan.contains { $0.hasPrefix("SCAN target") }, "\(plan)")
    #expect(
        plan.filter { $0.hasPrefix("SEARCH target USING COVERING INDEX target_planID (planID=?)") }.count
            == 2, "\(plan)")
}

@Test func windowSumsReadFiguresFromTheReportIndexOnly() throws {
    // Given the SQL that sums up one target's figures when its yearly summaries cannot
    let sql = StatusWalk.windowSQL
    // When SQLite plans it
    let plan = try queryPlan(sql, ["target": 1, "from": "2021-01-01", "through": "2024-06-30"])
    // Then every access to the figures is an index search on the covering report index
    let figureSteps = plan.filter {
        $0.contains("progressEntry") || $0.contains("latest") || $0.contains("earliest")
    }
    #expect(figureSteps.count == 3, "\(plan)")
    #expect(
        figureSteps.allSatisfy {
            $0.hasPrefix("SEARCH")
                && $0.contains("USING COVERING INDEX progressEntry_report (targetID=? AND periodEnd")
        }, "\(plan)")
}

@Test func yearlySummariesOfOneTargetAreRewrittenThroughTheReportIndex() throws {
    // Given the SQL that rewrites one target's yearly summaries after its figures changed
    let sql = Store.progressSummarySelect(figures: "targetID = :target AND replacedAt IS NULL")
    // When SQLite plans it
    let plan = try queryPlan(sql, ["target": 1])
    // Then it reads only that target's figures, through the report index
    #expect(!plan.contains { $0.hasPrefix("SCAN") && $0.contains("progressEntry") }, "\(plan)")
    #expect(
        plan.contains {
            $0.contains("SEARCH progressEntry USING COVERING INDEX progressEntry_report (targetID=?)")
        }, "\(plan)")
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
