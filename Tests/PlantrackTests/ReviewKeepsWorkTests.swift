import Foundation
import Testing

/// The first version of a yearly plan.
private let firstVersion = """
    2023年全市科技工作要点
    一、主要目标
    2023年，新增高新技术企业100家以上、高新技术企业总量突破600家。
    取得重大关键技术成果5项以上。
    支持20家以上科技型中小企业联合重点高校申报项目。
    组建2家以上市创新创业共同体。
    高新技术产业产值同比增速高于全省平均水平。
    """

/// The revised version: two targets gone, one changed value, the rest as before.
private let revisedVersion = """
    2023年全市科技工作要点（修订）
    一、主要目标
    2023年，新增高新技术企业100家以上、高新技术企业总量突破600家。
    取得一批重大关键技术成果。
    支持科技型中小企业联合重点高校申报项目。
    组建3家以上市创新创业共同体。
    高新技术产业产值同比增速高于全省平均水平。
    """

/// The stored targets, by id, from `targets --format json`.
private func targets(_ cli: CLIHarness, _ extra: [String] = []) throws -> [Int64: [String: Any]] {
    let run = try cli.run(["targets", "--format", "json"] + extra)
    #expect(run.status == 0, "\(run.stderr)")
    let rows = try #require(try run.json() as? [[String: Any]])
    return Dictionary(uniqueKeysWithValues: rows.map { (($0["id"] as? NSNumber)?.int64Value ?? -1, $0) })
}

/// The id of the target whose first quote contains `part`.
private func id(quoting part: String, in targets: [Int64: [String: Any]]) throws -> Int64 {
    try #require(
        targets.first { _, target in
            ((target["sources"] as? [[String: Any]])?.first?["quote"] as? String)?.contains(part) == true
        }?.key, "no target quoting \(part)")
}

/// The target ids in `report status` as of the end of 2023.
private func reported(_ cli: CLIHarness) throws -> Set<Int64> {
    let run = try cli.run(["report", "status", "--as-of", "2023-12-31", "--format", "json"])
    let report = try #require(try run.json() as? [String: Any])
    let rows = try #require(report["targets"] as? [[String: Any]])
    return Set(rows.compactMap { ($0["target_id"] as? NSNumber)?.int64Value })
}

