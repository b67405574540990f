import GRDB
import PlanIngest
import Testing

@testable import PlanStore

/// Targets of an indicator table: binding or expected, with a baseline.
private func makeIndicatorTargets() -> [Target] {
    var binding = makeTarget("森林覆盖率\t%\t40.2\t41\t约束性", metric: "森林覆盖率", value: 41, unit: .percent)
    binding.binding = true
    binding.baseline = Baseline(value: 40.2, year: 2020)
    var expected = makeTarget("高新技术企业数量\t家\t850\t1500\t预期性", metric: "高新技术企业数量", value: 1500, start: 30)
    expected.binding = false
    expected.baseline = Baseline(value: 850, year: nil)
    let plain = makeTarget("新增企业100家", metric: "企业", value: 100, isIncrement: true, start: 60)
    return [binding, expected, plain]
}

@Test func bindingAndBaselineAreStoredAndReadBack() throws {
    // Given a plan with a binding target, an expected one and one that says neither
    let store = try Store.makeInMemory()
    // When it is imported and read back
    let imported = try store.importPlan(makePlan(makeIndicatorTargets()))
    let read = try store.targets(matching: TargetFilter())
    // Then each keeps its attribute and baseline
    #expect(read.map(\.statement.binding) == [true, false, nil])
    #expect(
        read.map(\.statement.baseline) == [
            Baseline(value: 40.2, year: 2020), Baseline(value: 850, year: nil), nil,
        ])
    #expect(read == imported.targets)
}

@Test func aTableRowThatRepeatsTheTextGivesTheTargetItsBindingAndBaseline() throws {
    // Given a plan whose text states a target and whose indicator table repeats it
    let store = try Store.makeInMemory()
    let text = makeTarget("森林覆盖率达到41%", metric: "森林覆盖率", value: 41, unit: .percent)
    var row = makeTarget("森林覆盖率\t%\t40.2\t41\t约束性", metric: "森林覆盖率", value: 41, unit: .percent, start: 40)
    row.binding = true
    row.baseline = Baseline(value: 40.2, year: 2020)
    // When it is imported
    let imported = try store.importPlan(makePlan([text, row])).targets
    // Then one target holds both statements, with the row's attribute and baseline
    #expect(imported.count == 1)
    #expect(imported.first?.sources.count == 2)
    #expect(imported.first?.statement.binding == true)
    #expect(imported.first?.statement.baseline == Baseline(value: 40.2, year: 2020))
}

@Test func targetsAreFilteredByBinding() throws {
    // Given a plan with a binding target, an expected one and one that says neither
    let store = try Store.makeInMemory()
    let all = try store.importPlan(makePlan(makeIndicatorTargets())).targets
    // When listed by binding
    // Then binding and expected ones are listed apart, and neither lists the third
    #expect(try store.targets(matching: TargetFilter(binding: true)).map(\.id) == [all[0].id])
    #expect(try store.targets(matching: TargetFilter(binding: false)).map(\.id) == [all[1].id])
    #expect(try store.targets(matching: TargetFilter()).count == 3)
}

@Test func reportsAreFilteredByBinding() throws {
    // Given a plan with a binding target, an expected one and one that says neither
    let store = try Store.makeInMemory()
    let all = try store.importPlan(makePlan(makeIndicatorTargets())).targets
    let day = CalendarDay.endOfYear(2026)
    // When reports ask for binding targets only
    let statuses = try store.statuses(asOf: day, plan: nil, binding: true)
    var walked: [Int64] = []
    try store.forEachStatus(asOf: day, plan: nil, dueBefore: day, binding: false) { _, status in
        walked.append(status.target.id)
    }
    // Then only those are judged
    #expect(statuses.map(\.target.id) == [all[0].id])
    #expect(walked == [all[1].id])
}

@Test func migration0011AddsBindingAndBaselineToStoredTargets() throws {
    // Given a database at 0010 with a target
    let (_, queue) = try Store.makeUnmigratedInMemory()
    try Store.migrator.migrate(queue, upTo: "0010_widen_target_deadline_sources")
    try queue.write { db in try insertPlanAndTarget(db) }
    // When 0011 runs
    try Store.migrator.migrate(queue)
    // Then the target says neither, and the new columns keep their rules
    try queue.write { db in
        let row = try #require(
            try Row.fetchOne(db, sql: "SELECT binding, baselineValue, baselineYear FROM target"))
        #expect(row[0] == nil as Int?)
        #expect(row[1] == nil as Double?)
        try db.execute(sql: "UPDATE target SET binding = 1, baselineValue = 0.5, baselineYear = 2020")
        #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE target SET binding = 2") }
        #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE target SET baselineYear = 20") }
    }
}
