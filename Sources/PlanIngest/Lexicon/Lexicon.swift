/// The vocabulary of Chinese policy plans that extraction reads: numerals, units, comparators,
/// verbs, deadline words and responsibility markers.
///
/// The words live in `Vocabulary.tsv`, one row per phrase with its role, embedded at build time:
/// a new phrasing is one more row rather than a new branch in code. Each table here is derived
/// from those rows once. Lists whose entries can overlap are matched longest first (see
/// ``Words``), because the first entry that matches wins.
enum Lexicon {
    /// The parsed vocabulary file.
    static let vocabulary = Vocabulary(tsv: EmbeddedVocabulary.text)

    // MARK: Numerals

    /// Chinese digits, including the financial capitals and 〇/零/两.
    static let digits: [Unicode.Scalar: Int] = vocabulary.scalarValues("digits").mapValues { Int($0) }

    /// Multipliers inside a section of four digits.
    static let smallScales: [Unicode.Scalar: Double] = vocabulary.scalarValues("smallScales")

    /// Old numerals for whole tens: 廿 (20), 卅 (30), 卌 (40).
    static let tensNumerals: [Unicode.Scalar: Double] = vocabulary.scalarValues("tensNumerals")

    /// The word between two numerals that makes a fraction: `三分之一`.
    static let fractionMarkers: [String] = vocabulary.phrases("fractionMarkers")

    /// Multipliers that close a section: 万 and 亿.
    static let largeScales: [Unicode.Scalar: Double] = vocabulary.scalarValues("largeScales")

    /// The decimal point of a Chinese numeral: `六点五` is 6.5.
    static let decimalPoints: Set<Unicode.Scalar> = vocabulary.scalars("decimalPoints")

    /// Signs before a number that make it negative: `负3.9%`, `-2.5%`.
    static let minusSigns: Set<Unicode.Scalar> = vocabulary.scalars("minusSigns")

    /// Words that make a Chinese numeral vague (`十几`, `上百`, `数十`): flagged, never guessed.
    static let fuzzyPrefixes: [String] = vocabulary.phrases("fuzzyPrefixes")
    /// The vague digit that follows a scale (`十几`, `二十几`).
    static let fuzzyDigit: Unicode.Scalar = vocabulary.scalar("fuzzyDigit")

    /// `千分之五` is 0.5%, `万分之五` 0.05%.
    static let fractionPrefixes: [(written: String, percent: Double)] = vocabulary.rows("fractionPrefixes")
        .map { ($0.phrase, $0.number(at: 0)) }

    /// `翻一番` is a growth of 100%, `翻两番` of 300%.
    static let doublings: [(written: String, percent: Double)] = vocabulary.rows("doublings")
        .map { ($0.phrase, $0.number(at: 0)) }

    /// Characters that join the two ends of a range: `3-5个`, `3至5家`, `60%-95%`.
    static let rangeJoiners: [String] = vocabulary.phrases("rangeJoiners")

    /// Characters written after a number to mean "more than" (`100多家`, `50余项`).
    static let roundingSuffixes: [String] = vocabulary.phrases("roundingSuffixes")

    // MARK: Units

    /// How a unit's values are treated.
    enum UnitFamily: String, Sendable, Hashable, CaseIterable {
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
        /// A length of time (小时, 工作日): a time limit or a daily time, a level like a ratio.
        case duration
    }

    /// A written unit, the base unit it normalises to, and the factor to apply.
    struct UnitForm: Sendable {
        var written: String
        var base: Unit
        var factor: Double
        var family: UnitFamily

        /// A unit row: phrase, base unit, factor, family.
        init(row: Vocabulary.Row) {
            written = row.phrase
            base = Unit(rawValue: row.attribute(at: 0))
            factor = row.number(at: 1)
            family = UnitFamily(rawValue: row.attribute(at: 2)) ?? .count
        }

        init(written: String, base: Unit, factor: Double, family: UnitFamily) {
            self.written = written
            self.base = base
            self.factor = factor
            self.family = family
        }
    }

