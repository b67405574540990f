import Foundation
import Testing

@Suite struct ShowCommandTests {
    @Test func showGivesQuoteHistoryAndStatus() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        #expect(try sample.cli.run(["log", String(stock.id), "2023Q4", "580"]).status == 0)
        let run = try sample.cli.run(["show", stock.quote, "--as-of", "2024-06-30"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Target \(stock.id): "))
        #expect(run.stdout.contains(stock.quote))
        #expect(run.stdout.contains("2023Q4"))
        #expect(run.stdout.contains("overdue"))
        #expect(run.stdout.contains("182 days overdue"))
    }

    @Test func showWithoutFiguresSaysNoData() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let stock = try sample.stockTarget()
        let run = try sample.cli.run(["show", String(stock.id), "--as-of", "2023-06-30"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("no figures logged yet"))
        #expect(run.stdout.contains("no data"))
    }

    @Test func anUnknownTargetListsNothingAndFails() throws {
        let sample = try SamplePlan()
        defer { sample.cli.cleanUp() }
        let run = try sample.cli.run(["show", "4242"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("4242"))
        #expect(run.stdout.isEmpty)
    }
}
