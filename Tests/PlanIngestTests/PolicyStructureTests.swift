import Testing

@testable import PlanIngest

/// Structure words of policy language, one row per phrasing: 分别 distributes figures over the
/// metrics listed before it, a classifier's noun is what a number counts, and figures that are
/// baselines, names, specifications or the document's own structure are not targets.
@Suite struct PolicyStructureTests {
    static let header = "某市2026年工作要点\n"

    static func targets(_ body: String) -> [Target] {
        TargetExtractor().extraction(of: header + body).targets
    }

    @Test(
        arguments: [
            ("交通、水利、能源领域投资额分别达2400亿元、450亿元、1700亿元。", ["交通领域投资额", "水利领域投资额", "能源领域投资额"]),
            ("水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上。", ["水果产量", "蔬菜产量", "茶叶产量"]),
            ("生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上。", ["生猪年出栏量", "家禽年出栏量"]),
            ("规上工业、建筑业、服务业增加值分别增长5%、6%左右、4%。", ["规上工业增加值", "建筑业增加值", "服务业增加值"]),
        ] as [(String, [String])])
    func distributesFiguresOverTheListedMetrics(_ sentence: String, _ metrics: [String]) {
        #expect(Self.targets(sentence).map(\.metric) == metrics)
    }

    @Test func aFigurePerHeadTakesTheHeadInItsUnitAndTheBoundBeforeIt() throws {
        let target = try #require(Self.targets("食品抽检量超每千人6.6批次。").first)
        #expect(target.metric == "食品抽检量")
        #expect(target.unit.rawValue == "批次/千人")
        #expect(target.kind == .ratio)
        #expect(target.comparator == .atLeast)
    }

    @Test func aBoundClosingADistributedListAppliesToEveryFigure() {
        let targets = Self.targets("水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上。")
        #expect(targets.map(\.comparator) == [.atLeast, .atLeast, .atLeast])
    }

    @Test(arguments: [
        ("推进500个省级重点项目。", "省级重点项目"), ("改扩建30所中小学。", "中小学"),
        ("新开工改造600个老旧小区。", "老旧小区"), ("高质量建好15个主平台。", "主平台"),
        ("打造6个万亿级产业。", "万亿级产业"), ("新增学位超20万个。", "学位"),
        // The predicate after the counted noun is not part of it.
        ("吸纳超100万名高校毕业生在粤就业创业。", "高校毕业生"), ("为超300万名婴幼儿发放育儿补贴。", "婴幼儿"),
        ("引导超2万名高校毕业生等青年到粤东地区稳定就业。", "高校毕业生等青年"),
        ("强化12所师范院校对县域基础教育的纵向帮扶。", "师范院校"),
        ("为超53万名适龄妇女免费提供乳腺癌筛查。", "适龄妇女"),
        // Words before the number that hold a figure of their own belong to that figure.
        ("实施10大类60项民生实事项目。", "民生实事项目"),
        ("实施80项前沿技术研发和60项基础研究重点项目。", "前沿技术研发"),
    ])
    func aClassifierCountsTheNounAfterIt(_ sentence: String, _ metric: String) throws {
        let target = try #require(Self.targets(sentence).first, "no target in \(sentence)")
        #expect(target.metric == metric)
    }

    @Test(arguments: [
        ("实施80项前沿技术研发和60项基础研究重点项目。", ["前沿技术研发", "基础研究重点项目"]),
        ("地区生产总值年均增长6%左右，2027年突破1150亿元。", ["地区生产总值", "地区生产总值"]),
        ("今年将办好12类45件民生实事。", ["民生实事"]),
    ])
    func eachFigureOfASentenceHasItsOwnNoun(_ sentence: String, _ metrics: [String]) {
        #expect(Self.targets(sentence).map(\.metric) == metrics)
    }

