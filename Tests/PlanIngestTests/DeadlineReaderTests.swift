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

    /// Time anchored in the document: its reference year, headings with a year, phrases that
    /// scope their sentence or the list they introduce, and years written in Chinese numerals.
    @Test(
        arguments: [
            // No title: the year comes from the text's own words.
            ("", "2026年是“十五五”开局之年。今年主要预期目标是：城镇新增就业8500人以上。", "2026-12-31", DeadlineSource.stated),
            ("", "2026年是“十五五”开局之年。\n二、重点工作\n新建5G基站300个。", "2026-12-31", .documentYear),
            ("政府工作报告\n——2026年1月26日在省人民代表大会上\n", "三、2026年工作安排\n新建充电设施5000个。", "2026-12-31", .section),
            ("政府工作报告\n——2026年1月26日在省人民代表大会上\n", "年内新建充电设施5000个。", "2026-12-31", .stated),
            ("政府工作报告\n——2026年1月26日在省人民代表大会上\n", "明年新建充电设施5000个。", "2027-12-31", .stated),
            ("政府工作报告\n——2026年1月26日在省人民代表大会上\n", "今年6月底前建成口袋公园12个。", "2026-06-30", .stated),
            ("政府工作报告\n——2026年1月26日在省人民代表大会上\n", "今年上半年建成口袋公园12个。", "2026-06-30", .stated),
            // A heading with a five-year plan's period dates its section.
            ("政府工作报告\n", "二、“十五五”时期的主要目标\n（一）经济发展\n地区生产总值年均增长5%左右。", "2030-12-31", .stated),
            // Years in Chinese numerals.
            ("", "（三）主要目标。到二〇二七年，地区生产总值年均增长百分之六点五。", "2027-12-31", .stated),
            ("", "二〇二六年底前，实现政务服务事项百分之九十五以上“跨县通办”。", "2026-12-31", .stated),
            // An annex titled with a year.
            ("政府工作报告\n", "附件1\n2026年省十件民生实事\n新建新能源汽车充电设施超50万个。", "2026-12-31", .stated),
        ] as [(String, String, String, DeadlineSource)])
    func anchoredInTheDocument(_ header: String, _ body: String, _ iso: String, _ source: DeadlineSource)
        throws
    {
        let target = try #require(SamplePlan.targets(body, header: header).last, "no target in \(body)")
        #expect(target.deadline?.iso == iso)
        #expect(target.deadlineSource == source)
    }

    @Test func aPhraseInsideAParagraphDatesItsSentenceOnly() {
        let body = "一、任务\n推进产业升级，到2027年新增专精特新企业50家。培育龙头企业10家。"
        let targets = SamplePlan.targets(body, header: "某市产业发展实施意见\n")
        #expect(targets.map { $0.deadline?.iso } == ["2027-12-31", nil])
    }

    @Test func aPhraseBeforeAColonDatesTheListItIntroduces() {
        let body = "一、任务\n重点做好以下工作，到2027年：新增专精特新企业50家；培育龙头企业10家。\n培育链主企业3家。"
        let targets = SamplePlan.targets(body, header: "某市产业发展实施意见\n")
        #expect(targets.map { $0.deadline?.iso } == ["2027-12-31", "2027-12-31", nil])
    }

    @Test func aDateLineIsNotATitle() {
        let body = "2025年5月12日\n一、任务\n新增专精特新企业50家。"
        #expect(SamplePlan.targets(body, header: "某市产业发展实施意见\n").first?.deadline == nil)
    }

    @Test func aYearlyPlanStatesItsYear() throws {
        let target = try #require(SamplePlan.target("新增高新技术企业100家。", header: "2023年全市科技工作要点\n"))
        #expect(target.deadlineSource == .documentYear)
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
