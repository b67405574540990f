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
    /// Creates an extractor.
    public init() {}

    /// Extracts everything from `text`.
    /// - Parameter text: The document's plain text, as `plantrack text` prints it.
    /// - Returns: Metadata, targets in text order, and every numeric mention with its verdict.
    /// - Complexity: O(*n*) in the length of the text.
    public func extraction(of text: String) -> Extraction {
        let source = ScalarText(text)
        let metadata = MetadataReader.metadata(of: source)
        let outline = SectionOutline(source)
        let context = DocumentContext(
            text: source, metadata: metadata, outline: outline,
            responsibilities: ResponsibilityReader(source),
            deadlines: DeadlineReader(source, outline: outline))
        var targets: [Target] = []
        var mentions: [Mention] = []
        var offset = 0
        let count = source.count
        while offset < count {
            let scalar = source.scalars[offset]
            guard Self.mayStartNumber(scalar), let quantity = QuantityReader.read(in: source, at: offset) else {
                offset += 1
                continue
            }
            let verdict = TargetReader(context: context, quantity: quantity).verdict()
            mentions.append(verdict.mention)
            if let target = verdict.target { targets.append(target) }
            offset = max(offset + 1, quantity.end)
        }
        return Extraction(document: metadata, targets: targets, mentions: mentions)
    }

    /// Whether a number can start with `scalar`: a digit, a Chinese numeral, or 百分之.
    static func mayStartNumber(_ scalar: Unicode.Scalar) -> Bool {
        ChineseNumeral.arabicDigit(scalar) != nil || ChineseNumeral.isChineseNumeral(scalar)
    }
}

/// What the extractor knows about the whole document while it reads one number.
struct DocumentContext: Sendable {
    let text: ScalarText
    let metadata: DocumentMetadata
    let outline: SectionOutline
    let responsibilities: ResponsibilityReader
    let deadlines: DeadlineReader

    /// The year of a yearly plan (`2023年全市科技工作要点`), whose targets all fall due at its end.
    var planYear: Int? {
        guard let horizon = metadata.horizon, horizon.startYear == horizon.endYear else { return nil }
        return horizon.endYear
    }
}
