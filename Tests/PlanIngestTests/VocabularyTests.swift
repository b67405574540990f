import Testing

@testable import PlanIngest

/// The vocabulary file: every row is well formed, every role is read by the grammar, and every
/// unit and comparator row works after a number.
@Suite struct VocabularyTests {
    static let unitRows = Lexicon.vocabulary.rows("units")
    static let comparatorSuffixRows = Lexicon.vocabulary.rows("comparatorSuffixes")
    static let comparatorPrefixRows = Lexicon.vocabulary.rows("comparatorPrefixes")

    @Test func parsesRolesPhrasesAndEscapes() {
        let vocabulary = Vocabulary(tsv: "# comment\n\nroleA\tx\t1\nroleA\ty\nroleB\t\\n\n")
        #expect(vocabulary.phrases("roleA") == ["x", "y"])
        #expect(vocabulary.rows("roleA")[0].number(at: 0) == 1)
        #expect(vocabulary.scalars("roleB") == ["\n"])
        #expect(vocabulary.rows("missing").isEmpty)
    }

    @Test func holdsAtLeast150MeasureWordsAndUnits() {
        #expect(Self.unitRows.count >= 150)
        #expect(Set(Self.unitRows.map(\.phrase)).count == Self.unitRows.count, "a unit is listed twice")
    }

    @Test(arguments: unitRows)
    func everyUnitRowIsReadAfterANumber(_ row: Vocabulary.Row) throws {
        #expect(Lexicon.UnitFamily(rawValue: row.attribute(at: 2)) != nil, "\(row.phrase): family")
        #expect(row.number(at: 1) > 0, "\(row.phrase): factor")
        let reading = try #require(QuantityReader.read(in: ScalarText("12" + row.phrase + "。"), at: 0))
        #expect(reading.unit?.rawValue == row.attribute(at: 0), "12\(row.phrase)")
        #expect(abs((reading.value ?? 0) - 12 * row.number(at: 1)) < 1e-9, "12\(row.phrase)")
    }

    @Test(arguments: comparatorSuffixRows)
    func everyComparatorSuffixSetsTheComparator(_ row: Vocabulary.Row) throws {
        let expected = try #require(Comparator(rawValue: row.attribute(at: 0)))
        let target = try #require(
            TargetExtractor().extraction(of: "到2025年，新增高新技术企业100家\(row.phrase)。").targets.first)
        #expect(target.comparator == expected, "100家\(row.phrase)")
    }

    @Test(arguments: comparatorPrefixRows)
    func everyComparatorPrefixSetsTheComparator(_ row: Vocabulary.Row) throws {
        let expected = try #require(Comparator(rawValue: row.attribute(at: 0)))
        let target = try #require(
            TargetExtractor().extraction(of: "到2025年，高新技术企业数量\(row.phrase)100家。").targets.first,
            "nothing read for \(row.phrase)")
        #expect(target.comparator == expected, "\(row.phrase)100家")
    }

    @Test func everyRoleOfTheFileIsKnown() {
        let known: Set<String> = [
            "baseYearFoundations", "fiveYearEndWords", "doublings", "digits", "smallScales", "largeScales",
            "decimalPoints", "minusSigns", "fuzzyPrefixes",
            "fuzzyDigit",
            "fractionPrefixes", "rangeJoiners", "roundingSuffixes", "units", "scaleWords", "mixedScaleWords",
            "perCapitaPrefixes", "comparatorSuffixes", "comparatorPrefixes", "reachWords", "hedges",
            "assurances",
            "incrementVerbs", "objectVerbs", "metricStopVerbs", "metricPrepositions", "stockWords",
            "totalWords",
            "supportVerbs", "eventVerbs", "outputWords", "sizeWords", "subsetMarkers", "levelPrefixes",
            "verbalComparators", "glossaryHeadings", "tenthsUnits", "unitFractions", "metricForwardStops",
            "previousYearWords", "pastPeriodWords", "recipientMarkers", "baselineMarkers", "growthWords",
            "deltaWords", "subsidyWords", "metricLeadingNoise", "metricTrailingNoise", "yearEndSuffixes",
            "deadlinePrefixes", "periodEnds", "withinYear", "relativeYears", "presentYearMarkers",
            "presentYearEnds", "distributiveMarker", "pageNumberWords", "headingUnitWords", "currencySigns",
            "sharedMetricNouns", "yearMark",
            "monthMark",
            "afterMonthSuffixes", "annexMarkers", "metadataLabels", "totalIncrementVerbs",
            "standingResponsibilityMarkers",
            "standingResponsibilityTail", "structureMarkers", "structureNouns",
            "baselineFromMarker",
            "changeToWords", "projectNameNouns", "specificationMarks", "listSizeMarkers", "fiveYearPlans",
            "fiveYearPeriodWords",
            "multiYearWords", "yearlyPlanWords", "planWords", "annualWords", "clauseAnnualWords",
            "responsibilityLabels", "responsibilityTails", "leadMarker", "etcetera", "responsibilityNotes",
            "unitPrefixes", "unitSuffixes", "dateSuffixes", "ordinalPrefixes", "nameSuffixes", "pastMarkers",
            "existingVerbs", "continuationMarkers", "monthEndSuffixes", "awardWords", "metricTimeWords",
            "averageStatistics", "pastSentenceMarkers", "pastSectionWords", "parameterLeads",
            "perUnitMarkers",
            "scopeWords", "unitLookalikes", "sentenceEnds", "clauseEnds", "chromeClassWords",
            "contentClassWords", "chromeCaptions", "chromeLineStarts", "visitorCounterLabels",
            "fontSizeLabels", "fontSizes", "pageActions", "weekdayWords",
            "tableHeaders", "indicatorAttributes", "tableComparators", "noValueMarks", "cumulativeBrackets",
            "footnoteMarks", "commonCharacters", "tensNumerals", "fractionMarkers", "reportPeriodWords",
            "reportPeriodOrdinals", "durationSuffixes", "metricWholeNouns",
        ]
        let roles = Set(Lexicon.vocabulary.rowsByRole.keys)
        #expect(roles.subtracting(known).isEmpty, "roles no code reads: \(roles.subtracting(known))")
        #expect(known.subtracting(roles).isEmpty, "roles with no rows: \(known.subtracting(roles))")
    }
}

/// The table of rules by which a number is not a target.
@Suite struct RejectionRuleTests {
    @Test func everyRuleHasItsOwnNameAndReason() {
        let rules = RejectionRule.allCases
        #expect(Set(rules.map(\.rawValue)).count == rules.count)
        #expect(Set(rules.map(\.reason)).count == rules.count)
        #expect(rules.allSatisfy { !$0.reason.isEmpty })
    }

    @Test func aRejectedMentionNamesItsRule() throws {
        let extraction = TargetExtractor().extraction(of: "某市2026年工作要点\n第十二届博览会如期举办。")
        let mention = try #require(extraction.mentions.last)
        #expect(mention.rule == .ordinal)
        #expect(mention.reason == RejectionRule.ordinal.reason)
    }
}

/// No phrase is listed twice under one role: a repeated row is a sign of a role read twice.
@Test func noRoleListsAPhraseTwice() {
    for (role, rows) in Lexicon.vocabulary.rowsByRole {
        let phrases = rows.map(\.phrase)
        #expect(
            Set(phrases).count == phrases.count,
            "\(role) repeats \(phrases.filter { p in phrases.filter { $0 == p }.count > 1 })")
    }
}
