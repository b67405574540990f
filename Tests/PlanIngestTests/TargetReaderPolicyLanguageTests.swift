import Testing

@testable import PlanIngest

/// Phrasings of policy documents beyond the seed plans: past facts, category bounds, baselines,
/// Chinese numerals, units, size modifiers, increments, subsets, owners, deadlines and subsidies.
@Suite struct TargetReaderPolicyLanguageTests {
    static let yearlyHeader = "某县科技局2025年工作要点\n"

    // MARK: Past facts

    /// A past year or an earlier five-year plan that opens a sentence or paragraph states facts.
    @Test(arguments: [
        "2020年,全省研发经费投入强度为2.1%,高新技术企业达到6800家,累计建成国家级创新平台43个。",
        "2022年,全市新增高新技术企业120家,技术合同成交额达到50亿元。",
        "“十三五”期间,全市累计培育高新技术企业500家,建成省级研发平台80个。",
        "“十三五”时期,全市科技实力显著增强。研发投入强度为2.3%,技术合同成交额达到30亿元。",
        "2021年以来,全市建成5G基站3000个。",
        "2022年底,全市高新技术企业总数为860家。",
    ])
    func pastOpenerStatesFacts(_ sentence: String) {
        #expect(SamplePlan.targets(sentence).isEmpty)
    }

    @Test(arguments: [
        ("到2025年,高新技术企业达到1500家。", 1500.0),
        ("2023年,新增高新技术企业100家。", 100),
        ("“十三五”期间成效明显。到2025年,研发投入强度达到3%。", 3),
    ])
    func forwardOpenerStatesTargets(_ sentence: String, _ value: Double) {
        #expect(SamplePlan.targets(sentence).map(\.value) == [value])
    }

    // MARK: Category bounds

    /// A bound that qualifies a noun counted later, or that ends in 的, defines a category.
    @Test(arguments: [
        ("新开工亿元以上产业项目40个,其中10亿元以上项目不少于6个。", [40.0, 6]),
        ("引进重大项目20个,其中5000万元以上项目不少于8个。", [20, 8]),
        ("对营业收入首次突破50亿元、100亿元的企业,分别给予最高100万元、200万元奖励。", [1_000_000, 2_000_000]),
        ("培育年营业收入超过10亿元的企业5家。", [5]),
        ("新增营收1亿元以上企业15家。", [15]),
    ])
    func categoryBoundIsNotATarget(_ sentence: String, _ values: [Double]) {
        #expect(SamplePlan.targets(sentence).map(\.value) == values)
    }

    // MARK: Baselines

    /// `比2020年提高5个百分点`: the change is the target and the metric is the clause subject.
    @Test(arguments: [
        ("高新技术产业增加值占规模以上工业增加值比重比2020年提高5个百分点。", 5.0, "高新技术产业增加值占规模以上工业增加值比重"),
        ("研发投入占比较2022年提高1个百分点。", 1, "研发投入占比"),
        ("城镇化率比上年提高1.2个百分点。", 1.2, "城镇化率"),
        ("服务业增加值占地区生产总值比重比2020年提高3个百分点,达到55%左右。", 3, "服务业增加值占地区生产总值比重"),
    ])
    func deltaAfterBaseline(_ sentence: String, _ value: Double, _ metric: String) throws {
        let target = try #require(SamplePlan.targets(sentence).first { $0.unit == .percentagePoint })
        #expect(target.value == value)
        #expect(target.kind == .delta)
        #expect(target.metric == metric)
    }

    @Test func levelAfterDeltaTakesTheSameSubject() throws {
        let targets = SamplePlan.targets("服务业增加值占地区生产总值比重比2020年提高3个百分点,达到55%左右。")
        let level = try #require(targets.first { $0.unit == .percent })
        #expect(level.value == 55)
        #expect(level.comparator == .approximately)
        #expect(level.metric == "服务业增加值占地区生产总值比重")
    }

    // MARK: Chinese numerals and units

