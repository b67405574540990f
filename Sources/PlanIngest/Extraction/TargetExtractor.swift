/// Reads a plan's plain text and returns its metadata, targets and numeric mentions.
///
/// Extraction runs in two passes. A fast scan over Unicode scalars finds every number with its
/// scale, unit and range (`1.5万`, `5亿元`, `3-5个`, `百分之三十`); then the words around each
/// number decide whether it is a commitment and fill the target's fields: comparator, metric
/// in either word order, kind, increment, hedge, recurrence, deadline, section and responsible
/// units. The vocabulary lives in ``Lexicon``.
///
/// ```swift
/// let extraction = TargetExtractor().extraction(of: "到2025年,高新技术企业达1500家。")
/// extraction.targets[0].metric    // "高新技术企业"
/// extraction.targets[0].value     // 1500
/// extraction.targets[0].deadline  // 2025-12-31
/// ```
public struct TargetExtractor: Sendable {
    /// Whether results carry ``Extraction/evidence``, which only `plantrack explain` shows.
    public var includesEvidence: Bool

    /// Creates an extractor.
    /// - Parameter includesEvidence: Whether to record which words gave each field of each
    ///   target. Naming them costs a string per field; leave it out when nothing shows it.
    public init(includesEvidence: Bool = true) {
        self.includesEvidence = includesEvidence
    }

    /// Extracts everything from `text`.
    /// - Parameter text: The document's plain text, as `plantrack text` prints it.
    /// - Returns: Metadata, targets in text order, and every numeric mention with its verdict.
    /// - Complexity: O(*n*) in the length of the text.
    public func extraction(of text: String) -> Extraction {
        let source = ScalarText(text)
        let tables = PlainTable.tables(in: source)
        guard !tables.isEmpty else { return extraction(of: source) }
        // Tables are read by their headers; extraction reads the rest of the text as written.
        let tableTargets = TableTargets(tables: tables)
        var extraction = extraction(of: tableTargets.masking(source))
        tableTargets.amend(&extraction, text: source, includesEvidence: includesEvidence)
        return extraction
    }

    /// Extracts everything from `source`, read as sentences.
    private func extraction(of source: ScalarText) -> Extraction {
        let landmarks = Landmarks(source)
        let metadata = MetadataReader.metadata(of: source, landmarks: landmarks)
        let outline = SectionOutline(source, landmarks: landmarks)
        var quantities: [QuantityReading] = []
        var offset = 0
        var landmark = 0
        let numeralBits = ChineseNumeral.numeralBits
        // A number starts with a digit or a numeral, both landmarks.
        while let start = landmarks.first(atOrAfter: offset, cursor: &landmark) {
            offset = start
            let scalar = source.scalars[offset]
            let mayStartNumber =
                ChineseNumeral.arabicDigit(scalar) != nil
                || ChineseNumeral.isChineseNumeral(scalar, bits: numeralBits)
            guard mayStartNumber, let quantity = QuantityReader.read(in: source, at: offset)
            else {
                offset += 1
                continue
            }
            offset = max(offset + 1, quantity.end)
            // 一 in 进一步, 三 in 三年: a Chinese numeral with neither unit nor scale is a word.
            if quantity.number.script == .chinese, quantity.unit == nil, !quantity.hasScale { continue }
            quantities.append(quantity)
        }
        let presentYear = ReferenceYear.presentYear(in: source, landmarks: landmarks)
        let context = DocumentContext(
            text: source, metadata: metadata, outline: outline,
            responsibilities: ResponsibilityReader(source, landmarks: landmarks),
            deadlines: DeadlineReader(
                source, outline: outline,
                referenceYear: ReferenceYear.year(of: metadata, presentYear: presentYear),
                landmarks: landmarks),
            namedSets: Self.namedSets(in: source, quantities: quantities), presentYear: presentYear,
            includesEvidence: includesEvidence)
        var targets: [Target] = []
        var evidence: [TargetEvidence] = []
        var mentions: [Mention] = []
        var mentionOfTarget: [Int] = []
        for quantity in quantities {
            let verdict = TargetReader(context: context, quantity: quantity).verdict()
            if let target = verdict.target {
                targets.append(target)
                if let found = verdict.evidence { evidence.append(found) }
                mentionOfTarget.append(mentions.count)
            }
            mentions.append(verdict.mention)
        }
        let repeats = Set(Self.headlineRepeats(targets, in: source))
        for index in repeats {
            mentions[mentionOfTarget[index]].isTarget = false
            mentions[mentionOfTarget[index]].reason = RejectionRule.headlineRepeat.reason
            mentions[mentionOfTarget[index]].rule = .headlineRepeat
        }
        if !repeats.isEmpty {
            targets = targets.indices.filter { !repeats.contains($0) }.map { targets[$0] }
            if !evidence.isEmpty {
                evidence = evidence.indices.filter { !repeats.contains($0) }.map { evidence[$0] }
            }
        }
        return Extraction(document: metadata, targets: targets, mentions: mentions, evidence: evidence)
    }

