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
        guard var reading = unsignedReading(in: text, at: offset) else { return nil }
        // 负3.9%, -2.5%: a sign that no number stands before (3-5个 and 50%-60% are ranges).
        if let sign = text[safe: offset - 1], Lexicon.minusSigns.contains(sign),
            !endsQuantity(in: text, at: offset - 1)
        {
            reading.start = offset - 1
            reading.value = reading.value.map { -$0 }
            reading.valueMax = reading.valueMax.map { -$0 }
        }
        // ￥500万, $3亿: a currency sign before a number without a unit gives its unit.
        if reading.form == nil, let sign = Words.currencySigns.match(in: text, endingAt: reading.start),
            let form = Words.unitForms[Lexicon.currencySigns.first { $0.written == sign.text }?.unit ?? ""]
        {
            reading.start -= sign.count
            reading.form = form
            reading.value = reading.value.map { ChineseNumeral.rounded($0 * form.factor) }
            reading.valueMax = reading.valueMax.map { ChineseNumeral.rounded($0 * form.factor) }
        }
        return reading
    }

    private static func unsignedReading(in text: ScalarText, at offset: Int) -> QuantityReading? {
        if let prefix = Words.fractionPrefixes.first(where: { text.has($0.word, at: offset) }) {
            let numberStart = offset + prefix.word.count
            guard let number = readNumber(in: text, at: numberStart), let value = number.value
            else { return nil }
            return QuantityReading(
                start: offset, end: number.end, number: number,
                value: ChineseNumeral.rounded(value * prefix.percent), valueMax: nil, form: percentForm,
                hasScale: false, scale: 1, isOpenEnded: false)
        }
        // 翻一番: the numeral stands after 翻, and the phrase is a growth of 100%.
        if let doubling = Words.doublings.first(where: { text.has($0.word, at: offset - 1) }),
            let number = readNumber(in: text, at: offset)
        {
            let form = Lexicon.UnitForm(written: "%", base: .percent, factor: 1, family: .percent)
            return QuantityReading(
                start: offset - 1, end: offset - 1 + doubling.word.count, number: number,
                value: doubling.percent, valueMax: nil, form: form, hasScale: false, scale: 1,
                isOpenEnded: false)
        }
        guard let number = readNumber(in: text, at: offset) else { return nil }
        if let fraction = fraction(in: text, denominator: number) { return fraction }
        var (index, scale, hasScale) = scales(in: text, at: number.end)
        // 5万4千6百: Arabic digits under smaller scales after the first scale add to it.
        var addition = 0.0
        if hasScale, number.script == .arabic {
            var lastFactor = scale
            while let digits = ChineseNumeral.readArabic(in: text, at: index), !digits.hasDecimals,
                let part = digits.value,
                let word = Words.mixedScaleWords.first(where: { text.has($0.word, at: digits.end) }),
                word.factor < lastFactor, !startsUnit(in: text, at: digits.end, longerThan: word.word.count)
            {
                addition += part * word.factor
                lastFactor = word.factor
                index = digits.end + word.word.count
            }
        }
        var isOpenEnded = false
        if let suffix = text.first(of: Words.roundingSuffixes, at: index) {
            isOpenEnded = true
            index += suffix.count
        }
        var form = unitForm(in: text, at: index)
        if let form { index += form.written.unicodeScalars.count }
        // 七成五, 两成半: a digit or a fraction word after a unit of tenths adds to it.
        if form != nil, Words.tenthsUnits.match(in: text, endingAt: index) != nil {
            if let scalar = text[safe: index], let digit = Lexicon.digits[scalar], digit > 0,
                !(text[safe: index + 1].map(ChineseNumeral.isChineseNumeral) ?? false),
                unitForm(in: text, at: index + 1) == nil
            {
                addition += Double(digit) / 10 / scale
                index += 1
            } else if let fraction = Words.unitFractions.first(where: { text.has($0.word, at: index) }) {
                addition += fraction.fraction / scale
                index += fraction.word.count
            }
        }
        var valueMax: Double?
        // A range: 3-5个, 3至5家, 60%-95%, 1-2亿元.
        if number.value != nil, !isOpenEnded, let joiner = text.first(of: Words.rangeJoiners, at: index),
            let second = readNumber(in: text, at: index + joiner.count), second.script == number.script,
            let secondValue = second.value
        {
            var (secondIndex, secondScale, secondHasScale) = scales(in: text, at: second.end)
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
        let value = number.value.map { ChineseNumeral.rounded(($0 * scale + addition) * (form?.factor ?? 1)) }
            .flatMap { $0.isFinite ? $0 : nil }
        if let maximum = valueMax, !maximum.isFinite { valueMax = nil }
        return QuantityReading(
            start: offset, end: index, number: number, value: value, valueMax: valueMax, form: form,
            hasScale: hasScale, scale: scale, isOpenEnded: isOpenEnded)
    }

    /// A value read as a percentage (`百分之三十`, `三分之一`).
    private static let percentForm = Lexicon.UnitForm(
        written: "%", base: .percent, factor: 1, family: .percent)

    /// `三分之一` (33.3333%), `二分之一` (50%): a fraction of two numerals, as a percentage,
    /// when `denominator` is followed by a fraction marker and a numerator.
    private static func fraction(in text: ScalarText, denominator: NumberReading) -> QuantityReading? {
        guard let denominatorValue = denominator.value, denominatorValue > 0,
            let marker = text.first(of: Words.fractionMarkers, at: denominator.end),
            let numerator = readNumber(in: text, at: denominator.end + marker.count),
            numerator.script == denominator.script, let numeratorValue = numerator.value
        else { return nil }
        return QuantityReading(
            start: denominator.start, end: numerator.end, number: denominator,
            value: ChineseNumeral.rounded(numeratorValue / denominatorValue * 100), valueMax: nil,
            form: percentForm, hasScale: false, scale: 1, isOpenEnded: false)
    }

    /// The scale words at `offset` (`万`, `亿`, `千万`), multiplied; a unit that begins with a
    /// scale's character wins over the scale (`50万千瓦` is 50万 千瓦, not 50万千).
    /// - Returns: Where the scale words end, their product (1 when none), and whether any was read.
    private static func scales(in text: ScalarText, at offset: Int) -> (
        end: Int, scale: Double, hasScale: Bool
    ) {
        var index = offset
        var scale = 1.0
        var hasScale = false
        while let match = Words.scaleWords.first(where: { text.has($0.word, at: index) }),
            !startsUnit(in: text, at: index, longerThan: match.word.count)
        {
            // 万人 after a number is 万 + 人, but 万元 is 万 + 元: both read as scale + unit.
            scale *= match.factor
            hasScale = true
            index += match.word.count
            if scale >= 1e12 { break }
        }
        return (index, scale, hasScale)
    }

    /// Whether a number, or a number's unit, ends just before `offset`.
    private static func endsQuantity(in text: ScalarText, at offset: Int) -> Bool {
        guard let before = text[safe: offset - 1] else { return false }
        if ChineseNumeral.arabicDigit(before) != nil || ChineseNumeral.isChineseNumeral(before) {
            return true
        }
        return Words.unitWords.match(in: text, endingAt: offset) != nil
    }

    /// Whether a unit longer than `length` scalars starts at `offset` (千瓦 over the scale 千).
    static func startsUnit(in text: ScalarText, at offset: Int, longerThan length: Int) -> Bool {
        guard let form = unitForm(in: text, at: offset) else { return false }
        return form.written.unicodeScalars.count > length
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