    @Test(arguments: [
        ("推出十条精品旅游线路。", 10.0, "条"),
        ("培训导游和乡村旅游从业人员一千人次。", 1000, "人次"),
        ("区财政每年安排文旅发展资金三千万元。", 30_000_000, "元"),
        ("新建二十个社区服务站。", 20, "个"),
        ("每年举办招聘会十场。", 10, "场"),
        ("新增养老床位500张。", 500, "张"),
        ("带动上下游企业300家次。", 300, "家次"),
        ("PM2.5平均浓度控制在30微克/立方米以下。", 30, "微克/立方米"),
        ("化学需氧量浓度低于20毫克/升。", 20, "毫克/升"),
    ])
    func numeralAndUnit(_ sentence: String, _ value: Double, _ unit: String) throws {
        let target = try #require(SamplePlan.target(sentence))
        #expect(target.value == value)
        #expect(target.unit == Unit(rawValue: unit))
    }

    @Test(arguments: ["PM2.5平均浓度控制在30微克/立方米以下。", "细颗粒物浓度不高于35微克/立方米。"])
    func concentrationIsALevel(_ sentence: String) throws {
        let target = try #require(SamplePlan.target(sentence))
        #expect(target.kind == .ratio)
        #expect(target.comparator == .atMost)
    }

    @Test(arguments: [
        ("整车产能达到50万辆。", TargetKind.amount), ("新能源汽车年产量达到30万辆。", .amount),
        ("每年推广新能源汽车3000辆以上。", .count),
    ])
    func outputTotalIsAnAmount(_ sentence: String, _ kind: TargetKind) throws {
        #expect(try #require(SamplePlan.target(sentence)).kind == kind)
    }

    /// 年均 before a statistic names an annual mean, not a yearly recurrence.
    @Test(arguments: [
        ("PM2.5年均浓度控制在25微克/立方米以下。", false, "PM2.5年均浓度"),
        ("二氧化氮年均浓度不高于40微克/立方米。", false, "二氧化氮年均浓度"),
        ("规上工业增加值年均增长8%以上。", true, "规上工业增加值"),
        ("年均新增高新技术企业100家。", true, "高新技术企业"),
    ])
    func annualMeanIsNotARecurrence(_ sentence: String, _ isAnnual: Bool, _ metric: String) throws {
        let target = try #require(SamplePlan.target(sentence))
        #expect((target.recurrence == .annual) == isAnnual)
        #expect(target.metric == metric)
    }

    /// A short aside in brackets belongs to the noun before the number.
    @Test(arguments: [
        ("创建省级生态文明示范县(市、区)3-5个。", "省级生态文明示范县(市、区)"),
        ("培育市级示范园区(基地、中心)10家。", "市级示范园区(基地、中心)"),
        ("每万人口拥有执业(助理)医师数达到32人。", "每万人口拥有执业(助理)医师数"),
    ])
    func bracketedAsideStaysInTheMetric(_ sentence: String, _ metric: String) throws {
        #expect(try #require(SamplePlan.target(sentence)).metric == metric)
    }

    /// A length of time is a target as a limit or a level that a word before it sets, a level
    /// like a ratio; without one it describes a service or states a procedure's rule.
    @Test(arguments: [
        ("企业开办时间压缩至1个工作日以内。", 1.0, "工作日", Comparator.atMost, "企业开办时间"),
        ("审批时限缩短到20个工作日。", 20, "工作日", .atMost, "审批时限"),
        ("社会投资简易低风险项目审批时限不超过15个工作日。", 15, "工作日", .atMost, "社会投资简易低风险项目审批时限"),
        ("中小学生每天综合体育活动时间不低于2小时。", 2, "小时", .atLeast, "中小学生每天综合体育活动时间"),
    ])
    func durationIsALimit(
        _ sentence: String, _ value: Double, _ unit: String, _ comparator: Comparator, _ metric: String
    ) throws {
        let target = try #require(SamplePlan.targets(sentence).first)
        #expect(target.value == value)
        #expect(target.unit.rawValue == unit)
        #expect(target.comparator == comparator)
        #expect(target.kind == .ratio)
        #expect(target.metric == metric)
    }

