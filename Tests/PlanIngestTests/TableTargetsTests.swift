import Foundation
import Testing

@testable import PlanIngest

/// The table fixtures (`Fixtures/Tables`, made by `make-fixtures.py` there): every row gives the
/// target its hand-written gold line says, field by field, from the text, from Word and from a
/// web page.
@Suite struct TableTargetsTests {
    static let fixtures = ["task-annex", "indicator-plan"]

    /// The fixture file `name`.
    static func fixture(_ name: String) throws -> Data {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try Data(contentsOf: folder.appendingPathComponent("Tables").appendingPathComponent(name))
    }

    /// The targets of `text` as the JSON contract writes them, by metric.
    static func contractTargets(of text: String) throws -> [[String: Any]] {
        let json = TargetExtractor().extraction(of: text).contractJSON(includingMentions: false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        return try #require(object["targets"] as? [[String: Any]])
    }

    @Test(arguments: fixtures)
    func everyRowGivesItsGoldTarget(_ name: String) throws {
        let text = String(decoding: try Self.fixture(name + ".txt"), as: UTF8.self)
        let targets = try Self.contractTargets(of: text)
        let goldLines = String(decoding: try Self.fixture(name + ".gold.jsonl"), as: UTF8.self)
            .split(separator: "\n")
        #expect(goldLines.count >= 7)
        for line in goldLines {
            let gold = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let metric = try #require(gold["metric"] as? String)
            let found = targets.filter { $0["metric"] as? String == metric }
            try #require(found.count == 1, "\(name): \(metric) found \(found.count) times")
            for (key, expected) in gold {
                let actual = found[0][key] ?? NSNull()
                #expect(
                    (actual as? NSObject)?.isEqual(expected) == true,
                    "\(name): \(metric) \(key) is \(actual), gold \(expected)")
            }
        }
    }

