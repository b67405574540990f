import Testing

@testable import PlanIngest

/// Wraps a sentence in a small plan so that rules that read the document (horizon, headings)
/// have something to read.
enum SamplePlan {
    static let header = "某市科技创新三年行动方案(2023-2025年)\n"

    static func targets(_ body: String, header: String = header) -> [Target] {
        TargetExtractor().extraction(of: header + body).targets
    }

    static func target(_ body: String, header: String = header) -> Target? {
        targets(body, header: header).first
    }
}

@Suite struct TargetReaderTests {
    @Test(arguments: [
        ("新增高新技术企业100家以上。", Comparator.atLeast),
        ("高新技术企业达1500家。", .exactly),
        ("科技型中小微企业达到5000家左右。", .approximately),
        ("每年解决技术难题不少于10项。", .atLeast),
        ("单个项目市级财政贴息不超过300万元。", .atMost),
        ("研发投入强度不低于2.5%。", .atLeast),
        ("总量突破600家。", .atLeast),
        ("技术合同成交额超过50亿元。", .atLeast),
        ("城镇调查失业率控制在5.5%以内。", .atMost),
        ("能耗强度在3%以下。", .atMost),
        ("全年整合产业领域3-5个。", .range),
        ("可提取奖励3至5项。", .range),
        ("遴选10家左右高新技术企业。", .approximately),
        ("培育约20家龙头企业。", .approximately),
        ("给予最高100万元补助。", .atMost),
        ("最高补贴500万元。", .atMost),
        ("突破3项重大关键技术。", .exactly),
        ("支持20家以上科技型中小企业。", .atLeast),
        ("引进人才100多名。", .atLeast),
        ("新建重点实验室10家。", .exactly),
        ("研发投入强度达到3.55%。", .exactly),
        ("规上工业企业研发活动占比达到70%以上。", .atLeast),
        ("建设孵化器至少5家。", .atLeast),
        ("入库企业突破1200家以上。", .atLeast),
        ("森林覆盖率保持在40%以上。", .atLeast),
        ("贷款贴息最多不超过50万元。", .atMost),
    ])
    func comparator(_ sentence: String, _ expected: Comparator) throws {
        let target = try #require(SamplePlan.target(sentence))
        #expect(target.comparator == expected)
    }

    @Test(arguments: [
        ("研发投入强度达到3.55%。", TargetKind.ratio),
        ("技术合同成交额年均增长10%。", .growth),
        ("规模以上高新技术产业产值年平均增长速度达到3%左右。", .growth),
        ("单位GDP能耗下降13.5%。", .growth),
        ("占规模以上工业产值比重提高1.5个百分点以上。", .delta),
        ("技术合同成交额达到100亿元。", .amount),
        ("全年备案贷款突破5亿元。", .amount),
        ("给予20万元奖补。", .subsidy),
        ("单个项目市级财政资金支持不超过500万元。", .subsidy),
        ("对首次认定的企业,给予一次性奖励30万元。", .subsidy),
        ("新增高新技术企业100家。", .count),
        ("举办活动20场次。", .count),
        ("每万人高价值发明专利拥有量达25件。", .ratio),
        ("新增造林面积1000亩。", .amount),
        ("研发经费投入增长12%。", .growth),
        ("由企业牵头承担的比例不少于60%。", .ratio),
        ("引进博士500人。", .count),
        ("建成充电桩2000台。", .count),
    ])
    func kind(_ sentence: String, _ expected: TargetKind) throws {
        let target = try #require(SamplePlan.target(sentence))
        #expect(target.kind == expected)
    }

    @Test(arguments: [
        ("新增高新技术企业100家以上。", true),
        ("培育6家市级以上绿色低碳创新平台。", true),
        ("新建工程研究中心10家,工业设计中心50家。", true),
        ("实施核心技术攻关100项。", true),
        ("举办对接活动20场。", true),
        ("引进高层次人才50名。", true),
        ("新认定优质中小企业200家以上。", true),
        ("开展各类科技助农惠民服务活动150场次以上。", true),
        ("组建2个技术创新联盟。", true),
        ("高新技术企业达1500家。", false),
        ("总量突破600家。", false),
        ("支持20家科技型中小企业。", false),
        ("遴选10家左右高新技术企业。", false),
        ("每年识别筛选50家有潜力的科技型企业。", false),
        ("每年服务企业不少于1000家。", false),
        ("邀请高层次专家人才不少于100人。", false),
        ("技术合同成交额达到100亿元。", false),
        ("研发投入强度达到3.55%。", false),
        ("人才总量达到96万人。", false),
        ("累计建成5G基站3000个。", false),
        ("新选派企业特派员100名。", true),
        ("签署产学研合作协议500项以上。", true),
        ("主动联系知名企业、对接高校院所,与10家以上高校院所开展产学研对接交流。", false),
        ("与中国工商银行滨州分行等5家金融机构签订合作协议。", true),
    ])
    func increment(_ sentence: String, _ expected: Bool) throws {
        let target = try #require(SamplePlan.targets(sentence).last)
        #expect(target.isIncrement == expected)
    }