    @Test(arguments: [
        "12345热线24小时在线受理群众诉求。", "全市建成2小时交通圈。", "政务服务大厅每天开放10小时。", "一般诉求2小时内响应。",
        "到2025年，实现24小时自助服务。",
    ])
    func durationWithoutBoundDescribes(_ sentence: String) {
        #expect(SamplePlan.targets(sentence).isEmpty)
    }

    /// A later year of the same figure names no noun of its own: it is the noun before, across
    /// a semicolon or a deadline.
    @Test(arguments: [
        ("到2025年，规上工业企业数字化改造覆盖率达到30%；到2027年，达到40%。", ["规上工业企业数字化改造覆盖率", "规上工业企业数字化改造覆盖率"]),
        ("工业互联网平台到2025年达到10个，到2027年达到20个。", ["工业互联网平台", "工业互联网平台"]),
    ])
    func aLaterYearOfTheSameFigureKeepsItsNoun(_ sentence: String, _ metrics: [String]) {
        #expect(SamplePlan.targets(sentence).map(\.metric) == metrics)
    }

    // MARK: Size modifiers

    @Test(arguments: [
        ("设立总规模50亿元的新能源汽车产业基金。", 5_000_000_000.0, "产业基金"),
        ("组建总规模10亿元的天使投资基金。", 1_000_000_000, "天使投资基金"),
        ("设立规模2亿元的人才发展基金。", 200_000_000, "人才发展基金"),
    ])
    func sizeBeforeDeIsACommitment(_ sentence: String, _ value: Double, _ metric: String) throws {
        let target = try #require(SamplePlan.target(sentence))
        #expect(target.value == value)
        #expect(target.kind == .amount)
        #expect(target.isIncrement)
        #expect(target.metric.contains(metric))
    }

    /// With a bound or a recipient, a size before 的 defines a category again.
    @Test(arguments: [
        "对总投资1亿元的项目,给予50万元奖励。", "对总投资1亿元以上的项目,给予50万元奖励。",
        "对总规模5亿元、10亿元的基金,给予50万元奖励。",
    ])
    func sizeOfARecipientIsACategory(_ sentence: String) {
        #expect(SamplePlan.targets(sentence).map(\.value) == [500_000])
    }

    // MARK: Headlines

