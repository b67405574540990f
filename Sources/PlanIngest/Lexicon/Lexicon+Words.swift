/// The lexicon lists as scalar words, built once and sorted longest first.
enum Words {
    static let fuzzyPrefixes = Lexicon.fuzzyPrefixes.words
    static let fractionPrefixes: [(word: Word, percent: Double)] = Lexicon.fractionPrefixes
        .map { (Word($0.written), $0.percent) }
    static let fractionMarkers = Lexicon.fractionMarkers.words
    static let doublings: [(word: Word, percent: Double)] = Lexicon.doublings.map {
        (Word($0.written), $0.percent)
    }
    static let rangeJoiners = Lexicon.rangeJoiners.words
    static let reportPeriodWords: [(word: Word, part: PeriodPhrase.Part)] = Lexicon.reportPeriodWords
        .map { (Word($0.written), $0.part) }.sorted { $0.word.count > $1.word.count }
    static let reportPeriodOrdinals = Lexicon.reportPeriodOrdinals.words
    static let roundingSuffixes = Lexicon.roundingSuffixes.words
    static let units: [(word: Word, form: Lexicon.UnitForm)] = Lexicon.units
        .map { (Word($0.written), $0) }.sorted { $0.word.count > $1.word.count }
    static let unitWords = WordSet(units.map(\.word))
    static let unitForms: [String: Lexicon.UnitForm] = Dictionary(
        Lexicon.units.map { ($0.written, $0) }, uniquingKeysWith: { first, _ in first })
    /// `unitForms[word.text]` for each word of ``unitWords``, by index: no string hashing per number.
    static let unitFormsInMatchOrder: [Lexicon.UnitForm?] = unitWords.words.map { unitForms[$0.text] }
    static let scaleWords: [(word: Word, factor: Double)] = Lexicon.scaleWords
        .map { (Word($0.written), $0.factor) }
    static let tenthsUnits = Lexicon.tenthsUnits.words
    static let glossaryHeadings = Lexicon.glossaryHeadings.words
    static let unitFractions: [(word: Word, fraction: Double)] = Lexicon.unitFractions.map {
        (Word($0.written), $0.fraction)
    }
    static let mixedScaleWords: [(word: Word, factor: Double)] = Lexicon.mixedScaleWords
        .map { (Word($0.written), $0.factor) }
    static let perCapitaPrefixes: [(word: Word, denominator: String)] = Lexicon.perCapitaPrefixes
        .map { (Word($0.written), $0.denominator) }
    static let comparatorSuffixes: [(word: Word, comparator: Comparator)] = longestFirst(
        Lexicon.comparatorSuffixes)
    static let durationSuffixes: [(word: Word, comparator: Comparator)] = longestFirst(
        Lexicon.durationSuffixes)
    static let comparatorPrefixes: [(word: Word, comparator: Comparator)] = longestFirst(
        Lexicon.comparatorPrefixes)
    static let reachWords = Lexicon.reachWords.words
    static let hedges = Lexicon.hedges.words
    static let incrementVerbs = Lexicon.incrementVerbs.words
    static let objectVerbs = Lexicon.objectVerbs.words
    static let metricStopVerbs = Lexicon.metricStopVerbs.words
    static let metricPrepositions = Lexicon.metricPrepositions.words
    static let scopeWords = Lexicon.scopeWords.words
    static let unitLookalikes = Lexicon.unitLookalikes.words
    static let existingVerbs = Lexicon.existingVerbs.words
    static let continuationMarkers = Lexicon.continuationMarkers.words
    static let pastSentenceMarkers = Lexicon.pastSentenceMarkers.words
    static let pastSectionWords = Lexicon.pastSectionWords.words
    static let parameterLeads = Lexicon.parameterLeads.words
    static let totalWords = Lexicon.totalWords.words
    static let stockWords = Lexicon.stockWords.words
    static let supportVerbs = Lexicon.supportVerbs.words
    static let growthWords = Lexicon.growthWords.words
    static let reductionWords = Lexicon.reductionWords.words
    static let deltaWords = Lexicon.deltaWords.words
    static let subsidyWords = Lexicon.subsidyWords.words
    static let metricLeadingNoise = Lexicon.metricLeadingNoise.words
    static let metricWholeNouns = Lexicon.metricWholeNouns.words
    static let metricTrailingNoise = Lexicon.metricTrailingNoise.words
    static let yearEndSuffixes = Lexicon.yearEndSuffixes.words
    static let deadlinePrefixes = Lexicon.deadlinePrefixes.words
    static let periodEnds: [(word: Word, month: Int)] = Lexicon.periodEnds
        .map { (Word($0.written), $0.month) }.sorted { $0.word.count > $1.word.count }
    static let withinYear = Lexicon.withinYear.words
    static let presentYearMarkers = Word(Lexicon.presentYearMarkers)
    static let distributiveMarker = Word(Lexicon.distributiveMarker)
    static let headingUnitWords = Lexicon.headingUnitWords.words
    static let currencySigns = Lexicon.currencySigns.map(\.written).words
    static let sharedMetricNouns = Lexicon.sharedMetricNouns.words
    static let yearMark = Word(Lexicon.yearMark)
    static let annexMarkers = Lexicon.annexMarkers.words
    static let totalIncrementVerbs = Lexicon.totalIncrementVerbs.words
    static let standingResponsibilityMarkers = Lexicon.standingResponsibilityMarkers.words
    static let standingResponsibilityTail = Word(Lexicon.standingResponsibilityTail)
    static let structureMarkers = Lexicon.structureMarkers.words
    static let structureNouns = Lexicon.structureNouns.words
    static let baselineFromMarker = Word(Lexicon.baselineFromMarker)
    static let changeToWords = Lexicon.changeToWords.words
    static let projectNameNouns = Lexicon.projectNameNouns.words
    static let specificationMarks = Lexicon.specificationMarks.words
    static let listSizeMarkers = Lexicon.listSizeMarkers.words
    static let presentYearEnds = Word(Lexicon.presentYearEnds)
    static let relativeYears: [(word: Word, offset: Int)] = Lexicon.relativeYears
        .map { (Word($0.written), $0.years) }.sorted { $0.word.count > $1.word.count }
    /// ``relativeYears``' words, in the same order.
    static let relativeYearWords = WordSet(relativeYears.map(\.word))
    static let fiveYearPlans: [(word: Word, start: Int)] = Lexicon.fiveYearPlans
        .map { (Word($0.written), $0.start) }
    static let fiveYearPlanWords = WordSet(Lexicon.fiveYearPlans.map { Word($0.written) })
    static let periodWords = Lexicon.fiveYearPeriodWords.words
    static let multiYearWords: [(word: Word, years: Int)] = Lexicon.multiYearWords
        .map { (Word($0.written), $0.years) }
    static let yearlyPlanWords = Lexicon.yearlyPlanWords.words
    static let planWords = Lexicon.planWords.words
    static let annualWords = Lexicon.annualWords.words
    static let responsibilityLabels = Lexicon.responsibilityLabels.words
    static let responsibilityTails = Lexicon.responsibilityTails.words
    static let leadMarker = Word(Lexicon.leadMarker)
    static let etcetera = Word(Lexicon.etcetera)
    static let responsibilityNotes = Lexicon.responsibilityNotes.words
    static let unitPrefixes = Lexicon.unitPrefixes.words
    static let unitSuffixes = Lexicon.unitSuffixes.words
    static let dateSuffixes = Lexicon.dateSuffixes.words
    static let ordinalPrefixes = Lexicon.ordinalPrefixes.words
    static let nameSuffixes = Lexicon.nameSuffixes.words
    static let pastMarkers = Lexicon.pastMarkers.words
    static let perUnitMarkers = Lexicon.perUnitMarkers.words
    static let outputWords = Lexicon.outputWords.words
    static let sizeWords = Lexicon.sizeWords.words
    static let subsetMarkers = Lexicon.subsetMarkers.words
    static let baselineMarkers = Lexicon.baselineMarkers.words
    static let baseYearFoundations = Lexicon.baseYearFoundations.words
    static let fiveYearEndWords = Lexicon.fiveYearEndWords.words
    static let monthEndSuffixes = Lexicon.monthEndSuffixes.words
    static let metricTimeWords = Lexicon.metricTimeWords.words
    static let levelPrefixes = Lexicon.levelPrefixes.words
    static let verbalComparators = Lexicon.verbalComparators.words
    static let metricForwardStops = Lexicon.metricForwardStops.words
    static let eventVerbs = Lexicon.eventVerbs.words
    static let clauseAnnualWords = Lexicon.clauseAnnualWords.words
    static let averageStatistics = Lexicon.averageStatistics.words
    static let awardWords = Lexicon.awardWords.words
    static let previousYearWords = Lexicon.previousYearWords.words
    static let pastPeriodWords = Lexicon.pastPeriodWords.words
    static let recipientMarkers = Lexicon.recipientMarkers.words

    /// Comparator phrases as words, longest first, since the first that matches wins.
    private static func longestFirst(_ rows: [(written: String, comparator: Comparator)])
        -> [(word: Word, comparator: Comparator)]
    {
        rows.map { (Word($0.written), $0.comparator) }.sorted { $0.word.count > $1.word.count }
    }
}