    /// Units after a number, longest first. Scaled forms of 元 are read as scale + 元.
    static let units: [UnitForm] = vocabulary.rows("units").map(UnitForm.init(row:))

    /// Scale words after an Arabic number (`1.5万`, `5亿元`, `1千万元`), longest first.
    static let scaleWords: [(written: String, factor: Double)] = vocabulary.rows("scaleWords").map {
        ($0.phrase, $0.number(at: 0))
    }

    /// Lines that open a glossary of terms after the text of a report (`名词解释`).
    static let glossaryHeadings: [String] = vocabulary.phrases("glossaryHeadings")

    /// Units whose next digit counts tenths of them: `七成五` is 75 %.
    static let tenthsUnits: [String] = vocabulary.phrases("tenthsUnits")

    /// Words after a unit of tenths that add a fraction of it: `两成半` is 25 %.
    static let unitFractions: [(written: String, fraction: Double)] = vocabulary.rows("unitFractions").map {
        ($0.phrase, $0.number(at: 0))
    }

    /// Scale words that continue a mixed number after a larger scale: `5万4千6百` is 54600.
    static let mixedScaleWords: [(written: String, factor: Double)] = vocabulary.rows("mixedScaleWords").map {
        ($0.phrase, $0.number(at: 0))
    }

    /// `每万人...25件` measures per ten thousand people: the unit becomes `件/万人`.
    static let perCapitaPrefixes: [(written: String, denominator: String)] = vocabulary.rows(
        "perCapitaPrefixes"
    ).map { ($0.phrase, $0.attribute(at: 0)) }

    // MARK: Comparators and hedges

    /// The rows of `role`: a phrase and the comparator it sets (`=` when the row names none).
    private static func comparatorRows(_ role: String) -> [(written: String, comparator: Comparator)] {
        vocabulary.rows(role).map { ($0.phrase, Comparator(rawValue: $0.attribute(at: 0)) ?? .exactly) }
    }

    /// Words after the number and unit that set the comparator, longest first.
    static let comparatorSuffixes: [(written: String, comparator: Comparator)] = comparatorRows(
        "comparatorSuffixes")

    /// Words after a length of time, and a length of time only, that bound it: `5个工作日内`.
    static let durationSuffixes: [(written: String, comparator: Comparator)] = comparatorRows(
        "durationSuffixes")

    /// Words right before the number that set the comparator, longest first.
    static let comparatorPrefixes: [(written: String, comparator: Comparator)] = comparatorRows(
        "comparatorPrefixes")

    /// Words that reach a level: `达到100亿元`, `达1500家`. Plain `=` unless 以上 follows.
    static let reachWords: [String] = vocabulary.phrases("reachWords")

    /// Words that hedge a target until the end of the sentence.
    static let hedges: [String] = vocabulary.phrases("hedges")

    /// Words that firm up a target; removed from metrics.
    static let assurances: [String] = vocabulary.phrases("assurances")

    // MARK: Verbs and metric words

    /// Verbs that make a count an increment (new things).
    static let incrementVerbs: [String] = vocabulary.phrases("incrementVerbs")

    /// Verbs and prepositions after which a number counts the noun that follows it
    /// (`培育6家...平台`, `支持20家...企业`, `与10家以上高校院所`), beyond the increment and
    /// support verbs.
    static let objectVerbs: [String] = vocabulary.phrases("objectVerbs")

    /// Words that end a metric read forwards from the number (`5家金融机构签订...`).
    static let metricStopVerbs: [String] = vocabulary.phrases("metricStopVerbs")

    /// Prepositions and conjunctions that never begin a metric.
    static let metricPrepositions: [String] = vocabulary.phrases("metricPrepositions")

    /// Words that make a figure a level or total rather than an increment.
    static let stockWords: [String] = vocabulary.phrases("stockWords")

    /// Words anywhere before the number that make it a running total (`累计建成`, `总量`).
    static let totalWords: [String] = vocabulary.phrases("totalWords")

    /// Verbs that select or support existing things: not increments (`支持20家`).
    static let supportVerbs: [String] = vocabulary.phrases("supportVerbs")