    @Test func headlineRepeatingABodyTargetIsDropped() throws {
        let text =
            "某市出台新能源汽车产业发展行动方案 到2027年产值突破1000亿元\n\n"
            + "方案提出,到2027年,全市新能源汽车产业产值突破1000亿元,整车产能达到50万辆。\n"
        let extraction = TargetExtractor().extraction(of: text)
        let repeated = extraction.targets.filter { $0.value == 100_000_000_000 }
        #expect(repeated.count == 1)
        let lineEnd = try #require(text.unicodeScalars.firstIndex(of: "\n"))
        let firstLine = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: lineEnd)
        #expect(repeated.allSatisfy { $0.span.start > firstLine })
        #expect(extraction.mentions.contains { !$0.isTarget && $0.reason.contains("headline") })
    }

    @Test func headlineWithItsOwnFigureIsKept() {
        let text = "某市出台行动方案 到2027年产值突破1000亿元\n\n方案提出,整车产能达到50万辆。\n"
        #expect(TargetExtractor().extraction(of: text).targets.contains { $0.value == 100_000_000_000 })
    }

    // MARK: Increments

    @Test(arguments: [
        ("组织校企对接活动8场。", 8.0, true),
        ("促成产学研合作项目30项以上。", 30, true),
        ("新增造林绿化面积1200亩。", 1200, true),
        ("上半年完成科技型中小企业首批评价入库60家。", 60, false),
        ("选派科技特派员100名深入镇村开展服务。", 100, false),
        ("举办科普活动不少于20场,受众超过5万人次。", 50_000, false),
        ("举办科普活动不少于20场,受众超过5万人次。", 20, true),
        ("组织100家以上企业走出去。", 100, false),
        ("年内新选派企业特派员100名。", 100, true),
        ("6月底前完成培育库建设,入库企业不少于80家。", 80, false),
    ])
    func increment(_ sentence: String, _ value: Double, _ expected: Bool) throws {
        let targets = SamplePlan.targets(sentence, header: Self.yearlyHeader)
        let target = try #require(targets.first { $0.value == value })
        #expect(target.isIncrement == expected)
    }

    /// A 其中 clause narrows the clause before it and shares its verb.
    @Test(arguments: [
        ("引进文旅项目五个以上,其中投资额超过5亿元的重大项目不少于两个。", 2.0),
        ("新开工亿元以上产业项目40个,其中10亿元以上项目不少于6个。", 6),
        ("新建学校8所,其中高中不少于2所。", 2),
    ])
    func subsetInheritsTheVerb(_ sentence: String, _ value: Double) throws {
        let target = try #require(SamplePlan.targets(sentence).first { $0.value == value })
        #expect(target.isIncrement)
    }

    // MARK: Owners and deadlines

    @Test(arguments: [
        (
            "对年度设备投资额超过1000万元的技术改造项目,按实际设备投入的30%给予补助,最高不超过500万元。(责任单位:市工信局、市财政局)",
            5_000_000.0, ["市工信局", "市财政局"]
        ),
        ("新建5G基站5000个。(责任单位:市通信办、市住建局、市自然资源局)", 5000, ["市通信办", "市住建局", "市自然资源局"]),
        ("新增孵化器3家(责任单位:市科技局、市财政局)。", 3, ["市科技局", "市财政局"]),
    ])
    func bracketedLabelGivesAllUnits(_ sentence: String, _ value: Double, _ units: [String]) throws {
        let target = try #require(SamplePlan.targets(sentence).first { $0.value == value })
        #expect(target.responsible.map(\.name).sorted() == units.sorted())
    }

    @Test(arguments: [
        ("6月底前完成高新技术企业申报培育库建设,入库企业不少于80家。", 80.0, "2025-06-30"),
        ("9月底前完成备案,新增孵化器3家。", 3, "2025-09-30"),
        ("3月底前出台方案,遴选试点企业10家。", 10, "2025-03-31"),
        ("全年新增国家高新技术企业25家以上。", 25, "2025-12-31"),
    ])
    func monthDeadlineInAYearlyPlan(_ sentence: String, _ value: Double, _ day: String) throws {
        let target = try #require(
            SamplePlan.targets(sentence, header: Self.yearlyHeader).first { $0.value == value })
        #expect(target.deadline?.iso == day)
    }

    // MARK: Subsidies

    /// A metric of award words only takes the recipient of the rule in front.
    @Test(arguments: [
        ("对首次认定的国家高新技术企业,给予30万元奖励。", 300_000.0, "国家高新技术企业奖励"),
        ("对新建的省级重点实验室,给予一次性100万元支持。", 1_000_000, "省级重点实验室一次性"),
        ("对引进的顶尖人才团队,给予最高1000万元项目资助。", 10_000_000, "顶尖人才团队项目资助"),
        ("对重新认定的,给予10万元奖励。", 100_000, "重新认定奖励"),
    ])
    func awardTakesItsRecipient(_ sentence: String, _ value: Double, _ metric: String) throws {
        let target = try #require(SamplePlan.targets(sentence).first { $0.value == value })
        #expect(target.kind == .subsidy)
        #expect(target.metric == metric)
    }

    @Test(arguments: [
        ("支持各类孵化载体培育科技型企业,每培育1家给予10万元。", 100_000.0, "载体培育科技型企业"),
        ("每个载体每年奖励不超过100万元。", 1_000_000, "载体奖励"),
        ("每家企业每年奖励不超过50万元。", 500_000, "企业奖励"),
        ("对年度设备投资额超过1000万元的技术改造项目,按实际设备投入的30%给予补助,最高不超过500万元。", 5_000_000, "技术改造项目"),
        ("对新认定的孵化器,每认定1家给予20万元。", 200_000, "孵化器"),
    ])
    func subsidyMetricNamesWhatIsSubsidised(_ sentence: String, _ value: Double, _ metric: String) throws {
        let target = try #require(SamplePlan.targets(sentence).first { $0.value == value })
        #expect(target.kind == .subsidy)
        #expect(target.metric.contains(metric))
        #expect(!target.metric.contains("给予"))
        #expect(!target.metric.contains("每年"))
    }
}
