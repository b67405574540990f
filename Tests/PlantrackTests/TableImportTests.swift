import Foundation
import Testing

/// Plans with tables, imported by the real binary from Word files: the rows' fields reach the
/// database and come back in `targets --format json` and `show`.
@Suite struct TableImportTests {
    /// A table fixture of the ingest tests.
    static func tableFixture(_ name: String) -> String {
        CLIHarness.packageRoot.appendingPathComponent("Tests/PlanIngestTests/Fixtures/Tables")
            .appendingPathComponent(name).path
    }

    @Test func indicatorRowsKeepBindingAndBaseline() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let imported = try cli.run(["import", Self.tableFixture("indicator-plan.docx")])
        #expect(imported.status == 0, "\(imported.stderr)")
        let binding = try cli.run(["targets", "--binding", "--format", "json"])
        let bindingList = try #require(try binding.json() as? [[String: Any]])
        #expect(
            bindingList.map { $0["metric"] as? String } == [
                "规模以上工业单位增加值能耗降低", "细颗粒物（PM2.5）年均浓度", "地表水达到或好于Ⅲ类水体比例", "森林覆盖率",
                "单位地区生产总值二氧化碳排放降低",
            ])
        #expect(bindingList.allSatisfy { $0["binding"] as? Bool == true })
        let expected = try #require(
            try cli.run(["targets", "--no-binding", "--format", "json"]).json() as? [[String: Any]])
        let enterprises = try #require(expected.first { $0["metric"] as? String == "高新技术企业数量" })
        let baseline = try #require(enterprises["baseline"] as? [String: Any])
        #expect(baseline["value"] as? Double == 850)
        #expect(baseline["year"] as? Int == 2020)
        #expect(enterprises["binding"] as? Bool == false)
        let all = try #require(try cli.run(["targets", "--format", "json"]).json() as? [[String: Any]])
        let unmarked = try #require(all.first { $0["metric"] as? String == "国家级专精特新“小巨人”企业" })
        #expect(unmarked["binding"] is NSNull)
        #expect(unmarked["baseline"] is NSNull)
        let id = try #require(enterprises["id"] as? Int)
        let show = try cli.run(["show", "\(id)", "--as-of", "2025-01-01"])
        #expect(show.stdout.contains("Binding:     no (预期性)"), "\(show.stdout)")
        #expect(show.stdout.contains("Baseline:    850家 in 2020"), "\(show.stdout)")
    }

    @Test func taskRowsKeepTheirUnitsAndDeadlines() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", Self.tableFixture("task-annex.docx")]).status == 0)
        let list = try #require(
            try cli.run(["targets", "--unit", "市委组织部", "--format", "json"]).json() as? [[String: Any]])
        #expect(list.count == 1)
        #expect(list.first?["metric"] as? String == "高层次创新团队")
        #expect(list.first?["deadline"] as? String == "2025-12-31")
        #expect(list.first?["lead_units"] as? [String] == ["市委组织部"])
        #expect(list.first?["responsible"] as? [String] == ["市委组织部", "市人社局", "市科技局"])
        let report = try cli.run([
            "report", "status", "--binding", "--as-of", "2025-01-01", "--format", "json",
        ])
        #expect(report.status == 0, "\(report.stderr)")
        let rows = try #require((try report.json() as? [String: Any])?["targets"] as? [Any])
        #expect(rows.isEmpty, "a task table binds nothing")
    }
}
