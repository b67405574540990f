import Testing

@testable import PlanIngest

@Suite struct DeadlineReaderTests {
    static func deadline(_ body: String, header: String = SamplePlan.header) -> CalendarDay? {
        SamplePlan.targets(body, header: header).last?.deadline
    }

    @Test(arguments: [
        ("到2025年,高新技术企业达1500家。", "2025-12-31"),
        ("2025年前,高新技术企业达1500家。", "2025-12-31"),
        ("力争2024年底前取得重大技术成果3项。", "2024-12-31"),
        ("到2026年年底前,新增规模以上工业企业300家以上。", "2026-12-31"),
        ("2024年6月底前,建成孵化器30家。", "2024-06-30"),
        ("到2024年3月,建成孵化器30家。", "2024-03-31"),
        ("2024年上半年,建成孵化器30家。", "2024-06-30"),
        ("2024年第一季度,建成孵化器30家。", "2024-03-31"),
        ("截至2024年,建成孵化器30家。", "2024-12-31"),
        ("2024年,新增高新技术企业100家。", "2024-12-31"),
        ("至2025年末,建成孵化器30家。", "2025-12-31"),
        ("新增高新技术企业100家。", "2025-12-31"),
        ("2024年全年,备案贷款突破5亿元。", "2024-12-31"),
        ("到2024年,新增平台5家。培育企业10家。", "2024-12-31"),
    ])
    func stated(_ body: String, _ iso: String) {
        #expect(Self.deadline(body)?.iso == iso)
    }

    @Test func aYearPhraseScopesItsParagraphUntilTheNextHeading() {
        let body = "二、主要目标\n到2024年,企业主体地位强化。\n培育5家龙头企业。\n三、重点任务\n新建实验室10家。"
        let targets = SamplePlan.targets(body)
        #expect(targets.map { $0.deadline?.iso } == ["2024-12-31", "2025-12-31"])
        #expect(targets.map(\.deadlineSource) == [.stated, .inherited])
    }

    @Test(arguments: [
        ("2023年全市科技工作要点\n", "新增高新技术企业100家。", "2023-12-31"),
        ("2023年全市科技工作要点\n", "上半年完成投资700亿元。", "2023-06-30"),
        ("某市“十四五”科技创新规划\n", "新增高新技术企业100家。", "2025-12-31"),
        ("某市科技创新三年行动方案(2024-2026年)\n", "新增高新技术企业100家。", "2026-12-31"),
    ])
    func planHorizon(_ header: String, _ body: String, _ iso: String) {
        #expect(Self.deadline(body, header: header)?.iso == iso)
    }

    @Test func aYearlyPlanStatesItsYear() throws {
        let target = try #require(SamplePlan.target("新增高新技术企业100家。", header: "2023年全市科技工作要点\n"))
        #expect(target.deadlineSource == .stated)
    }

    @Test func noHorizonAndNoPhraseLeavesNoDeadline() throws {
        let target = try #require(SamplePlan.target("新增高新技术企业100家。", header: "关于科技创新的实施意见\n"))
        #expect(target.deadline == nil)
        #expect(target.deadlineSource == nil)
    }

    @Test(arguments: ["2023-2025年", "2023年是开局之年", "2022年12月6日"])
    func notDeadlinePhrases(_ body: String) {
        let text = ScalarText(body)
        #expect(DeadlineReader(text, outline: SectionOutline(text)).phrases.isEmpty)
    }
}
