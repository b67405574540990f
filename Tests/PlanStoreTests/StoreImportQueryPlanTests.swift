import GRDB
import PlanIngest
import Testing
@testable import PlanStore

/// A store holding `count` plans without targets, as after years of imports.
private func makeStore(holdingPlans count: Int) throws -> Store {
    let store = try Store.makeInMemory()
    try store.writer.write { db in
        try db.execute(
            sql: """
                WITH RECURSIVE number(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM number WHERE n < ?)
                INSERT INTO plan (fileName, sha256, plainText, importedAt)
                SELECT 'plan-' || n || '.txt', printf('%064x', n), '', '2024-01-01T00:00:00Z' FROM number
                """,
            arguments: [count])
    }
    return store
}

/// The SQL of every statement `body` runs on the store's connection.
private func statementsRun(in store: Store, _ body: () throws -> Void) throws -> [String] {
    var statements: [String] = []
    store.writer.writeWithoutTransaction { db in
        db.trace(options: .statement) { event in
            if case .statement(let statement) = event { statements.append(statement.sql) }
        }
    }
    defer { store.writer.writeWithoutTransaction { db in db.trace(options: []) } }
    try body()
    return statements
}

/// The steps of SQLite's plan for `sql`, with every parameter `NULL`.
private func queryPlan(_ sql: String, in store: Store) throws -> [String] {
    let nulls = Array(repeating: DatabaseValue.null, count: sql.filter { $0 == "?" }.count)
    return try store.writer.read { db in
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(nulls))
            .map { $0["detail"] }
    }
}

/// The tables an import reads or writes.
///
/// Inserting several targets in one statement also plans scans of the tables that point at
/// targets, such as `progressEntry`: SQLite runs them only to settle a pending foreign-key
/// violation, and an import causes none.
private let importedTables = ["plan", "target", "targetSource", "targetResponsibleUnit", "responsibleUnit"]

/// The steps of SQLite's plan for `sql` that read a whole imported table, through an index or not.
private func tableScans(_ sql: String, in store: Store) throws -> [String] {
    try queryPlan(sql, in: store).filter { step in
        importedTables.contains { step == "SCAN \($0)" || step.hasPrefix("SCAN \($0) ") }
    }
}

@Test func importingFindsRowsByKeyHoweverManyPlansAreStored() throws {
    // Given a store holding thousands of plans
    let store = try makeStore(holdingPlans: 3000)
    let plan = makePlan([
        makeTarget("高新技术企业达1500家", value: 1500, responsible: [ResponsibleUnit(name: "市科技局")]),
        makeTarget("新增10家", value: 10, start: 40),
    ])
    // When a plan is imported, then imported again
    let statements = try statementsRun(in: store) {
        _ = try store.importPlan(plan)
        _ = try store.importPlan(plan)
    }
    // Then every statement finds its rows through a primary key or an index, none reads a
    // whole table
    let queries = statements.filter { $0.hasPrefix("SELECT") || $0.hasPrefix("INSERT") }
    #expect(queries.contains { $0.contains("FROM plan") && $0.contains("WHERE plan.id = ?") })
    #expect(queries.contains { $0.contains("target.planID = ?") })
    for sql in queries {
        let scans = try tableScans(sql, in: store)
        #expect(scans.isEmpty, "\(sql): \(scans)")
    }
}

@Test func oneStoredPlanIsFoundByItsPrimaryKey() throws {
    // Given a store holding thousands of plans
    let store = try makeStore(holdingPlans: 3000)
    // When one plan is looked up
    let statements = try statementsRun(in: store) { _ = try store.plan(id: 2000) }
    // Then SQLite searches the primary key instead of scanning the plans
    let lookup = try #require(statements.first { $0.contains("FROM plan") })
    let steps = try queryPlan(lookup, in: store)
    #expect(steps.contains("SEARCH plan USING INTEGER PRIMARY KEY (rowid=?)"), "\(steps)")
    #expect(try store.plan(id: 2000)?.fileName == "plan-2000.txt")
}

@Test func planToReplaceIsFoundThroughAnIndex() throws {
    // Given a store holding thousands of plans
    let store = try makeStore(holdingPlans: 3000)
    // When the plan to replace is looked up by a file name, then by a title no plan has
    let statements = try statementsRun(in: store) {
        _ = try store.planToReplace(fileName: "plan-2000.txt", title: nil)
        _ = try store.planToReplace(fileName: "new.txt", title: "新方案")
    }
    // Then each lookup searches an index instead of reading every plan
    let lookups = statements.filter { $0.hasPrefix("SELECT") }
    #expect(lookups.count == 4, "\(lookups)")
    for sql in lookups {
        let scans = try tableScans(sql, in: store)
        #expect(scans.isEmpty, "\(sql): \(scans)")
    }
    #expect(try store.planToReplace(fileName: "plan-2000.txt", title: nil)?.id == 2000)
}

@Test func targetsOfOnePlanAreFoundThroughThePlanIndex() throws {
    // Given a store holding thousands of plans
    let store = try makeStore(holdingPlans: 3000)
    // When the targets of one plan are listed
    let statements = try statementsRun(in: store) {
        _ = try store.targets(matching: TargetFilter(plan: 2000))
    }
    // Then no query reads every target
    let queries = statements.filter { $0.hasPrefix("SELECT") }
    #expect(queries.count == 3, "\(queries)")
    for sql in queries {
        let scans = try tableScans(sql, in: store)
        #expect(scans.isEmpty, "\(sql): \(scans)")
    }
}