    @Test(arguments: [
        ("重点抓好以下14个方面工作。", "the document's own structure (以下N个方面)"),
        ("我们要重点把握好5个方面。", "the document's own structure (以下N个方面)"),
        ("发挥沈阳、大连2个城市的带动作用。", "count of a list whose members are all named"),
        ("培育电子、汽车、石化、装备、食品等5个千亿级产业集群。", "count of a list whose members are all named"),
        ("推进华能2×35万千瓦热电联产项目。", "part of a specification (2×35万千瓦)"),
        ("加快华能海兴300兆瓦风电项目建设。", "capacity inside a project's or category's name"),
        ("推进渤阳港20万吨级航道工程。", "capacity inside a project's or category's name"),
        ("建成渤阳东500千伏输变电工程。", "capacity inside a project's or category's name"),
        ("印发重点项目清单（共126项）。", "size of an attached list"),
        ("今年将办好12类45件民生实事。", "count of the groups the next figure is sorted into (12类45件)"),
        (
            "包括武都引水、升钟灌区、亭子口灌区、川渝东北一体化水资源配置、大桥灌区5个工程。",
            "count of a list whose members are all named"
        ),
        (
            "各位代表！\n名词解释\n1.“两重”：是指国家重大战略实施，包括8条进出川综合交通走廊。",
            "inside the glossary of terms after the text (名词解释)"
        ),
        ("农村低保标准占城镇低保标准的最低比例从77%提高到80%以上。", "baseline of a change (从…提高到…)"),
        ("县中托管帮扶从15个扩大到57个。", "baseline of a change (从…提高到…)"),
        (
            "详见http://www.example.gov.cn/art/2026/1/5/art_1229_58.html。",
            "inside a web address, file name, code or phone number"
        ),
        ("咨询电话13812345678，受理企业100家。", "inside a web address, file name, code or phone number"),
        ("附件下载：%E5%8F%91%E5%B1%95100家.pdf", "inside a web address, file name, code or phone number"),
    ])
    func isNotATarget(_ sentence: String, _ reason: String) {
        let mentions = TargetExtractor().extraction(of: Self.header + sentence).mentions
        #expect(mentions.contains { !$0.isTarget && $0.reason == reason }, "\(mentions.map(\.reason))")
    }

    @Test(
        arguments: [
            ("与中国工商银行滨州分行等5家金融机构签订合作协议。", 5.0),
            ("布局实施人工智能、高端航空装备等9个重大科技专项。", 9),
            ("农村低保标准占城镇低保标准的最低比例从77%提高到80%以上。", 80),
            ("县中托管帮扶从15个扩大到57个。", 57),
            ("新建5G基站300个。", 300),
            ("联合有关高校、院所开展产学研合作交流活动2场次以上。", 2),
        ] as [(String, Double)])
    func isATarget(_ sentence: String, _ value: Double) {
        #expect(Self.targets(sentence).map(\.value).contains(value), "\(Self.targets(sentence).map(\.value))")
    }

    @Test(
        arguments: [
            ("居民消费价格涨幅2%左右。", TargetKind.growth), ("一般性支出再压减15%。", .growth),
            ("项目数增加20%以上。", .growth), ("研发投入提高8%。", .growth), ("年均降幅不低于百分之二。", .growth),
            ("城镇调查失业率降低至12%左右。", .ratio), ("常住人口城镇化率提升至72%以上。", .ratio),
            ("规模以上高新技术产业产值年平均增长速度达到3%左右。", .growth),
            ("规上工业、建筑业、服务业增加值分别增长5%、6%左右、4%。", .growth),
        ] as [(String, TargetKind)])
    func growthOrLevel(_ sentence: String, _ kind: TargetKind) throws {
        let targets = Self.targets(sentence)
        #expect(!targets.isEmpty, "no target in \(sentence)")
        #expect(targets.allSatisfy { $0.kind == kind }, "\(targets.map(\.kind))")
    }

    @Test(
        arguments: [
            ("新建5G基站300个。", true), ("改建农村公路150公里。", true), ("新改建农村公路1500公里。", true),
            ("新（改）建农村卫生厕所3.2万户。", true), ("改造城镇老旧小区46个。", true), ("改扩建中小学6所。", true),
            ("新开工改造600个老旧小区。", true), ("新开通内外贸集装箱航线8条。", true), ("累计新增就业岗位5万个。", true),
            ("累计改造城镇老旧小区620个。", true), ("累计建成5G基站1.5万个。", false), ("高新技术企业总量达到600家。", false),
            ("支持20家企业开展技术攻关。", false),
        ] as [(String, Bool)])
    func increments(_ sentence: String, _ isIncrement: Bool) throws {
        let target = try #require(Self.targets(sentence).first, "no target in \(sentence)")
        #expect(target.isIncrement == isIncrement)
    }

    @Test func aResponsibilityNoteThatGoesOnIsReadAndItsStandingUnitsApplyToLaterItems() {
        let body = """
            一、任务
            1.推进研发机构全覆盖。规上工业企业研发机构设置率达到55%。（市发展改革委、市工信局按职责分工负责。以下均需各县区负责，不再单独列出）
            2.完善成果转化体系。新建概念验证中心3家。（市科技局牵头，市财政局配合）
            """
        let targets = Self.targets(body)
        #expect(
            targets.map { $0.responsible.map(\.name) } == [["市发展改革委", "市工信局"], ["市科技局", "市财政局", "各县区"]])
    }
}
