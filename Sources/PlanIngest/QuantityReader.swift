/// A number with its scale, range end and unit, as read at one place in the text.
struct QuantityReading: Sendable {
    /// Offset of the first scalar (the number, or `百分之`).
    var start: Int
    /// Offset one past the unit (or the number when no unit follows).
    var end: Int
    /// The first number as written.
    var number: NumberReading
    /// The value in the base unit; `nil` for a vague numeral.
    var value: Double?
    /// The upper end of a range in the base unit.
    var valueMax: Double?
    /// The unit as read, when one follows.
    var form: Lexicon.UnitForm?
    /// Whether a scale word (万, 亿) followed the number.
    var hasScale: Bool
    /// The product of the scale words (1 when none).
    var scale: Double
    /// Whether `多` or `余` follows the number (`100多家`).
    var isOpenEnded: Bool

    /// The base unit, when one was read.
    var unit: Unit? { form?.base }
}

/// Reads `1.5万`, `5亿元`, `3-5个`, `60%-95%`, `百分之三十`, `1.5个百分点` at a given offset.
enum QuantityReader {
    /// Reads the quantity whose number starts at `offset`.
    /// - Returns: `nil` when no number starts there.
    static func read(in text: ScalarText, at offset: Int) -> QuantityReading? {
        if text.has(Words.percentPrefix, at: offset) || text.has(Words.perMillePrefix, at: offset) {
            let factor = text.has(Words.percentPrefix, at: offset) ? 1.0 : 0.1
            let numberStart = offset + Words.percentPrefix.count
            guard let number = readNumber(in: text, at: numberStart), let value = number.value
            else { return nil }
            let form = Lexicon.UnitForm(written: "%", base: .percent, factor: 1, family: .percent)
            return QuantityReading(
                start: offset, end: number.end, number: number,
                value: ChineseNumeral.rounded(value * factor), valueMax: nil, form: form,
                hasScale: false, scale: 1, isOpenEnded: false)
        }
        guard let number = readNumber(in: text, at: offset) else { return nil }
        var index = number.end
        var scale = 1.0
        var hasScale = false
        do {
            while let match = Words.scaleWords.first(where: { text.has($0.word, at: index) }) {
                // 万人 after a number is 万 + 人, but 万元 is 万 + 元: both read as scale + unit.
                scale *= match.factor
                hasScale = true
                index += match.word.count
                if scale >= 1e12 { break }
            }
        }
        var isOpenEnded = false
        if let suffix = text.first(of: Words.roundingSuffixes, at: index) {
            isOpenEnded = true
            index += suffix.count
        }
        var form = unitForm(in: text, at: index)
        if let form { index += form.written.unicodeScalars.count }
        var valueMax: Double?
        // A range: 3-5个, 3至5家, 60%-95%, 1-2亿元.
        if number.value != nil, !isOpenEnded, let joiner = text.first(of: Words.rangeJoiners, at: index),
            let second = readNumber(in: text, at: index + joiner.count), second.script == number.script,
            let secondValue = second.value
        {
            var secondIndex = second.end
            var secondScale = 1.0
            var secondHasScale = false
            while let match = Words.scaleWords.first(where: { text.has($0.word, at: secondIndex) }) {
                secondScale *= match.factor
                secondHasScale = true
                secondIndex += match.word.count
                if secondScale >= 1e12 { break }
            }
            let secondForm = unitForm(in: text, at: secondIndex)
            let formsAgree = form == nil || secondForm == nil || form?.base == secondForm?.base
            let isDateRange = text.first(of: Words.dateSuffixes, at: secondIndex) != nil
            let rangeForm = form ?? secondForm
            let rangeScale = !hasScale && secondHasScale ? secondScale : scale
            let lower = (number.value ?? 0) * rangeScale * (rangeForm?.factor ?? 1)
            let upper = ChineseNumeral.rounded(
                secondValue * (rangeForm?.factor ?? 1) * (secondHasScale ? secondScale : scale))
            // 6-4所 is not a range: an upper end below the lower end leaves two separate numbers.
            let isOrdered = upper >= ChineseNumeral.rounded(lower)
            if formsAgree && !isDateRange && rangeForm != nil && isOrdered {
                if !hasScale && secondHasScale {
                    scale = secondScale
                    hasScale = true
                }
                form = rangeForm
                if let secondForm { secondIndex += secondForm.written.unicodeScalars.count }
                valueMax = upper
                index = secondIndex
            }
        }
        // A value too large for a Double is not a figure anyone commits to.
        let value = number.value.map { ChineseNumeral.rounded($0 * scale * (form?.factor ?? 1)) }
            .flatMap { $0.isFinite ? $0 : nil }
        if let maximum = valueMax, !maximum.isFinite { valueMax = nil }
        return QuantityReading(
            start: offset, end: index, number: number, value: value, valueMax: valueMax, form: form,
            hasScale: hasScale, scale: scale, isOpenEnded: isOpenEnded)
    }

    /// Reads an Arabic or Chinese number at `offset`.
    static func readNumber(in text: ScalarText, at offset: Int) -> NumberReading? {
        ChineseNumeral.readArabic(in: text, at: offset) ?? ChineseNumeral.readChinese(in: text, at: offset)
    }

    /// The unit written at `offset`, if any.
    static func unitForm(in text: ScalarText, at offset: Int) -> Lexicon.UnitForm? {
        guard let index = Words.unitWords.matchIndex(in: text, at: offset) else { return nil }
        if text.first(of: Words.unitLookalikes, at: offset) != nil { return nil }
        return Words.unitFormsInMatchOrder[index]
    }
}
