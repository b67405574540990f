/// The vocabulary of Chinese policy plans that extraction reads: numerals, units, comparators,
/// verbs, deadline words and responsibility markers.
///
/// Every Chinese word the engine knows lives here, as data, so that a new phrasing is one more
/// table row rather than a new branch in code. Lists whose entries can overlap are ordered
/// longest first, because the first entry that matches wins.
enum Lexicon {
    // MARK: Numerals

    /// Chinese digits, including the financial capitals and 〇/零/两.
    static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
        "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
        "九": 9, "玖": 9,
    ]

    /// Multipliers inside a section of four digits.
    static let smallScales: [Unicode.Scalar: Double] = [
        "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
    ]

    /// Multipliers that close a section: 万 and 亿.
    static let largeScales: [Unicode.Scalar: Double] = ["万": 1e4, "萬": 1e4, "亿": 1e8]

    /// Words that make a Chinese numeral vague (`十几`, `上百`, `数十`): flagged, never guessed.
    static let fuzzyPrefixes: [String] = ["上", "数", "近", "几"]
    /// The vague digit that follows a scale (`十几`, `二十几`).
    static let fuzzyDigit: Unicode.Scalar = "几"

    /// `百分之三十` is 30%.
    static let percentPrefix = "百分之"
    /// `千分之五` is 0.5%.
    static let perMillePrefix = "千分之"

    /// Characters that join the two ends of a range: `3-5个`, `3至5家`, `60%-95%`.
    static let rangeJoiners: [String] = ["-", "－", "—", "–", "~", "～", "至", "到"]

    /// Characters written after a number to mean "more than" (`100多家`, `50余项`).
    static let roundingSuffixes: [String] = ["多", "余"]

    // MARK: Units

    /// How a unit's values are treated.
    enum UnitFamily: Sendable, Hashable {
        /// Things counted one by one: 家, 项, 人.
        case count
        /// Money.
        case money
        /// A percentage.
        case percent
        /// A change in percentage points.
        case points
        /// Physical quantities: area, weight, length, energy.
        case physical
        /// Occurrences in time (次, 场次): counts, but also used in frequency rules.
        case occurrence
        /// A physical level per volume or mass (微克/立方米): a ratio, like a percentage.
        case concentration
    }

    /// A written unit, the base unit it normalises to, and the factor to apply.
    struct UnitForm: Sendable {
        var written: String
        var base: Unit
        var factor: Double
        var family: UnitFamily
    }

    /// Units after a number, longest first. Scaled forms of 元 are read as scale + 元.
    static let units: [UnitForm] = [
        UnitForm(written: "个百分点", base: .percentagePoint, factor: 1, family: .points),
        UnitForm(written: "百分点", base: .percentagePoint, factor: 1, family: .points),
        UnitForm(written: "%", base: .percent, factor: 1, family: .percent),
        UnitForm(written: "％", base: .percent, factor: 1, family: .percent),
        UnitForm(written: "‰", base: .percent, factor: 0.1, family: .percent),
        UnitForm(written: "元", base: .yuan, factor: 1, family: .money),
        UnitForm(written: "场次", base: "场次", factor: 1, family: .occurrence),
        UnitForm(written: "人次", base: "人次", factor: 1, family: .count),
        UnitForm(written: "家次", base: "家次", factor: 1, family: .count),
        UnitForm(written: "户次", base: "户次", factor: 1, family: .count),
        UnitForm(written: "微克/立方米", base: "微克/立方米", factor: 1, family: .concentration),
        UnitForm(written: "毫克/立方米", base: "毫克/立方米", factor: 1, family: .concentration),
        UnitForm(written: "毫克/升", base: "毫克/升", factor: 1, family: .concentration),
        UnitForm(written: "平方公里", base: "平方公里", factor: 1, family: .physical),
        UnitForm(written: "平方米", base: "平方米", factor: 1, family: .physical),
        UnitForm(written: "立方米", base: "立方米", factor: 1, family: .physical),
        UnitForm(written: "吨标准煤", base: "吨标准煤", factor: 1, family: .physical),
        UnitForm(written: "千瓦时", base: "千瓦时", factor: 1, family: .physical),
        UnitForm(written: "千瓦", base: "千瓦", factor: 1, family: .physical),
        UnitForm(written: "兆瓦", base: "兆瓦", factor: 1, family: .physical),
        UnitForm(written: "公里", base: "公里", factor: 1, family: .physical),
        UnitForm(written: "千米", base: "公里", factor: 1, family: .physical),
        UnitForm(written: "公顷", base: "公顷", factor: 1, family: .physical),
        UnitForm(written: "标准箱", base: "标准箱", factor: 1, family: .physical),
        UnitForm(written: "家", base: .organisation, factor: 1, family: .count),
        UnitForm(written: "项", base: .item, factor: 1, family: .count),
        UnitForm(written: "个", base: "个", factor: 1, family: .count),
        UnitForm(written: "名", base: "名", factor: 1, family: .count),
        UnitForm(written: "人", base: .person, factor: 1, family: .count),
        UnitForm(written: "件", base: "件", factor: 1, family: .count),
        UnitForm(written: "场", base: "场", factor: 1, family: .occurrence),
        UnitForm(written: "次", base: "次", factor: 1, family: .occurrence),
        UnitForm(written: "所", base: "所", factor: 1, family: .count),
        UnitForm(written: "座", base: "座", factor: 1, family: .count),
        UnitForm(written: "条", base: "条", factor: 1, family: .count),
        UnitForm(written: "批", base: "批", factor: 1, family: .count),
        UnitForm(written: "套", base: "套", factor: 1, family: .count),
        UnitForm(written: "台", base: "台", factor: 1, family: .count),
        UnitForm(written: "张", base: "张", factor: 1, family: .count),
        UnitForm(written: "户", base: "户", factor: 1, family: .count),
        UnitForm(written: "处", base: "处", factor: 1, family: .count),
        UnitForm(written: "篇", base: "篇", factor: 1, family: .count),
        UnitForm(written: "部", base: "部", factor: 1, family: .count),
        UnitForm(written: "支", base: "支", factor: 1, family: .count),
        UnitForm(written: "辆", base: "辆", factor: 1, family: .count),
        UnitForm(written: "株", base: "株", factor: 1, family: .count),
        UnitForm(written: "种", base: "种", factor: 1, family: .count),
        UnitForm(written: "位", base: "位", factor: 1, family: .count),
        UnitForm(written: "亩", base: "亩", factor: 1, family: .physical),
        UnitForm(written: "吨", base: "吨", factor: 1, family: .physical),
        UnitForm(written: "米", base: "米", factor: 1, family: .physical),
        UnitForm(written: "倍", base: "倍", factor: 1, family: .physical),
    ]

    /// Scale words after an Arabic number (`1.5万`, `5亿元`, `1千万元`), longest first.
    static let scaleWords: [(written: String, factor: Double)] = [
        ("万亿", 1e12), ("千万", 1e7), ("百万", 1e6), ("亿", 1e8), ("万", 1e4), ("萬", 1e4),
        ("千", 1e3),
    ]

    /// `每万人...25件` measures per ten thousand people: the unit becomes `件/万人`.
    static let perCapitaPrefixes: [(written: String, denominator: String)] = [
        ("每万人", "万人"), ("每十万人", "十万人"), ("每千人", "千人"), ("每百人", "百人"),
        ("每万名", "万名"), ("每平方公里", "平方公里"),
    ]

    // MARK: Comparators and hedges

    /// Words after the number and unit that set the comparator, longest first.
    static let comparatorSuffixes: [(written: String, comparator: Comparator)] = [
        ("以上", .atLeast), ("以下", .atMost), ("以内", .atMost), ("之内", .atMost),
        ("左右", .approximately), ("上下", .approximately), ("及以上", .atLeast),
    ]

    /// Words right before the number that set the comparator, longest first.
    static let comparatorPrefixes: [(written: String, comparator: Comparator)] = [
        ("不少于", .atLeast), ("不低于", .atLeast), ("不小于", .atLeast), ("不超过", .atMost),
        ("不高于", .atMost), ("不大于", .atMost), ("不多于", .atMost), ("最高不超过", .atMost),
        ("最多", .atMost), ("最高", .atMost), ("至多", .atMost), ("至少", .atLeast),
        ("超过", .atLeast), ("突破", .atLeast), ("高于", .atLeast), ("多于", .atLeast),
        ("大于", .atLeast), ("低于", .atMost), ("少于", .atMost), ("控制在", .atMost),
        ("约", .approximately), ("大约", .approximately), ("近", .approximately),
    ]

    /// Words that reach a level: `达到100亿元`, `达1500家`. Plain `=` unless 以上 follows.
    static let reachWords: [String] = ["达到", "达", "为", "至", "到", "实现", "保持", "稳定在"]

    /// Words that hedge a target until the end of the sentence.
    static let hedges: [String] = ["力争", "争取", "争创", "努力", "力求"]

    /// Words that firm up a target; removed from metrics.
    static let assurances: [String] = ["确保", "保证", "实现"]

    // MARK: Verbs and metric words

    /// Verbs that make a count an increment (new things).
    static let incrementVerbs: [String] = [
        "新增", "新建", "新认定", "新引进", "新培育", "新选派", "新储备", "新备案", "新设立",
        "新开工", "新布局", "培育", "引进", "实施", "举办", "开展", "组建", "建设", "建成", "新增设",
        "促成", "推出", "培训",
        "打造", "创建", "新组建", "取得", "形成", "培养", "解决", "突破", "推动", "布局",
        "签署", "签订", "攻克", "研发", "制定", "组织实施", "储备", "认定",
        "选聘", "孵化", "设立", "申报", "争创", "攻关", "推广", "引育", "招引", "新选派",
        "培育建设", "布局新建", "新备案认定", "建立", "搭建", "净增",
    ]

    /// Verbs and prepositions after which a number counts the noun that follows it
    /// (`培育6家...平台`, `支持20家...企业`, `与10家以上高校院所`), beyond the increment and
    /// support verbs.
    static let objectVerbs: [String] = [
        "给予", "奖励", "资助", "补助", "补贴", "提供", "征集", "推荐", "吸引", "集聚", "带动",
        "覆盖", "服务", "对接", "与", "对", "向", "为", "由", "在", "等", "达到", "联合", "帮助",
        "指导", "举行", "召开", "发布", "出台", "评选", "评定", "表彰", "命名", "入选",
    ]

    /// Words that end a metric read forwards from the number (`5家金融机构签订...`).
    static let metricStopVerbs: [String] = [
        "开展", "签订", "签署", "落地", "加速", "进行", "参与", "实施", "获得", "实现", "完成",
        "担任", "入驻", "进入", "建立", "开发", "承担",
    ]

    /// Prepositions and conjunctions that never begin a metric.
    static let metricPrepositions: [String] = ["与", "对", "向", "为", "由", "在", "将", "把", "使", "让"]

    /// Words that make a figure a level or total rather than an increment.
    static let stockWords: [String] = ["总量", "累计", "总数", "总额", "达到", "达", "保持", "拥有"]

    /// Words anywhere before the number that make it a running total (`累计建成`, `总量`).
    static let totalWords: [String] = ["总量", "累计", "总数", "总额", "总规模", "保有量", "拥有量", "存量"]

    /// Verbs that select or support existing things: not increments (`支持20家`).
    static let supportVerbs: [String] = [
        "支持", "遴选", "识别", "筛选", "服务", "扶持", "选择", "邀请", "对接", "完成", "选派",
    ]

    /// Verbs that make new things only of events (`组织活动8场`), not of the organisations
    /// they act on (`组织100家企业走出去`).
    static let eventVerbs: [String] = ["组织"]

    /// Words that close a metric naming an output total: a count of 辆 or 台 after them is an
    /// amount produced, not things counted one by one (`整车产能达到50万辆`).
    static let outputWords: [String] = ["产能", "产量", "销量", "年产量", "年产能", "生产能力", "装机容量"]

    /// Words before a sum that give the size of a new thing (`设立总规模50亿元的基金`): the sum
    /// is a commitment even though 的 follows it.
    static let sizeWords: [String] = ["总规模", "规模", "总投资", "总投资额", "总额"]

    /// Words that open a sub-clause of the clause before it (`其中10亿元以上项目不少于6个`):
    /// it inherits that clause's verb.
    static let subsetMarkers: [String] = ["其中"]

    /// Comparator words that state a level of their own (`受众超过5万人次`): a clause with one
    /// does not continue the list of the clause before it.
    static let levelPrefixes: [String] = ["超过", "突破", "高于", "多于", "大于"]

    /// Words that name the previous year in a baseline (`比上年`, `较去年`).
    static let previousYearWords: [String] = ["上年", "去年", "上一年"]

    /// Words after a past year that open a review of it (`2020年以来`, `2020年底`).
    static let pastPeriodWords: [String] = ["以来", "底", "末", "时期", "期间", "全年"]

    /// Words that introduce the recipient of a subsidy rule (`对新认定的...企业`).
    static let recipientMarkers: [String] = ["对于", "对"]

    /// Words before a year that make it a baseline of a change (`比2020年提高5个百分点`), not a
    /// past fact.
    static let baselineMarkers: [String] = ["比", "较", "相比", "相较"]

    /// Words that mark a growth rate: `年均增长10%`.
    static let growthWords: [String] = [
        "年均增长", "年平均增长速度", "年平均增长", "年均增速", "平均增速", "平均增长", "同比增长",
        "增长速度", "增速", "增长", "增幅", "下降", "降低", "减少", "提升", "上升",
    ]

    /// Words that mark a change in percentage points: `提高1.5个百分点`.
    static let deltaWords: [String] = ["提高", "提升", "增加", "下降", "降低", "减少"]

    /// Words that make money a subsidy per recipient rather than a total.
    static let subsidyWords: [String] = [
        "补助", "补贴", "奖补", "奖励", "资助", "贴息", "扶持", "支持", "给予", "一次性", "单个项目",
        "每个", "每家", "每项", "最高", "后补助", "配套",
    ]

    /// Words at the start of a metric that are not part of it: time words, verbs, hedges.
    static let metricLeadingNoise: [String] = [
        "力争", "争取", "确保", "努力", "全年", "每年", "年均", "同时", "其中", "并", "且", "和",
        "及", "以及", "再", "新增", "新建", "新开工", "新认定", "新引进", "新培育", "新选派", "新储备",
        "新备案认定", "新备案", "布局新建", "培育建设", "培育", "引进", "组织实施", "实施", "举办",
        "开展", "组建", "建设", "建成", "打造", "创建", "取得", "形成", "培养", "解决", "推动",
        "布局", "签署", "签订", "攻克", "完成", "组织", "储备", "认定", "遴选支持", "遴选", "支持",
        "识别筛选", "选聘", "孵化", "设立", "邀请", "争创", "累计", "全市", "全区", "全省",
        "达到", "积极", "大力", "加快", "持续", "进一步", "共", "最高", "与", "对", "向", "在",
        "由", "将", "把", "各类", "其中", "给予", "年内", "五年内", "三年内", "两年内", "期间", "以来",
        "今后", "未来", "每家", "每个", "分别给予", "培训", "推出", "促成", "各类", "分别", "五年", "三年", "两年", "上半年", "下半年", "一季度",
        "第一季度", "今年", "明年",
        "第二季度", "第三季度", "第四季度", "二季度", "三季度", "四季度",
        "年底前", "年内", "当年", "完成", "统筹安排", "安排", "比上年", "同比", "较上年", "比去年", "环比",
    ]

    /// Words that end a metric read backwards from the number (the verb that reaches it).
    static let metricTrailingNoise: [String] = [
        "达到", "达", "突破", "超过", "不少于", "不低于", "不超过", "不高于", "控制在", "保持在",
        "稳定在", "提高", "提升", "增加", "下降", "降低", "减少", "年均增长", "年平均增长速度达到",
        "年平均增长速度", "年均增速", "年均", "同比增长", "增长", "增速", "实现", "为", "约", "最高",
        "至少", "总计", "合计", "分别", "完成", "达", "共计", "提高到", "提高至", "提升到", "提升至",
        "增加到", "增加至", "下降到", "下降至", "降低到", "降低至", "减少到", "保持在", "达到了",
        "净增", "新增",
    ]

    // MARK: Deadlines

    /// Words after a year that make it a deadline (`到2025年`, `2023年底前`).
    static let yearEndSuffixes: [String] = ["年底前", "年年底前", "年末前", "年前", "年底", "年末", "年"]

    /// Words before a year that make it a deadline.
    static let deadlinePrefixes: [String] = ["到", "至", "截至", "截止", "截止到", "力争到", "力争"]

    /// Half years and quarters of a yearly plan: month the period ends.
    static let periodEnds: [(written: String, month: Int)] = [
        ("上半年", 6), ("下半年", 12), ("第一季度", 3), ("一季度", 3), ("第二季度", 6),
        ("二季度", 6), ("第三季度", 9), ("三季度", 9), ("第四季度", 12), ("四季度", 12),
    ]

    /// Words that mean "this year" in a yearly plan.
    static let withinYear: [String] = ["年内", "全年", "今年", "本年度", "当年"]

    /// Named five-year plan periods: `"十四五"期间` covers 2021–2025.
    static let fiveYearPlans: [(written: String, start: Int)] = [
        ("十三五", 2016), ("十四五", 2021), ("十五五", 2026),
    ]

    /// Words after a five-year plan's name that make it a deadline: `"十四五"期间`, `"十四五"末`.
    static let fiveYearPeriodWords: [String] = ["期间", "时期", "末期", "末", "期末"]

    /// Words that make a plan multi-year: `三年行动`.
    static let multiYearWords: [(written: String, years: Int)] = [
        ("三年", 3), ("五年", 5), ("两年", 2), ("二年", 2), ("四年", 4),
    ]

    /// Words that make a plan with one year in its title a yearly plan (`2023年...工作要点`).
    static let yearlyPlanWords: [String] = [
        "工作要点", "工作计划", "年度", "工作任务", "重点工作", "任务清单", "行动计划", "实施计划",
        "工作方案", "政府工作报告",
    ]

    /// Plan-type words in a title.
    static let planWords: [String] = [
        "实施方案", "行动方案", "行动计划", "工作要点", "工作方案", "实施意见", "规划", "方案", "计划",
        "任务清单", "清单", "工作任务", "若干措施", "若干政策", "细则", "纲要",
        "要点", "意见", "办法", "措施", "通知", "报告",
    ]

    // MARK: Recurrence

    /// Words that make a target annual.
    static let annualWords: [String] = ["每年", "年均", "年平均", "逐年", "每年度"]

    /// Annual words that are adverbs of one clause (`年均增长8%`): unlike 每年, they do not
    /// reach the other clauses of the sentence.
    static let clauseAnnualWords: [String] = ["年均", "年平均"]

    // MARK: Responsibility

    /// Labels that open a list of responsible units.
    static let responsibilityLabels: [String] = [
        "责任单位", "牵头单位", "责任部门", "配合单位", "参与单位", "主责单位", "牵头部门",
    ]

    /// Phrases that close a bracketed or trailing list of units and are not unit names.
    static let responsibilityTails: [String] = [
        "按职责分工负责", "按职责分工推进", "按职责分工落实", "按职能分工负责", "按职责负责",
        "分工负责", "负责", "等参与", "参与", "配合", "落实",
    ]

    /// The lead marker: `市科技局牵头`.
    static let leadMarker = "牵头"
    /// `等` after the last unit of a list.
    static let etcetera = "等"
    /// Notes inside a responsibility list that are not units (`黑体单位为牵头单位,下同`).
    static let responsibilityNotes: [String] = ["黑体", "下同", "牵头单位为", "为牵头单位"]

    /// Words that begin a unit name (市科技局, 区财政局), used to recognise a bracketed list.
    static let unitPrefixes: [String] = ["市", "区", "县", "省", "镇", "各", "工委", "管委", "人民银行"]
    /// Words that end a unit name.
    static let unitSuffixes: [String] = [
        "局", "委", "办", "厅", "中心", "院", "会", "室", "处", "司", "部", "区", "街", "行", "所",
        "科协", "专班", "公司", "集团", "政府", "办公室", "分局", "支行",
    ]

    // MARK: Exclusions

    /// Words right after a number that make it a date, a numbering or a name.
    static let dateSuffixes: [String] = ["年", "月", "日", "号", "时", "分", "周", "季度", "天"]

    /// Words right before a number that make it an ordinal or a name: `第十二届`.
    static let ordinalPrefixes: [String] = ["第"]

    /// Words after a count that make it a name (`五星级`, `十强产业`).
    static let nameSuffixes: [String] = ["星级", "强", "大", "级", "化", "型", "维", "字", "链", "轮"]

    /// Words that mark a baseline or a past fact, not a commitment.
    static let pastMarkers: [String] = [
        "基础上", "已", "已经", "现有", "目前", "截至目前", "去年",
        "累计已", "共有", "期间共", "其中已", "完成了", "获批", "获得", "荣获", "入选", "列入",
    ]

    /// Verbs of managing things that already exist: the count is not a goal (`指导5家筹建的共同体`).
    static let existingVerbs: [String] = ["指导", "督促", "落实", "巩固", "用好", "管理好", "运营好", "服务好"]

    /// Words before a verb that continue existing work (`继续推动7家重点实验室建设`).
    static let continuationMarkers: [String] = ["继续", "持续", "进一步"]

    /// Words after a month that make it a deadline in a yearly plan (`6月底前`).
    static let monthEndSuffixes: [String] = ["月底前", "月末前", "月前", "月底", "月末"]

    /// Words that only say that money is given (`一次性奖励`): a metric of these alone takes the
    /// recipient of the rule in front.
    static let awardWords: [String] = [
        "一次性", "奖励", "补助", "补贴", "资助", "支持", "奖补", "给予", "最高", "资金", "项目资助",
    ]

    /// Words inside a metric that only say when (`每个载体每年奖励`): removed from it.
    static let metricTimeWords: [String] = ["每年度", "每年"]

    /// Nouns after 年均 that make it an annual mean rather than a yearly recurrence
    /// (`PM2.5年均浓度`).
    static let averageStatistics: [String] = ["浓度", "值", "气温", "降水量", "降雨量", "水平", "排放浓度"]

    /// Words that open a sentence or paragraph about the past (`过去一年,...`).
    static let pastSentenceMarkers: [String] = [
        "过去一年", "过去五年", "过去三年", "过去的一年", "去年", "上一年", "回顾", "一年来", "五年来",
        "三年来",
    ]

    /// Words in a heading that make its section a review of the past (`一、2023年工作回顾`).
    static let pastSectionWords: [String] = [
        "回顾", "发展基础", "发展现状", "现实基础", "工作成效", "主要成效", "取得成效", "主要成绩",
        "工作进展", "基本情况", "总结",
    ]

    /// Words just before a percentage that make it a rate inside a rule, not a goal
    /// (`按增量的10%给予补助`, `减按50%计入`, `可提取60%-95%`).
    static let parameterLeads: [String] = ["的", "按", "减按", "提取", "可提取", "比例为", "费率", "税率"]

    /// Words that mark a subsidy rule's per-unit count (`每培育1家...给予20万元`).
    static let perUnitMarkers: [String] = ["每"]

    /// Words before a number that make it the scope of the work rather than a goal
    /// (`围绕11个产业链`).
    static let scopeWords: [String] = [
        "围绕", "聚焦", "针对", "涉及", "包括", "涵盖", "分为", "按照", "依托", "面向", "立足",
    ]

    /// Words that begin with a unit character but are not a unit (`8部门`, `五位一体`).
    static let unitLookalikes: [String] = [
        "部门", "部署", "部分", "部件", "部委", "位一体", "位于", "条件", "条例", "批次", "批准", "套餐",
        "件事", "台阶", "名单", "名称", "种类", "所有", "所得", "座谈", "场景", "场所", "场地", "户籍",
        "处理", "支撑", "支付", "篇章", "倍增", "次数", "家园", "名额",
        "条款", "台账", "所属", "所在", "座席", "米粮", "亩产", "吨位", "种植", "支持", "个月",
        "个工作日", "个小时", "个季度", "个自然日", "个年度", "名次", "次日", "次年", "场合",
        "张贴", "张榜",
    ]

    /// Sentence ends.
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", ";", "！", "!", "？", "?", "\n"]

    /// Clause ends (a superset of sentence ends).
    static let clauseEnds: Set<Unicode.Scalar> = [
        "。", "；", ";", "！", "!", "？", "?", "\n", "，", ",", "：", ":", "、", "(", "（", ")", "）",
        "〔", "〕", "【", "】", "《", "》", "\r",
    ]
}