    /// Verbs that make new things only of events (`组织活动8场`), not of the organisations
    /// they act on (`组织100家企业走出去`).
    static let eventVerbs: [String] = vocabulary.phrases("eventVerbs")

    /// Words that close a metric naming an output total: a count of 辆 or 台 after them is an
    /// amount produced, not things counted one by one (`整车产能达到50万辆`).
    static let outputWords: [String] = vocabulary.phrases("outputWords")

    /// Words before a sum that give the size of a new thing (`设立总规模50亿元的基金`): the sum
    /// is a commitment even though 的 follows it.
    static let sizeWords: [String] = vocabulary.phrases("sizeWords")

    /// Words that open a sub-clause of the clause before it (`其中10亿元以上项目不少于6个`):
    /// it inherits that clause's verb.
    static let subsetMarkers: [String] = vocabulary.phrases("subsetMarkers")

    /// Comparator words that state a level of their own (`受众超过5万人次`): a clause with one
    /// does not continue the list of the clause before it.
    static let levelPrefixes: [String] = vocabulary.phrases("levelPrefixes")

    /// Comparing words that are verbs before a noun they govern (`突破10项关键技术`) and state a
    /// level otherwise (`营业收入突破100亿元`).
    static let verbalComparators: [String] = vocabulary.phrases("verbalComparators")

    /// Words that open the predicate after a counted noun and so end a metric read forwards
    /// from the number (`5万名高校毕业生在粤就业`).
    static let metricForwardStops: [String] = vocabulary.phrases("metricForwardStops")

    /// Words that name the previous year in a baseline (`比上年`, `较去年`).
    static let previousYearWords: [String] = vocabulary.phrases("previousYearWords")

    /// Words after a past year that open a review of it (`2020年以来`, `2020年底`).
    static let pastPeriodWords: [String] = vocabulary.phrases("pastPeriodWords")

    /// Words that introduce the recipient of a subsidy rule (`对新认定的...企业`).
    static let recipientMarkers: [String] = vocabulary.phrases("recipientMarkers")

    /// Words before a year that make it a baseline of a change (`比2020年提高5个百分点`), not a
    /// past fact.
    static let baselineMarkers: [String] = vocabulary.phrases("baselineMarkers")

    /// Words after a year that make it the base of a change (`在2022年基础上`).
    static let baseYearFoundations: [String] = vocabulary.phrases("baseYearFoundations")

    /// Words after a five-year plan's name that make its last year a base (`"十三五"末`).
    static let fiveYearEndWords: [String] = vocabulary.phrases("fiveYearEndWords")

    /// Words that mark a growth rate: `年均增长10%`.
    static let growthWords: [String] = vocabulary.phrases("growthWords")

    /// The growth words that promise a fall (`下降`, `压减`): their rows carry `down`.
    static let reductionWords: [String] = vocabulary.rows("growthWords").filter {
        $0.attributes.contains("down")
    }
    .map(\.phrase)

    /// Words that mark a change in percentage points: `提高1.5个百分点`.
    static let deltaWords: [String] = vocabulary.phrases("deltaWords")

    /// Words that make money a subsidy per recipient rather than a total.
    static let subsidyWords: [String] = vocabulary.phrases("subsidyWords")

    /// Words at the start of a metric that are not part of it: time words, verbs, hedges.
    static let metricLeadingNoise: [String] = vocabulary.phrases("metricLeadingNoise")
    /// Nouns that begin with a word of ``metricLeadingNoise`` and are kept whole (`孵化器`).
    static let metricWholeNouns: [String] = vocabulary.phrases("metricWholeNouns")

    /// Words that end a metric read backwards from the number (the verb that reaches it).
    static let metricTrailingNoise: [String] = vocabulary.phrases("metricTrailingNoise")

    // MARK: Deadlines

    /// Words after a year that make it a deadline (`到2025年`, `2023年底前`).
    static let yearEndSuffixes: [String] = vocabulary.phrases("yearEndSuffixes")

