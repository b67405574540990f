/// A value in a cell of an indicator table, read with the table's written conventions.
///
/// - `1500`, `2.8`: the value, in the row's unit (`亿元`, `%`) when the cell states none.
/// - `>2.8`, `≥100`, `≤30`, `90以上`: a bound; a strict sign is read as the inclusive one.
/// - `[13.5]`: a value accumulated over the whole period (a 十四五 table's 累计 figure):
///   ``isCumulative``, which a target stores as an increment.
/// - `3-5`: a range; `60.6*`: a value with a footnote mark.
/// - `—`, `-`, `/`, an empty cell: no value.
///
/// ```swift
/// IndicatorValue(cell: "≥100", unit: "亿元")?.value       // 10000000000
/// IndicatorValue(cell: "[13.5]", unit: "%")?.isCumulative  // true
/// IndicatorValue(cell: "—", unit: "%")                     // nil
/// ```
struct IndicatorValue: Sendable, Hashable {
    /// The value in the base unit; the lower end of a range.
    var value: Double
    /// The upper end of a range (`3-5`), else `nil`.
    var valueMax: Double?
    /// The base unit of ``value``.
    var unit: Unit
    /// The family of the unit, when the vocabulary knows it.
    var family: Lexicon.UnitFamily?
    /// How an achieved figure compares with the value.
    var comparator: Comparator
    /// Whether the value accumulates over the period (`[13.5]`).
    var isCumulative: Bool

    /// Reads `cell`, in the column's `unit` when the cell states none.
    /// - Returns: `nil` when the cell states no value or holds no number.
    init?(cell: String, unit: String?) {
        var written = cell.trimmingSpaces
        while let last = written.unicodeScalars.last, Lexicon.footnoteMarks.contains(String(last)) {
            written = String(String.UnicodeScalarView(written.unicodeScalars.dropLast())).trimmingSpaces
        }
        guard !written.isEmpty, !Lexicon.noValueMarks.contains(written) else { return nil }
        var comparator = Self.strippingSign(&written)
        isCumulative = false
        if let bracket = Lexicon.cumulativeBrackets.first(where: {
            written.hasPrefix($0.open) && written.hasSuffix($0.close)
        }) {
            isCumulative = true
            written =
                String(
                    String.UnicodeScalarView(
                        written.unicodeScalars.dropFirst(bracket.open.unicodeScalars.count)
                            .dropLast(bracket.close.unicodeScalars.count))
                ).trimmingSpaces
            comparator = Self.strippingSign(&written) ?? comparator
        }
        let text = ScalarText(written)
        guard let lower = Self.quantity(in: text, at: 0, unit: unit) else { return nil }
        var rest = lower.end
        var upper: Double?
        if let joiner = Words.rangeJoiners.first(where: { text.has($0, at: rest) }),
            let read = Self.quantity(in: text, at: rest + joiner.count, unit: unit)
        {
            upper = read.value
            rest = read.end
        }
        if let suffix = Words.comparatorSuffixes.first(where: { text.has($0.word, at: rest) }) {
            comparator = suffix.comparator
            rest += suffix.word.count
        }
        guard rest == text.count else { return nil }
        value = lower.value
        valueMax = upper
        self.unit = lower.form?.base ?? Unit(rawValue: unit ?? "")
        family = lower.form?.family
        self.comparator = upper != nil ? .range : comparator ?? .exactly
    }

    /// The number at `offset` of `text`, in the column's `unit` when no unit follows it.
    /// - Returns: The value in the base unit, its unit form and where the number (and any unit
    ///   written after it) ends in `text`.
    private static func quantity(in text: ScalarText, at offset: Int, unit: String?) -> (
        value: Double, form: Lexicon.UnitForm?, end: Int
    )? {
        guard let reading = QuantityReader.read(in: text, at: offset), let value = reading.value else {
            return nil
        }
        if reading.form == nil, let unit,
            let scaled = QuantityReader.read(in: ScalarText(text.string(offset, reading.end) + unit), at: 0),
            let scaledValue = scaled.value, scaled.form != nil
        {
            return (scaledValue, scaled.form, reading.end)
        }
        return (value, reading.form, reading.end)
    }

    /// Removes a sign such as `≥` from the start of `written`.
    /// - Returns: The comparator of the sign, or `nil` when none leads.
    private static func strippingSign(_ written: inout String) -> Comparator? {
        guard let sign = Lexicon.tableComparators.first(where: { written.hasPrefix($0.written) }) else {
            return nil
        }
        written =
            String(
                String.UnicodeScalarView(written.unicodeScalars.dropFirst(sign.written.unicodeScalars.count))
            ).trimmingSpaces
        return sign.comparator
    }

    /// Whether `written` is a unit alone that the vocabulary knows (`%`, `亿元`, `万人`).
    static func isUnit(_ written: String) -> Bool {
        let text = ScalarText("1" + written)
        guard let reading = QuantityReader.read(in: text, at: 0) else { return false }
        return reading.end == text.count && reading.form != nil
    }
}
