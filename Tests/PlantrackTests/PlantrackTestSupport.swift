import Foundation
import Testing

/// A temporary database with the sample plan imported, and lookups of its targets by value so the
/// tests do not depend on the exact words extraction picks.
struct SamplePlan {
    let cli: CLIHarness
    let targets: [[String: Any]]

    init() throws {
        cli = try CLIHarness()
        let plan = try CLIHarness.fixture("plans/sample-plan.txt").path
        let imported = try cli.run(["import", plan])
        #expect(imported.status == 0, "import failed: \(imported.stderr)")
        let listed = try cli.run(["targets", "--format", "json"])
        #expect(listed.status == 0, "targets failed: \(listed.stderr)")
        targets = try #require(
            JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
    }

    /// The target stating `value` in `unit`.
    func target(value: Double, unit: String) throws -> (id: Int64, quote: String, metric: String) {
        let match = try #require(
            targets.first { ($0["value"] as? Double) == value && ($0["unit"] as? String) == unit },
            "the sample plan has no target of \(value) \(unit)")
        let sources = try #require(match["sources"] as? [[String: Any]])
        return (
            try #require((match["id"] as? NSNumber)?.int64Value),
            try #require(sources.first?["quote"] as? String),
            try #require(match["metric"] as? String)
        )
    }

    /// 高新技术企业总量突破600家: a level target due 2023-12-31.
    func stockTarget() throws -> (id: Int64, quote: String, metric: String) {
        try target(value: 600, unit: "家")
    }

    /// 新增高新技术企业100家以上: an increment target due 2023-12-31, judged on the sum of figures.
    func incrementTarget() throws -> (id: Int64, quote: String, metric: String) {
        try target(value: 100, unit: "家")
    }

    /// 全年备案贷款突破5亿元: a money target due 2023-12-31.
    func loanTarget() throws -> (id: Int64, quote: String, metric: String) {
        try target(value: 500_000_000, unit: "元")
    }
}

extension CLIRun {
    /// The output parsed as JSON.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(stdout.utf8))
    }
}