    /// Words before a year that make it a deadline.
    static let deadlinePrefixes: [String] = vocabulary.phrases("deadlinePrefixes")

    /// Half years and quarters of a yearly plan: month the period ends.
    static let periodEnds: [(written: String, month: Int)] = vocabulary.rows("periodEnds").map {
        ($0.phrase, Int($0.number(at: 0)))
    }

    /// `2026年是"十五五"开局之年`: the words after a year, and those that close the sentence,
    /// that present the year as the current one.
    static let presentYearMarkers: String = vocabulary.phrase("presentYearMarkers")
    static let presentYearEnds: String = vocabulary.phrase("presentYearEnds")

    /// Words right before a count that make it the document's own structure (`以下10个方面`).
    static let structureMarkers: [String] = vocabulary.phrases("structureMarkers")
    /// Nouns after a count that make it the document's own structure (`5个方面`).
    static let structureNouns: [String] = vocabulary.phrases("structureNouns")
    /// `从77%提高到80%`: the word that opens a baseline.
    static let baselineFromMarker: String = vocabulary.phrase("baselineFromMarker")
    /// Verbs that lead from a baseline to the target (`提高到`, `降至`).
    static let changeToWords: [String] = vocabulary.phrases("changeToWords")
    /// Nouns after a capacity that make it part of a name (`300兆瓦风电项目`, `20万吨级`).
    static let projectNameNouns: [String] = vocabulary.phrases("projectNameNouns")
    /// Marks before a number that make it part of a specification (`2×35万千瓦`).
    static let specificationMarks: [String] = vocabulary.phrases("specificationMarks")
    /// Words before a count that make it the size of an attached list (`（共126项）`).
    static let listSizeMarkers: [String] = vocabulary.phrases("listSizeMarkers")

    /// `以下均需各县区负责`: words that make units responsible for every later item, and the
    /// word that closes those units.
    static let standingResponsibilityMarkers: [String] = vocabulary.phrases("standingResponsibilityMarkers")
    static let standingResponsibilityTail: String = vocabulary.phrase("standingResponsibilityTail")

    /// Verbs after 累计 that count additions (`累计新增`), unlike those that reach a level.
    static let totalIncrementVerbs: [String] = vocabulary.phrases("totalIncrementVerbs")

    /// The marks of a year and of a month after their numbers (`2025年`, `6月`).
    static let yearMark: String = vocabulary.phrase("yearMark")
    static let monthMark: String = vocabulary.phrase("monthMark")
    /// What may close a month deadline after its 月 (`6月底前`).
    static let afterMonthSuffixes: [String] = vocabulary.phrases("afterMonthSuffixes")
    /// Words that open an annex line (`附件1`).
    static let annexMarkers: [String] = vocabulary.phrases("annexMarkers")

    /// Nouns that close the last metric of a 分别 list and belong to every metric of it.
    static let sharedMetricNouns: [String] = vocabulary.phrases("sharedMetricNouns")

    /// Currency signs before a number and the unit each gives it (`￥500万` is 500万元).
    static let currencySigns: [(written: String, unit: String)] = vocabulary.rows("currencySigns").map {
        ($0.phrase, $0.attribute(at: 0))
    }

    /// Words of a page number line (`第3页 共12页`), and words that close a heading's ordinal.
    static let pageNumberWords: [String] = vocabulary.phrases("pageNumberWords")
    static let headingUnitWords: [String] = vocabulary.phrases("headingUnitWords")

    /// `A、B分别增长5%、6%`: the word that distributes figures over the metrics listed before it.
    static let distributiveMarker: String = vocabulary.phrase("distributiveMarker")

    /// Words relative to the year a document speaks from (`今年`, `明年`), with the years to add.
    static let relativeYears: [(written: String, years: Int)] = vocabulary.rows("relativeYears").map {
        ($0.phrase, Int($0.number(at: 0)))
    }

    /// Words that mean "this year" in a yearly plan.
    static let withinYear: [String] = vocabulary.phrases("withinYear")