    /// Targets on a headline line (a line with no sentence end, such as a news title) whose value,
    /// unit and metric the body states again: the body statement is the one to keep.
    /// - Returns: Indices into `targets`, ascending.
    static func headlineRepeats(_ targets: [Target], in text: ScalarText) -> [Int] {
        // Headlines sit before the body: stop at the first line that holds a sentence end, so
        // that the scan is linear in the text and never reaches a body of unpunctuated lists.
        var bodyStart = 0
        var lineStart = 0
        var offset = 0
        while offset < text.count {
            let scalar = text.scalars[offset]
            if scalar == "\n" {
                lineStart = offset + 1
            } else if TargetReader.sentenceStops.contains(scalar) {
                bodyStart = lineStart
                break
            }
            offset += 1
        }
        // Text with no sentence end at all has no body to restate a headline.
        guard offset < text.count else { return [] }
        // The body's targets by figure, so that each headline target meets only its own figure.
        func figure(_ target: Target) -> String {
            "\(target.unit.rawValue)|\(target.comparator.rawValue)|\(ChineseNumeral.rounded(target.value))|"
                + (target.valueMax.map { "\(ChineseNumeral.rounded($0))" } ?? "")
        }
        var bodyByFigure: [String: [String]] = [:]
        for target in targets where target.span.start >= bodyStart {
            bodyByFigure[figure(target), default: []].append(target.metric)
        }
        var repeats: [Int] = []
        for (index, target) in targets.enumerated() where target.span.end <= bodyStart {
            let restated = bodyByFigure[figure(target)]?.contains { metric in
                metric.contains(target.metric) || target.metric.contains(metric)
            }
            if restated == true { repeats.append(index) }
        }
        return repeats
    }

    /// Counted sets the plan works within rather than aims at: `围绕11个产业链` makes every
    /// later or earlier `11个产业链` a name, not a goal.
    static func namedSets(in text: ScalarText, quantities: [QuantityReading]) -> Set<String> {
        var sets: Set<String> = []
        for quantity in quantities where quantity.unit != nil {
            var lead = quantity.start
            while let previous = text[safe: lead - 1], previous.isInlineSpace { lead -= 1 }
            if Words.scopeWords.contains(where: { text.has($0, endingAt: lead) }) {
                sets.insert(namedSetKey(in: text, quantity))
            }
        }
        return sets
    }

    /// The number, unit and the two scalars after it: `11个产业`.
    static func namedSetKey(in text: ScalarText, _ quantity: QuantityReading) -> String {
        text.string(quantity.start, min(text.count, quantity.end + 2))
    }

    /// Whether a number can start with `scalar`: a digit, a Chinese numeral, or 百分之.
    static func mayStartNumber(_ scalar: Unicode.Scalar) -> Bool {
        ChineseNumeral.arabicDigit(scalar) != nil || ChineseNumeral.isChineseNumeral(scalar)
    }
}

/// What the extractor knows about the whole document while it reads one number.
///
/// A class, so that each number's reader shares it with one reference count instead of
/// retaining every array and string it holds.
final class DocumentContext: Sendable {
    let text: ScalarText
    let metadata: DocumentMetadata
    let outline: SectionOutline
    let responsibilities: ResponsibilityReader
    let deadlines: DeadlineReader
    /// Counted sets named as the scope of work (`围绕11个产业链`), as number + unit + noun start.
    let namedSets: Set<String>
    /// For each heading of ``outline``, whether it or a heading above it reviews the past.
    let pastSections: [Bool]
    /// Whether verdicts name the words that gave each field.
    let includesEvidence: Bool
    /// The year a `YYYY年是……之年` sentence presents as the current one.
    let presentYear: Int?
    /// Where the glossary of terms after the text starts (`名词解释`), if there is one.
    let glossaryStart: Int?

    init(
        text: ScalarText, metadata: DocumentMetadata, outline: SectionOutline,
        responsibilities: ResponsibilityReader, deadlines: DeadlineReader, namedSets: Set<String>,
        presentYear: Int?, includesEvidence: Bool
    ) {
        self.includesEvidence = includesEvidence
        self.presentYear = presentYear
        self.glossaryStart = Glossary.start(in: text)
        self.text = text
        self.metadata = metadata
        self.outline = outline
        self.responsibilities = responsibilities
        self.deadlines = deadlines
        self.namedSets = namedSets
        var pastSections: [Bool] = []
        for (index, heading) in outline.headings.enumerated() {
            let label = ScalarText(heading.label)
            let reviewsPast = Words.pastSectionWords.occurs(in: label, from: 0, to: label.count)
            pastSections.append(reviewsPast || outline.parents[index].map { pastSections[$0] } == true)
        }
        self.pastSections = pastSections
    }

    /// Whether a heading above `offset` reviews the past (`工作回顾`).
    func isPastSection(at offset: Int) -> Bool {
        outline.headingIndex(before: offset).map { pastSections[$0] } ?? false
    }

    /// The first year the plan looks forward from: its horizon start, else its issue year.
    var firstPlanYear: Int? {
        metadata.horizon?.startYear ?? metadata.issueDate?.year
    }

    /// The year whose end dates every target the text leaves undated: a yearly plan's
    /// (`2023年全市科技工作要点`), or, for a document with no horizon, the year it presents as
    /// the current one (`2026年是"十五五"开局之年`, as a year's work report opens).
    var planYear: Int? {
        if let horizon = metadata.horizon {
            return horizon.startYear == horizon.endYear ? horizon.endYear : nil
        }
        return presentYear
    }
}