    @Test(arguments: [
        ("每年新增高新技术企业8家以上。", true),
        ("规模以上企业研发经费投入年均增长10%以上。", true),
        ("规模以上高新技术产业产值年平均增长速度达到3%左右。", true),
        ("每年组织活动不少于20场,邀请专家不少于100人。", true),
        ("新增高新技术企业100家以上。", false),
        ("高新技术企业达1500家。", false),
        ("每年识别50家企业,科技型中小微企业达到5000家左右。", false),
        ("研发投入强度达到3.55%。", false),
        ("每年推动科技成果转化10项以上。", true),
        ("逐年新增专利100件。", true),
    ])
    func recurrence(_ sentence: String, _ isAnnual: Bool) throws {
        let target = try #require(SamplePlan.targets(sentence).last)
        #expect((target.recurrence == .annual) == isAnnual)
    }

    @Test(arguments: [
        ("力争新增高新技术企业100家。", true),
        ("争取新增上市企业3家。", true),
        ("力争2023年底前取得重大技术成果3项。", true),
        ("确保研发投入强度达到3.55%。", false),
        ("新增高新技术企业100家。", false),
        ("力争每年服务企业不少于1000家。", true),
        ("争创国家级平台2家。", true),
        ("争取更多资源落地。新增平台5家。", false),
    ])
    func aspirational(_ sentence: String, _ expected: Bool) throws {
        let target = try #require(SamplePlan.targets(sentence).last)
        #expect(target.isAspirational == expected)
    }

    @Test(arguments: [
        ("高新技术企业达1500家。", "高新技术企业"),
        ("培育6家市级以上绿色低碳创新平台。", "市级以上绿色低碳创新平台"),
        ("技术合同成交额达到100亿元。", "技术合同成交额"),
        ("新增高新技术企业100家以上。", "高新技术企业"),
        ("确保研发投入强度达到3.55%。", "研发投入强度"),
        ("技术合同成交额年均增长10%。", "技术合同成交额"),
        ("取得重大技术成果3项。", "重大技术成果"),
        ("全年备案贷款突破5亿元。", "备案贷款"),
        ("每年新认定优质中小企业200家以上。", "优质中小企业"),
        ("组织实施6项省重大科技创新工程项目。", "省重大科技创新工程项目"),
        ("支持20家科技型中小企业。", "科技型中小企业"),
        ("给予20万元奖补。", "奖补"),
        ("人才总量达到96万人。", "人才总量"),
        ("每万人高价值发明专利拥有量达25件。", "每万人高价值发明专利拥有量"),
        ("新增省级以上高能级科创(人才)平台10家以上。", "省级以上高能级科创(人才)平台"),
        ("单个项目市级财政贴息不超过300万元。", "单个项目市级财政贴息"),
        ("力争2023年底前取得重大技术成果3项。", "重大技术成果"),
        ("到2025年,新增省级以上绿色工厂5家以上。", "省级以上绿色工厂"),
        ("由企业牵头承担的比例不少于60%。", "企业牵头承担的比例"),
        ("与10家以上高校院所开展产学研对接交流。", "高校院所"),
        ("组建2个绿色技术创新联盟和技术创新中心。", "绿色技术创新联盟和技术创新中心"),
        ("建设2个农业科技园、30个星创天地。", "星创天地"),
        ("城镇调查失业率控制在5.5%以内。", "城镇调查失业率"),
        ("单位GDP能耗下降13.5%。", "单位GDP能耗"),
        ("新建工程研究中心10家,工业设计中心50家。", "工业设计中心"),
        ("产学研对接活动2场次以上。", "产学研对接活动"),
        ("每年实施科技成果转化项目10项左右。", "科技成果转化项目"),
        ("五年内引进两院院士等顶尖人才5名。", "两院院士等顶尖人才"),
    ])
    func metric(_ sentence: String, _ expected: String) throws {
        let target = try #require(SamplePlan.targets(sentence).last)
        #expect(target.metric == expected)
    }