    /// Named five-year plan periods: `"十四五"期间` covers 2021–2025.
    static let fiveYearPlans: [(written: String, start: Int)] = vocabulary.rows("fiveYearPlans").map {
        ($0.phrase, Int($0.number(at: 0)))
    }

    /// Words after a five-year plan's name that make it a deadline: `"十四五"期间`, `"十四五"末`.
    static let fiveYearPeriodWords: [String] = vocabulary.phrases("fiveYearPeriodWords")

    /// Words that make a plan multi-year: `三年行动`.
    static let multiYearWords: [(written: String, years: Int)] = vocabulary.rows("multiYearWords").map {
        ($0.phrase, Int($0.number(at: 0)))
    }

    /// Words that make a plan with one year in its title a yearly plan (`2023年...工作要点`).
    static let yearlyPlanWords: [String] = vocabulary.phrases("yearlyPlanWords")

    /// Plan-type words in a title.
    static let planWords: [String] = vocabulary.phrases("planWords")

    // MARK: Recurrence

    /// Words that make a target annual.
    static let annualWords: [String] = vocabulary.phrases("annualWords")

    /// Annual words that are adverbs of one clause (`年均增长8%`): unlike 每年, they do not
    /// reach the other clauses of the sentence.
    static let clauseAnnualWords: [String] = vocabulary.phrases("clauseAnnualWords")

    // MARK: Responsibility

    /// Labels that open a list of responsible units.
    static let responsibilityLabels: [String] = vocabulary.phrases("responsibilityLabels")

    /// Phrases that close a bracketed or trailing list of units and are not unit names.
    static let responsibilityTails: [String] = vocabulary.phrases("responsibilityTails")

    /// The lead marker: `市科技局牵头`.
    static let leadMarker: String = vocabulary.phrase("leadMarker")
    /// `等` after the last unit of a list.
    static let etcetera: String = vocabulary.phrase("etcetera")
    /// Notes inside a responsibility list that are not units (`黑体单位为牵头单位,下同`).
    static let responsibilityNotes: [String] = vocabulary.phrases("responsibilityNotes")

    /// Words that begin a unit name (市科技局, 区财政局), used to recognise a bracketed list.
    static let unitPrefixes: [String] = vocabulary.phrases("unitPrefixes")
    /// Words that end a unit name.
    static let unitSuffixes: [String] = vocabulary.phrases("unitSuffixes")

    // MARK: Exclusions

    /// Words right after a number that make it a date, a numbering or a name.
    static let dateSuffixes: [String] = vocabulary.phrases("dateSuffixes")

    /// Words right before a number that make it an ordinal or a name: `第十二届`.
    static let ordinalPrefixes: [String] = vocabulary.phrases("ordinalPrefixes")

    /// Words after a count that make it a name (`五星级`, `十强产业`).
    static let nameSuffixes: [String] = vocabulary.phrases("nameSuffixes")

    /// Words that mark a baseline or a past fact, not a commitment.
    static let pastMarkers: [String] = vocabulary.phrases("pastMarkers")

    /// Verbs of managing things that already exist: the count is not a goal (`指导5家筹建的共同体`).
    static let existingVerbs: [String] = vocabulary.phrases("existingVerbs")

    /// Words before a verb that continue existing work (`继续推动7家重点实验室建设`).
    static let continuationMarkers: [String] = vocabulary.phrases("continuationMarkers")

    /// Words after a month that make it a deadline in a yearly plan (`6月底前`).
    static let monthEndSuffixes: [String] = vocabulary.phrases("monthEndSuffixes")

    /// Words that only say that money is given (`一次性奖励`): a metric of these alone takes the
    /// recipient of the rule in front.
    static let awardWords: [String] = vocabulary.phrases("awardWords")

    /// Words inside a metric that only say when (`每个载体每年奖励`): removed from it.
    static let metricTimeWords: [String] = vocabulary.phrases("metricTimeWords")

    /// Nouns after 年均 that make it an annual mean rather than a yearly recurrence
    /// (`PM2.5年均浓度`).
    static let averageStatistics: [String] = vocabulary.phrases("averageStatistics")