@Suite struct ReviewKeepsWorkTests {
    @Test func replacingAPlanKeepsEditedAddedAndLoggedTargets() throws {
        // Given a plan whose targets were edited, added, rejected and logged
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let path = try cli.write(firstVersion, to: "plan.txt")
        #expect(try cli.run(["import", path]).status == 0)
        let before = try targets(cli)
        let stock = try id(quoting: "总量突破600家", in: before)
        let results = try id(quoting: "重大关键技术成果", in: before)
        let untouched = try id(quoting: "支持20家", in: before)
        let community = try id(quoting: "创新创业共同体", in: before)
        #expect(try cli.run(["targets", "edit", String(stock), "--metric", "高新技术企业存量"]).status == 0)
        #expect(try cli.run(["log", String(stock), "2023H1", "550"]).status == 0)
        #expect(try cli.run(["log", String(stock), "2023", "610"]).status == 0)
        #expect(try cli.run(["log", String(results), "2023", "4"]).status == 0)
        let added = try cli.run([
            "targets", "add", "--plan", "1", "--quote", "高新技术产业产值同比增速高于全省平均水平", "--metric",
            "高新技术产业产值增速", "--value", "10%",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let addedID = try id(quoting: "高新技术产业产值同比增速", in: try targets(cli))
        // When the revised version replaces it
        try cli.write(revisedVersion, to: "plan.txt")
        let replaced = try cli.run(["import", "--replace", path])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        // Then the edited and the added target keep their ids, review and figures
        let after = try targets(cli)
        #expect(after[stock]?["metric"] as? String == "高新技术企业存量")
        #expect(after[stock]?["review_state"] as? String == "edited")
        #expect(after[addedID]?["review_state"] as? String == "confirmed")
        #expect(try cli.run(["show", String(stock)]).stdout.contains("610家"))
        // And the logged target the plan no longer states is retired, listed, out of reports
        #expect(after[results]?["retired"] as? Bool == true)
        #expect(replaced.stdout.contains("#\(results)") && replaced.stdout.contains("retired"))
        #expect(try cli.run(["show", String(results)]).stdout.contains("4项"))
        // And the untouched one without figures is removed and listed; the changed one is new
        #expect(after[untouched] == nil)
        #expect(replaced.stdout.contains("#\(untouched)") && replaced.stdout.contains("removed"))
        #expect(after[community] == nil || after[community]?["value"] as? Double == 3)
        let inReports = try reported(cli)
        #expect(inReports.contains(stock) && inReports.contains(addedID))
        #expect(!inReports.contains(results))
        // And a retired target leaves name lookups
        let lookup = try cli.run(["log", "重大关键技术成果", "2023", "5"])
        #expect(lookup.status != 0)
        #expect(lookup.stderr.contains("no target matches"))
    }

    @Test func aFigureTheRevisionChangesKeepsItsTargetAndFigures() throws {
        // Given a logged target whose figure the revised plan changes (组建2家 becomes 3家)
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let path = try cli.write(firstVersion, to: "plan.txt")
        #expect(try cli.run(["import", path]).status == 0)
        let community = try id(quoting: "创新创业共同体", in: try targets(cli))
        #expect(try cli.run(["log", String(community), "2023H1", "1"]).status == 0)
        // When the revised version replaces the plan
        try cli.write(revisedVersion, to: "plan.txt")
        #expect(try cli.run(["import", "--replace", path]).status == 0)
        // Then the target keeps its id and figure, takes the new value, and says why
        let after = try targets(cli)
        #expect((after[community]?["value"] as? NSNumber)?.doubleValue == 3)
        #expect(after[community]?["retired"] as? Bool != true)
        #expect(try cli.run(["show", String(community)]).stdout.contains("组建3家以上市创新创业共同体"))
        let history = try cli.run(["history", String(community)])
        #expect(history.stdout.contains("revised in the plan"), "\(history.stdout)")
        #expect(try reported(cli).contains(community))
    }

    @Test func aRevisedFigureNeverTakesOverAReviewedTarget() throws {
        // Given a confirmed target whose figure and deadline the revision changes
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let path = try cli.write("某市科技创新行动方案（2024—2026年）\n到2024年，新增众创空间5家。\n", to: "plan.txt")
        #expect(try cli.run(["import", path]).status == 0)
        let confirmed = try id(quoting: "众创空间5家", in: try targets(cli))
        #expect(try cli.run(["targets", "confirm", String(confirmed)]).status == 0)
        #expect(try cli.run(["log", String(confirmed), "2024", "3"]).status == 0)
        // When the revised version replaces the plan
        try cli.write("某市科技创新行动方案（2024—2026年）\n到2026年，新增众创空间8家。\n", to: "plan.txt")
        #expect(try cli.run(["import", "--replace", path]).status == 0)
        // Then the confirmed target keeps what was checked (retired with its figure), and the
        // revision is a new target to review
        let after = try targets(cli)
        #expect((after[confirmed]?["value"] as? NSNumber)?.doubleValue == 5)
        #expect(after[confirmed]?["retired"] as? Bool == true)
        let revised = try id(quoting: "众创空间8家", in: after)
        #expect(revised != confirmed)
        #expect(after[revised]?["review_state"] as? String == "extracted")
    }

    @Test func aRevisionRecordsTheValueAndDeadlineItChanged() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let path = try cli.write("某市科技创新行动方案（2024—2026年）\n到2024年，新增众创空间5家。\n", to: "plan.txt")
        #expect(try cli.run(["import", path]).status == 0)
        let target = try id(quoting: "众创空间5家", in: try targets(cli))
        #expect(try cli.run(["log", String(target), "2024", "3"]).status == 0)
        try cli.write("某市科技创新行动方案（2024—2026年）\n到2026年，新增众创空间8家。\n", to: "plan.txt")
        #expect(try cli.run(["import", "--replace", path]).status == 0)
        let history = try cli.run(["history", String(target), "--format", "json"])
        let changes = try #require(try history.json() as? [[String: Any]])
        let fields = Set(
            changes.filter { $0["reason"] as? String == "revised in the plan" }.compactMap {
                $0["field"] as? String
            })
        #expect(fields == ["value", "deadline"], "\(changes)")
    }

    @Test func aRejectedTargetTakesNoFigures() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let path = try cli.write(firstVersion, to: "plan.txt")
        #expect(try cli.run(["import", path]).status == 0)
        let support = try id(quoting: "支持20家", in: try targets(cli))
        #expect(
            try cli.run(["targets", "reject", String(support), "--reason", "a support rule"]).status == 0)
        let single = try cli.run(["log", String(support), "2023", "18"])
        #expect(single.status != 0)
        #expect(single.stderr.contains("target \(support) (") && single.stderr.contains("is rejected"))
        let csv = try cli.write("target,period,value\n\(support),2023,18\n", to: "f.csv")
        let batch = try cli.run(["log", "--csv", csv])
        #expect(batch.status != 0)
        #expect(batch.stderr.contains("line 2, field target: target \(support)"), "\(batch.stderr)")
        #expect(try cli.run(["show", String(support)]).stdout.contains("18家") == false)
    }

    @Test func removingAPlanNeedsYesAndIsRecorded() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", try cli.write(firstVersion, to: "plan.txt")]).status == 0)
        let stock = try id(quoting: "总量突破600家", in: try targets(cli))
        #expect(try cli.run(["log", String(stock), "2023", "610"]).status == 0)
        // Without --yes nothing goes
        let asked = try cli.run(["plans", "remove", "1"])
        #expect(asked.status != 0)
        #expect(asked.stderr.contains("--yes"))
        #expect(try targets(cli).count > 0)
        // With it, the plan, its targets and figures go, and the removal is recorded
        let removed = try cli.run(["plans", "remove", "1", "--yes", "--reason", "wrong folder", "--by", "li"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.contains("1 figure"))
        #expect(try targets(cli).isEmpty)
        let plans = try cli.run(["plans", "--format", "json"])
        #expect((try plans.json() as? [Any])?.isEmpty == true)
        let record = try cli.run(["plans", "removed"])
        #expect(
            record.stdout.contains("plan.txt") && record.stdout.contains("li")
                && record.stdout.contains("wrong folder"))
        #expect(try cli.run(["check"]).status == 0)
        // An unknown plan is refused
        let unknown = try cli.run(["plans", "remove", "9", "--yes"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no plan has the id 9"))
    }

    @Test func responsibleUnitsAndLeadsAreSetByEditAndAdd() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", try cli.write(firstVersion, to: "plan.txt")]).status == 0)
        let stock = try id(quoting: "总量突破600家", in: try targets(cli))
        let edited = try cli.run([
            "targets", "edit", String(stock), "--responsible", "市财政局、市科技局", "--lead", "市科技局",
        ])
        #expect(edited.status == 0, "\(edited.stderr)")
        let target = try #require(try targets(cli)[stock])
        #expect(target["responsible"] as? [String] == ["市科技局", "市财政局"])
        #expect(target["lead_units"] as? [String] == ["市科技局"])
        #expect(try cli.run(["history", String(stock)]).stdout.contains("市科技局(牵头)、市财政局"))
        let added = try cli.run([
            "targets", "add", "--plan", "1", "--quote", "高新技术产业产值同比增速高于全省平均水平", "--metric",
            "高新技术产业产值增速", "--value", "10%", "--responsible", "市发改委,市统计局", "--lead", "市发改委",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let addedTarget = try #require(
            try targets(cli)[try id(quoting: "高新技术产业产值同比增速", in: try targets(cli))])
        #expect(addedTarget["responsible"] as? [String] == ["市发改委", "市统计局"])
        #expect(addedTarget["lead_units"] as? [String] == ["市发改委"])
    }

    @Test func rejectTakesManyIdsAndRejectedTargetsLeaveLookups() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", try cli.write(firstVersion, to: "plan.txt")]).status == 0)
        let all = try targets(cli)
        let newFirms = try id(quoting: "100家以上", in: all)
        let stock = try id(quoting: "总量突破600家", in: all)
        let results = try id(quoting: "重大关键技术成果", in: all)
        // Two targets share the metric 高新技术企业: a lookup by it is ambiguous
        #expect(try cli.run(["targets", "edit", String(stock), "--metric", "高新技术企业"]).status == 0)
        let ambiguous = try cli.run(["log", "高新技术企业", "2023", "50", "--plan", "1"])
        #expect(ambiguous.status != 0)
        #expect(ambiguous.stderr.contains("matches 2 targets in plan 1"))
        #expect(!ambiguous.stderr.contains("--plan"))
        // When two targets are rejected at once
        let rejected = try cli.run([
            "targets", "reject", String(stock), String(results), "--reason", "not targets",
        ])
        #expect(rejected.status == 0, "\(rejected.stderr)")
        let after = try targets(cli)
        #expect(after[stock]?["review_state"] as? String == "rejected")
        #expect(after[results]?["review_state"] as? String == "rejected")
        // Then the name is no longer ambiguous
        let logged = try cli.run(["log", "高新技术企业", "2023", "50", "--plan", "1"])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(logged.stdout.contains("target \(newFirms)"))
        // And an unknown id rejects nothing
        let unknown = try cli.run(["targets", "reject", String(newFirms), "999", "--reason", "x"])
        #expect(unknown.status != 0)
        #expect(try targets(cli)[newFirms]?["review_state"] as? String == "extracted")
    }
}
