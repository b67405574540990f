import PlanIngest
import Testing
@testable import PlanStore

/// Two plans: plan 1 with 高新技术企业 (level and yearly increment) and 研发投入强度; plan 2
/// with 高新技术企业 again.
private func makeStoreWithTwoPlans() throws -> (Store, [StoredTarget]) {
    let store = try Store.makeInMemory()
    let first = try store.importPlan(
        makePlan([
            makeTarget(
                "高新技术企业达1500家", metric: "高新技术企业", value: 1500,
                responsible: [ResponsibleUnit(name: "市科技局", isLead: true)]),
            makeTarget(
                "每年新增高新技术企业8家以上", metric: "高新技术企业", value: 8, recurrence: .annual, isIncrement: true,
                start: 20),
            makeTarget(
                "研发投入强度达到3.55%", metric: "研发投入强度", value: 3.55, unit: .percent, kind: .ratio,
                deadline: "2024-12-31", start: 40, responsible: [ResponsibleUnit(name: "市财政局")]),
        ]))
    let second = try store.importPlan(
        makePlan(
            [makeTarget("高新技术企业总量突破600家", metric: "高新技术企业", value: 600, deadline: nil)],
            sha256: String(repeating: "c", count: 64), title: "第二个方案"))
    return (store, first.targets + second.targets)
}

@Test func targetsAreFiltered() throws {
    // Given two plans
    let (store, all) = try makeStoreWithTwoPlans()
    // When they are listed with filters
    // Then each filter keeps what it names
    #expect(try store.targets(matching: TargetFilter()) == all)
    #expect(try store.targets(matching: TargetFilter(plan: all[3].planID)).map(\.id) == [all[3].id])
    #expect(try store.targets(matching: TargetFilter(unitName: "科技局")).map(\.id) == [all[0].id])
    #expect(try store.targets(matching: TargetFilter(dueBefore: day("2024-12-31"))).map(\.id) == [all[2].id])
    #expect(try store.targets(matching: TargetFilter(dueBefore: day("2024-12-30"))).isEmpty)
    #expect(try store.target(id: 999) == nil)
}

enum Expected: Sendable, CustomStringConvertible {
    case target(index: Int)
    case notFound(candidates: Int)
    case ambiguous(candidates: Int)
    var description: String {
        switch self {
        case .target(let index): "target \(index)"
        case .notFound(let count): "not found, \(count) candidates"
        case .ambiguous(let count): "ambiguous, \(count) candidates"
        }
    }
}

@Test(arguments: [
    ("1", false, Expected.target(index: 0)),
    ("3", false, .target(index: 2)),
    ("999", false, .notFound(candidates: 0)),
    ("4", true, .notFound(candidates: 0)),
    ("高新技术企业达1500家", false, .target(index: 0)),
    ("  高新技术企业达1500家 ", false, .target(index: 0)),
    ("研发投入强度", false, .target(index: 2)),
    ("高新技术企业", false, .ambiguous(candidates: 3)),
    ("高新技术企业", true, .ambiguous(candidates: 2)),
    ("高新技术企业总量突破600家", true, .notFound(candidates: 2)),
    ("高新技术企业总量突破600家", false, .target(index: 3)),
    ("研发投入", false, .notFound(candidates: 1)),
    ("规上工业企业", false, .notFound(candidates: 0)),
])
func resolveTarget(_ reference: String, _ inFirstPlan: Bool, _ expected: Expected) throws {
    // Given two plans
    let (store, all) = try makeStoreWithTwoPlans()
    // When the reference is resolved
    let plan = inFirstPlan ? all[0].planID : nil
    // Then it names one target, or the error lists candidates
    switch expected {
    case .target(let index):
        #expect(try store.resolveTarget(reference, inPlan: plan) == all[index])
    case .notFound(let count):
        #expect {
            try store.resolveTarget(reference, inPlan: plan)
        } throws: { error in
            guard case .targetNotFound(_, _, let candidates) = error as? StoreError else { return false }
            return candidates.count == count
        }
    case .ambiguous(let count):
        #expect {
            try store.resolveTarget(reference, inPlan: plan)
        } throws: { error in
            guard case .ambiguousTarget(_, _, let candidates) = error as? StoreError else { return false }
            return candidates.count == count
                && (error as? StoreError)?.description.contains("#1 高新技术企业达1500家") == true
        }
    }
}