    /// Words that open a sentence or paragraph about the past (`过去一年,...`).
    static let pastSentenceMarkers: [String] = vocabulary.phrases("pastSentenceMarkers")

    /// Words in a heading that make its section a review of the past (`一、2023年工作回顾`).
    static let pastSectionWords: [String] = vocabulary.phrases("pastSectionWords")

    /// Words just before a percentage that make it a rate inside a rule, not a goal
    /// (`按增量的10%给予补助`, `减按50%计入`, `可提取60%-95%`).
    static let parameterLeads: [String] = vocabulary.phrases("parameterLeads")

    /// Words that mark a subsidy rule's per-unit count (`每培育1家...给予20万元`).
    static let perUnitMarkers: [String] = vocabulary.phrases("perUnitMarkers")

    /// Words before a number that make it the scope of the work rather than a goal
    /// (`围绕11个产业链`).
    static let scopeWords: [String] = vocabulary.phrases("scopeWords")

    /// Words that begin with a unit character but are not a unit (`8部门`, `五位一体`).
    static let unitLookalikes: [String] = vocabulary.phrases("unitLookalikes")

    /// Sentence ends.
    static let sentenceEnds: Set<Unicode.Scalar> = vocabulary.scalars("sentenceEnds")

    /// Clause ends (a superset of sentence ends).
    static let clauseEnds: Set<Unicode.Scalar> = vocabulary.scalars("clauseEnds")

    // MARK: Reporting periods

    /// Words after the year of a period, with the part of the year they name: `Q` (季度),
    /// `H1`/`H2` (上半年, 下半年), `M` (月), `Y` (年, 全年).
    static let reportPeriodWords: [(written: String, part: PeriodPhrase.Part)] = vocabulary.rows(
        "reportPeriodWords"
    ).map { row in
        guard let part = PeriodPhrase.Part(rawValue: row.attribute(at: 0)) else {
            preconditionFailure("Vocabulary.tsv: reportPeriodWords \(row.phrase) names no part of a year")
        }
        return (row.phrase, part)
    }

    /// Words before the number of a quarter or month (`第三季度`).
    static let reportPeriodOrdinals: [String] = vocabulary.phrases("reportPeriodOrdinals")

    // MARK: Decoding

    /// The commonest characters of Chinese plans, simplified and traditional, by which a
    /// decoding that reads as Chinese is told from one that only decodes without error.
    static let commonCharacters: Set<Unicode.Scalar> = Set(
        vocabulary.phrases("commonCharacters").flatMap(\.unicodeScalars))

    // MARK: Web page chrome

    /// Words that name the day of the week after a page's date (`星期二`).
    static let weekdayWords: [String] = vocabulary.phrases("weekdayWords")

    /// Words of class and id names that mark page chrome, each with whether it also matches
    /// inside a compound name (`topnav`) or only as a whole word (`top`).
    static let chromeClassWords: [(written: String, matchesInside: Bool)] = vocabulary.rows(
        "chromeClassWords"
    ).map { ($0.phrase, $0.attribute(at: 0) == "part") }

    /// Words of class and id names that keep an element as the document (`article-header`).
    static let contentClassWords: [String] = vocabulary.phrases("contentClassWords")

    /// Captions of a list of links to other pages (`相关链接`).
    static let chromeCaptions: [String] = vocabulary.phrases("chromeCaptions")

    /// Words that open a line leading to another page (`上一篇`).
    static let chromeLineStarts: [String] = vocabulary.phrases("chromeLineStarts")

    /// Labels of a visitor counter (`浏览次数`).
    static let visitorCounterLabels: [String] = vocabulary.phrases("visitorCounterLabels")

    /// Labels of a font-size switch (`字号`) and the sizes it offers (`大 中 小`).
    static let fontSizeLabels: [String] = vocabulary.phrases("fontSizeLabels")
    static let fontSizes: [String] = vocabulary.phrases("fontSizes")

    /// Links that act on the page (`打印本页`, `【关闭窗口】`).
    static let pageActions: [String] = vocabulary.phrases("pageActions")
}
