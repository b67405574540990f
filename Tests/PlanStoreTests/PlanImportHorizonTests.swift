import PlanIngest
import Testing

@testable import PlanStore

/// A plan that states its years only in its goals runs from its issue to its last stated deadline.
@Suite struct PlanImportHorizonTests {
    /// A plan without a horizon of its own, issued on `issued`, with these deadlines and sources.
    private func plan(issued: String?, deadlines: [(String, DeadlineSource)]) -> PlanImport {
        var plan = makePlan(
            deadlines.enumerated().map { index, deadline in
                var target = makeTarget("目标\(index)", value: 10, deadline: deadline.0, start: index * 10)
                target.deadlineSource = deadline.1
                return target
            }, horizon: nil)
        plan.metadata.issueDate = issued.flatMap(CalendarDay.init(iso:))
        return plan
    }

    @Test func aPlanOfGoalsOnlyRunsFromItsIssueToItsLastStatedDeadline() {
        let goals = plan(issued: "2024-03-05", deadlines: [("2025-12-31", .stated), ("2027-12-31", .stated)])
        #expect(goals.trackingHorizon == Horizon(startYear: 2024, endYear: 2027))
    }

    @Test func withoutAnIssueDateItStartsAtTheFirstStatedDeadline() {
        let goals = plan(issued: nil, deadlines: [("2025-12-31", .stated), ("2027-12-31", .stated)])
        #expect(goals.trackingHorizon == Horizon(startYear: 2025, endYear: 2027))
    }

    @Test func inheritedDeadlinesAndNoDeadlinesGiveNoHorizon() {
        #expect(plan(issued: "2024-03-05", deadlines: [("2027-12-31", .inherited)]).trackingHorizon == nil)
        #expect(plan(issued: "2024-03-05", deadlines: []).trackingHorizon == nil)
    }

    @Test func aStatedHorizonWins() {
        var stated = plan(issued: "2024-03-05", deadlines: [("2030-12-31", .stated)])
        stated.metadata.horizon = Horizon(startYear: 2024, endYear: 2026)
        #expect(stated.trackingHorizon == Horizon(startYear: 2024, endYear: 2026))
    }
}