    @Test(arguments: [
        ("新增高新技术企业100家以上。", 100.0, nil as Double?, "家"),
        ("技术合同成交额达到100亿元。", 10_000_000_000, nil, "元"),
        ("给予20万元奖补。", 200_000, nil, "元"),
        ("最高补贴500万。", 5_000_000, nil, "元"),
        ("人才总量达到96万人。", 960_000, nil, "人"),
        ("每万人高价值发明专利拥有量达25件。", 25, nil, "件/万人"),
        ("全年整合产业领域3-5个。", 3, 5, "个"),
        ("占比重提高1.5个百分点以上。", 1.5, nil, "百分点"),
        ("市场主体达到1.5万户。", 15000, nil, "户"),
        ("新增高新技术企业１２０家。", 120, nil, "家"),
        ("新增高新技术企业两千家。", 2000, nil, "家"),
        ("研发投入强度达到百分之三。", 3, nil, "%"),
        ("投资规模达到1,500亿元。", 150_000_000_000, nil, "元"),
        ("新建重点实验室十五家。", 15, nil, "家"),
        ("新增学位1.2万个。", 12000, nil, "个"),
        ("培育龙头企业3至5家。", 3, 5, "家"),
    ])
    func valueAndUnit(_ sentence: String, _ value: Double, _ valueMax: Double?, _ unit: String) throws {
        let target = try #require(SamplePlan.targets(sentence).last)
        #expect(target.value == value)
        #expect(target.valueMax == valueMax)
        #expect(target.unit == Unit(rawValue: unit))
    }

    @Test(arguments: [
        "根据滨科字〔2022〕73号文件要求推进工作。",
        "2023年2月25日印发。",
        "组织第十二届创新大赛。",
        "做强十强产业。",
        "围绕“441X”现代化产业体系。",
        "落实“5+5+7”产业布局。",
        "实施双千计划。",
        "创建五星级众创空间。",
        "培植营业收入过500亿元的企业集团。",
        "在2022年1200家的基础上继续提升。",
        "抓好研发、转化两个关键。",
        "实施“四项计划”。",
        "十几家企业参与。",
        "上百家企业参与。",
        "建设一批科技园区。",
        "省科技厅等8部门印发通知。",
        "推进五位一体建设。",
        "围绕11个产业链开展对接。",
        "指导5家筹建的共同体加快建设。",
        "继续推动7家重点实验室高质量建设。",
        "落实与5家金融机构的战略合作协议。",
        "目前已建成孵化器20家。",
        "按其研发费用增量的10%给予补助。",
        "减按50%计入当月工资薪金所得。",
        "核心零部件研发。",
        "过去一年,新增市场主体3.2万户。",
        "有效期3年。",
        "截至目前,全市已有高新技术企业560家。",
        "由2015年的120家增加到2020年的560家。",
        "实施十四五规划。",
        "每双月举办一次专题培训。",
        "在1个月内完成审核。",
        "5个工作日内办结。",
        "举办G20峰会。",
        "实现“三个全覆盖”。",
        "在2023年12月31日前完成。",
        "联系电话:0543-3163070。",
    ])
    func notATarget(_ sentence: String) {
        #expect(SamplePlan.targets(sentence).isEmpty)
    }

    @Test func subsidyRuleKeepsTheSubsidyNotTheCount() throws {
        let targets = SamplePlan.targets("对企业每培育1家高新技术企业,给予20万元奖励。")
        let target = try #require(targets.first)
        #expect(targets.count == 1)
        #expect(target.value == 200_000)
        #expect(target.kind == .subsidy)
    }

    @Test func bothStatementsOfARepeatedTargetAreListed() {
        let targets = SamplePlan.targets("新增高新技术企业100家。\n一、任务\n新增高新技术企业100家。")
        #expect(targets.count == 2)
    }

    @Test func quoteIsTheTextAtItsOffsets() throws {
        let text = SamplePlan.header + "到2025年,高新技术企业达1500家,技术合同成交额达到100亿元。"
        let scalars = Array(text.unicodeScalars)
        for target in TargetExtractor().extraction(of: text).targets {
            let slice = String(String.UnicodeScalarView(scalars[target.span.start..<target.span.end]))
            #expect(slice == target.quote)
        }
    }
}

@Suite struct TargetReaderContextTests {
    @Test func reviewSectionsAreNotTargets() {
        let text = "2024年政府工作报告\n一、2023年工作回顾\n全市新增市场主体3.2万户。\n二、2024年主要目标\n城镇新增就业4.5万人以上。"
        let targets = TargetExtractor().extraction(of: text).targets
        #expect(targets.map(\.value) == [45000])
    }

    @Test func aStatedYearBeforeThePlanIsAPastFact() {
        let text = "XX区2024年科技创新工作任务清单\n2023年,全区高新技术企业达到370家。\n全年新增高新技术企业50家。"
        let targets = TargetExtractor().extraction(of: text).targets
        #expect(targets.map(\.value) == [50])
    }

