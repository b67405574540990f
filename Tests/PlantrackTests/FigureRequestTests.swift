import PlanIngest
import PlanStore
import Testing

@testable import plantrack

struct FigureRequestTests {
    @Test(
        arguments: [
            // state, deadline, last period, owes 2024Q2?
            (TargetState.noData, "2025-12-31", nil, true),
            (.atRisk, "2025-12-31", "2024Q1", true),
            (.atRisk, "2024-04-30", "2024Q1", true),
            (.met, "2025-12-31", "2024Q1", false),
            (.overdue, "2023-12-31", "2023Q4", false),
            (.onTrack, "2025-12-31", "2024Q2", false),
            (.onTrack, "2025-12-31", "2024", false),
            (.notAssessable, nil, nil, true),
        ] as [(TargetState, String?, String?, Bool)])
    func whoOwesAFigure(_ state: TargetState, _ deadline: String?, _ lastPeriod: String?, _ owes: Bool) throws
    {
        let status = makeStatus(deadline: deadline, state: state, lastPeriod: lastPeriod)
        #expect(FigureRequest.owesFigure(status, for: try #require(Period("2024Q2"))) == owes)
    }

    @Test func aWindowStartingAfterThePeriodOwesNothing() throws {
        var status = makeStatus(instanceYear: 2025)
        status.windowStart = CalendarDay(year: 2025, month: 1, day: 1)
        #expect(!FigureRequest.owesFigure(status, for: try #require(Period("2024Q2"))))
    }

    @Test func eachTargetIsAskedOfOneUnitLeadsFirst() throws {
        let statuses = [
            makeStatus(metric: "a", responsible: [.init(name: "乙局"), .init(name: "甲局", isLead: true)]),
            makeStatus(metric: "b", responsible: [.init(name: "丙局"), .init(name: "乙局")]),
            makeStatus(metric: "c", responsible: []),
            makeStatus(metric: "d", responsible: [.init(name: "甲局", isLead: true)]),
        ]
        let period = try #require(Period("2024Q2"))
        let request = FigureRequest(
            period: period, lines: statuses.map { .init(status: $0, lastFigure: nil) })
        #expect(request.groups.map(\.unit) == ["甲局", "丙局", nil])
        #expect(
            request.groups.map { $0.lines.map(\.status.target.statement.metric) } == [
                ["a", "d"], ["b"], ["c"],
            ])
        let one = FigureRequest(
            period: period, lines: statuses.map { .init(status: $0, lastFigure: nil) }, unit: " 丙局 ")
        #expect(one.groups.map(\.unit) == ["丙局"])
    }
}