    @Test(arguments: fixtures)
    func wordGivesTheSameTargetsAsText(_ name: String) throws {
        let text = String(decoding: try Self.fixture(name + ".txt"), as: UTF8.self)
        let docx = try DocumentReader().plainText(
            from: [UInt8](try Self.fixture(name + ".docx")), format: .docx)
        #expect(docx == text)
        #expect(
            TargetExtractor().extraction(of: docx).targets == TargetExtractor().extraction(of: text).targets)
    }

    /// A web page writes a header over two rows with `rowspan`, so its lower row holds only the
    /// year cells and offsets differ from the text's; every other field is the same.
    @Test(arguments: fixtures)
    func aWebPageGivesTheSameTargetsAsText(_ name: String) throws {
        let text = String(decoding: try Self.fixture(name + ".txt"), as: UTF8.self)
        let page = try DocumentReader().plainText(
            from: [UInt8](try Self.fixture(name + ".html")), format: .html)
        func fields(_ targets: [Target]) -> [Target] {
            targets.map { target in
                var target = target
                target.span = TextSpan(start: 0, end: 0)
                return target
            }
        }
        let fromPage = TargetExtractor().extraction(of: page).targets
        #expect(fromPage.count == TargetExtractor().extraction(of: text).targets.count)
        #expect(fields(fromPage) == fields(TargetExtractor().extraction(of: text).targets))
    }

    @Test func rowNumbersAndTabsAreNeverPartOfAMetricOrATaskQuote() throws {
        let text = String(decoding: try Self.fixture("task-annex.txt"), as: UTF8.self)
        for target in TargetExtractor().extraction(of: text).targets {
            #expect(!target.metric.contains("\t"), "\(target.metric)")
            #expect(!target.quote.contains("\t"), "\(target.quote)")
        }
    }

    /// Quotes stay exact: each is the text at its span.
    @Test(arguments: fixtures)
    func quotesAreTheTextAtTheirSpans(_ name: String) throws {
        let text = String(decoding: try Self.fixture(name + ".txt"), as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        for target in TargetExtractor().extraction(of: text).targets {
            let slice = String(String.UnicodeScalarView(scalars[target.span.start..<target.span.end]))
            #expect(slice == target.quote)
        }
    }

    @Test func aRowsDeadlineNeverReachesTheNextRow() throws {
        let text = """
            江北市数字经济发展行动方案（2024—2026年）
            序号\t重点任务\t责任单位\t完成时限
            1\t新增数字化车间20个\t市工信局\t2024年底前
            2\t培育数字经济核心企业50家\t市发展改革委\t持续推进
            3\t建设工业互联网平台5个\t市工信局\t2025年6月底前
            """
        let targets = TargetExtractor().extraction(of: text).targets
        #expect(targets.map(\.metric) == ["数字化车间", "数字经济核心企业", "工业互联网平台"])
        #expect(targets.map { $0.deadline?.iso } == ["2024-12-31", "2026-12-31", "2025-06-30"])
        #expect(targets.map(\.deadlineSource) == [.stated, .inherited, .stated])
        #expect(targets.map { $0.responsible.map(\.name) } == [["市工信局"], ["市发展改革委"], ["市工信局"]])
        #expect(targets.allSatisfy { $0.responsible.first?.isLead == true })
    }

    /// Evidence follows the table: `explain` names the row's cells.
    @Test func evidenceNamesTheRowsCells() throws {
        let text = String(decoding: try Self.fixture("task-annex.txt"), as: UTF8.self)
        let extraction = TargetExtractor().extraction(of: text)
        #expect(extraction.evidence.count == extraction.targets.count)
        let index = try #require(extraction.targets.firstIndex { $0.metric == "科技型中小企业" })
        #expect(extraction.evidence[index].deadline.words == "2025年6月底前")
        #expect(extraction.evidence[index].responsible.words == "市科技局；市财政局")
        let plan = String(decoding: try Self.fixture("indicator-plan.txt"), as: UTF8.self)
        let indicators = TargetExtractor().extraction(of: plan)
        #expect(indicators.evidence.count == indicators.targets.count)
        #expect(indicators.mentions.filter(\.isTarget).count == indicators.targets.count)
    }

    /// Category rows that span the table (`一、创新能力`) do not end it, and a web page's rows
    /// under a `rowspan` category cell, one cell short, keep their columns.
    @Test(arguments: [
        "类别\t指标\t单位\t2020年\t2025年\t属性\n一、创新能力\n\t研发经费投入强度\t%\t2.1\t2.8\t预期性\n"
            + "\t高新技术企业数量\t家\t850\t1500\t预期性\n二、绿色发展\n\t森林覆盖率\t%\t40.2\t41\t约束性\n",
        "类别\t指标\t单位\t2020年\t2025年\t属性\n创新能力\t研发经费投入强度\t%\t2.1\t2.8\t预期性\n"
            + "高新技术企业数量\t家\t850\t1500\t预期性\n绿色发展\t森林覆盖率\t%\t40.2\t41\t约束性\n",
    ])
    func categoryRowsKeepTheTableTogether(_ table: String) {
        let text = "江北市“十四五”规划\n主要指标\n" + table + "三、主要任务\n"
        let targets = TargetExtractor().extraction(of: text).targets
        #expect(targets.map(\.metric) == ["研发经费投入强度", "高新技术企业数量", "森林覆盖率"])
        #expect(targets.map(\.value) == [2.8, 1500, 41])
        #expect(targets.map(\.binding) == [false, false, true])
        #expect(targets.map { $0.baseline?.year } == [2020, 2020, 2020])
    }

    /// The national form: a goal of a yearly mean (`>7`) or a total over the period (`[13.5]`)
    /// stands in the 年均/累计 column when the 2025年 column states none.
    @Test func theYearlyMeanOrTotalColumnHoldsTheGoalTheYearColumnLacks() throws {
        let text =
            "江北市国民经济和社会发展第十四个五年规划纲要\n“十四五”时期主要指标\n"
            + "类别\t指标\t2020年\t2025年\t年均/累计\t属性\n"
            + "创新驱动\t研发经费投入增长（%）\t—\t—\t>7\t预期性\n"
            + "\t每万人口高价值发明专利拥有量（件）\t6.3\t12\t—\t预期性\n"
            + "绿色生态\t单位GDP能源消耗降低（%）\t—\t—\t[13.5]\t约束性\n"
        let targets = TargetExtractor().extraction(of: text).targets
        #expect(targets.map(\.metric) == ["研发经费投入增长", "每万人口高价值发明专利拥有量", "单位GDP能源消耗降低"])
        #expect(targets.map(\.value) == [7, 12, 13.5])
        #expect(targets.map(\.unit.rawValue) == ["%", "件", "%"])
        #expect(targets.map(\.comparator) == [.atLeast, .exactly, .exactly])
        #expect(targets.map(\.kind) == [.growth, .count, .growth])
        #expect(targets.map(\.recurrence) == [.annual, nil, nil])
        #expect(targets.map(\.isIncrement) == [false, false, true])
        #expect(targets.map { $0.baseline?.value } == [nil, 6.3, nil])
        #expect(targets.map(\.binding) == [false, false, true])
        #expect(targets.allSatisfy { $0.deadline?.iso == "2025-12-31" })
    }

    /// A second table after a line between them is a table of its own, not rows of the first.
    @Test func aHeaderAfterALineStartsANewTable() {
        let text =
            "表1\n指标\t单位\t2025年\t属性\n研发经费投入强度\t%\t2.8\t预期性\n表2\n"
            + "序号\t重点任务\t责任单位\t完成时限\n1\t新增数字化车间20个\t市工信局\t2024年底前\n"
        let tables = PlainTable.tables(in: ScalarText(text))
        #expect(tables.map(\.title) == ["表1", "表2"])
        #expect(tables.map(\.header.isIndicatorTable) == [true, false])
        #expect(tables.map(\.rows.count) == [1, 1])
    }

    /// A table without a header that names its columns is read as ordinary lines.
    @Test func aTableWithoutAKnownHeaderIsLeftAlone() {
        let text = "江北市工作要点\n名称\t备注\n到2025年新增企业100家\t无\n"
        #expect(PlainTable.tables(in: ScalarText(text)).isEmpty)
        #expect(TargetExtractor().extraction(of: text).targets.count == 1)
    }
}