    @Test func yearOverYearGrowthInAYearlyPlanIsATarget() throws {
        let target = try #require(
            SamplePlan.target("全社会研发投入同比增长15%以上。", header: "XX区2024年科技创新工作要点\n"))
        #expect(target.kind == .growth)
        #expect(target.comparator == .atLeast)
        #expect(target.deadline?.iso == "2024-12-31")
    }

    @Test func aFollowOnFigureTakesThePreviousSubject() throws {
        let target = try #require(SamplePlan.targets("技术合同登记额突破20亿元,同比增长20%。").last)
        #expect(target.metric == "技术合同登记额")
        #expect(target.kind == .growth)
    }

    @Test func aNamedSetIsNotAGoalAnywhereInThePlan() {
        let body = "重点征集11个产业链的科技成果。\n围绕11个产业链开展对接。\n每年实施转化项目10项。"
        #expect(SamplePlan.targets(body).map(\.value) == [10])
    }

    @Test func labelledUnitsInsideOneList() throws {
        let target = try #require(
            SamplePlan.target("新增企业100家。(牵头单位:省工业和信息化厅;配合单位:省发展改革委、省财政厅)"))
        #expect(target.responsible.map(\.name) == ["省工业和信息化厅", "省发展改革委", "省财政厅"])
        #expect(target.responsible.filter(\.isLead).map(\.name) == ["省工业和信息化厅"])
    }

    @Test func aTargetInAnItemTitleKeepsItsMetricWithoutTheNumbering() throws {
        let target = try #require(SamplePlan.target("一、任务\n1.举办创新创业大赛不少于3场次,服务科技人员。"))
        #expect(target.metric == "创新创业大赛")
    }

    @Test(arguments: [
        ("到2025年,高新技术企业达1500家。", 0.9),
        ("最高补贴500万。", 0.6),
        ("新增两个平台。", 0.7),
    ])
    func confidenceIsLowerWhereARuleGuessed(_ body: String, _ maximum: Double) throws {
        let target = try #require(SamplePlan.targets(body).last)
        #expect(target.confidence <= maximum)
        #expect(target.confidence > 0)
    }

    @Test(arguments: [
        "过去一年,全市新增高新技术企业500家。",
        "回顾过去五年,新增高新技术企业500家。",
    ])
    func pastSentences(_ body: String) {
        let targets = SamplePlan.targets(body)
        #expect(targets.allSatisfy { $0.value != 500 })
    }

    @Test func mentionsExplainEveryNumber() {
        let extraction = TargetExtractor().extraction(
            of: SamplePlan.header + "根据〔2022〕73号文件,新增企业100家,组织第3批认定。")
        let reasons = Dictionary(
            extraction.mentions.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(reasons["100家"]?.hasPrefix("target") == true)
        #expect(reasons["3批"] == "ordinal")
        #expect(extraction.mentions.contains { $0.reason == "document number" })
    }
}

@Suite struct TargetReaderListTests {
    @Test func aListOfThresholdsEndingInDeIsNotTargets() {
        let targets = SamplePlan.targets("对营业收入首次突破10亿元、50亿元、100亿元的企业,分别给予50万元、100万元、200万元奖励。")
        #expect(targets.map(\.value) == [500_000, 1_000_000, 2_000_000])
        #expect(targets.allSatisfy { $0.kind == .subsidy && $0.metric == "企业奖励" })
    }

    @Test func aBracketThatOnlyExplainsIsNotAList() {
        let reader = ResponsibilityReader(ScalarText("(以下简称“市科技局”负责的事项)新增企业100家。"))
        #expect(reader.blocks.isEmpty)
    }

    /// No target ever has an upper end below its value: the store refuses such a plan.
    @Test(arguments: [
        "新建学校6-4所。", "培育企业9至3家。", "占比达到50%-20%。", "投资5-2亿元。",
        "新增示范点十至五个。", "完成改造8～1项,新建学校3-5所。",
    ])
    func invertedRangeNeverGivesAnInvertedTarget(_ sentence: String) {
        for target in SamplePlan.targets(sentence) {
            #expect(target.valueMax.map { $0 >= target.value } ?? true)
        }
    }

    /// A pair that runs downwards is neither a range nor two figures: no target comes of it.
    @Test(arguments: ["新建学校6-4所。", "培育企业9至3家。", "占比达到50%-20%。", "新增示范点十至五个。"])
    func invertedPairIsNotATarget(_ sentence: String) {
        #expect(SamplePlan.targets(sentence).isEmpty)
    }

    @Test func invertedPairLeavesTheNextRangeAlone() throws {
        let targets = SamplePlan.targets("完成改造8～1项,新建学校3-5所。")
        let range = try #require(targets.first { $0.unit == Unit(rawValue: "所") })
        #expect(range.value == 3 && range.valueMax == 5)
        #expect(!targets.contains { $0.unit == .item })
    }
}
