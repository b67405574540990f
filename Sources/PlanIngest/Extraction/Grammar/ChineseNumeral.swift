/// A number as written in the text: its span, its value, and how it was written.
struct NumberReading: Sendable, Hashable {
    /// How the digits were written.
    enum Script: Sendable, Hashable {
        /// `1500`, `１２３`, `3.55`, `1,500`.
        case arabic
        /// `一千二百`, `两`, `壹佰`.
        case chinese
    }

    /// Offset of the first scalar of the number.
    var start: Int
    /// Offset one past the last scalar.
    var end: Int
    /// The value, or `nil` for a vague numeral (`十几`, `上百`).
    var value: Double?
    /// How the digits were written.
    var script: Script
    /// Number of integer digits for Arabic numbers (a year has four).
    var integerDigits: Int = 0
    /// Whether an Arabic number has a decimal part.
    var hasDecimals: Bool = false
}

/// Reads Arabic and Chinese numerals from scalar text.
///
/// ```swift
/// ChineseNumeral.value(of: "一千二百万")  // 12000000
/// ChineseNumeral.value(of: "两")         // 2
/// ChineseNumeral.value(of: "一万三")     // 13000: a closing digit counts in the next lower place
/// ChineseNumeral.value(of: "十四五")     // nil: a plan name, not a number
/// ```
enum ChineseNumeral {
    /// The value of an ASCII or full-width digit.
    static func arabicDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    /// Whether `scalar` can be part of a Chinese numeral.
    ///
    /// Called on every scalar of the text, so it checks the CJK block first and only then
    /// looks the scalar up in the lexicon tables.
    static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        isChineseNumeral(scalar, bits: numeralBits)
    }

    /// ``isChineseNumeral(_:)`` with the table passed in, so that a loop over a whole text
    /// reads the static table once rather than checking its lazy initialisation at every scalar.
    static func isChineseNumeral(_ scalar: Unicode.Scalar, bits: [UInt64]) -> Bool {
        let value = scalar.value
        guard value >= 0x25CB else { return false }
        if value == 0x3007 || value == 0x25CB { return true }
        guard value >= 0x4E00, value <= 0x9FFF else { return false }
        let bit = Int(value - 0x4E00)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// One bit per CJK unified ideograph (U+4E00...U+9FFF): set for the numeral characters.
    /// A bit test instead of a hashed set lookup, because this runs on every scalar.
    static let numeralBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (0x9FFF - 0x4E00) / 64 + 1)
        let scalars = Set(Lexicon.digits.keys).union(Lexicon.smallScales.keys).union(Lexicon.largeScales.keys)
            .union(Lexicon.tensNumerals.keys).union([Lexicon.fuzzyDigit])
        for scalar in scalars where scalar.value >= 0x4E00 && scalar.value <= 0x9FFF {
            let bit = Int(scalar.value - 0x4E00)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        return bits
    }()

    /// What one numeral character stands for: a digit, a scale that works inside a section
    /// of four digits (十, 百, 千) or closes one (万, 亿), or whole tens (廿, 卅).
    struct Meaning: Sendable {
        var digit: Int?
        var smallScale: Double?
        var largeScale: Double?
        var tens: Double?
    }

    /// The meaning of a numeral character from ``Lexicon/digits``, ``Lexicon/smallScales``,
    /// ``Lexicon/largeScales`` and ``Lexicon/tensNumerals``, or `nil` for any other scalar.
    ///
    /// A table indexed by the scalar rather than three hashed look-ups: numerals are read at
    /// every candidate number in the text.
    static func meaning(of scalar: Unicode.Scalar) -> Meaning? {
        let slot = Int(scalar.value) - meaningTableBase
        guard slot >= 0, slot < meaningSlots.count else { return nil }
        let index = Int(meaningSlots[slot])
        return index == 0 ? nil : meanings[index - 1]
    }

    /// The lowest numeral scalar (○), where ``meaningSlots`` starts.
    private static let meaningTableBase = 0x25CB

    /// The numeral characters, in scalar order.
    private static let meaningScalars: [Unicode.Scalar] = Set(Lexicon.digits.keys)
        .union(Lexicon.smallScales.keys).union(Lexicon.largeScales.keys).union(Lexicon.tensNumerals.keys)
        .sorted { $0.value < $1.value }

    private static let meanings: [Meaning] = meaningScalars.map { scalar in
        Meaning(
            digit: Lexicon.digits[scalar], smallScale: Lexicon.smallScales[scalar],
            largeScale: Lexicon.largeScales[scalar], tens: Lexicon.tensNumerals[scalar])
    }

    /// For each scalar from ``meaningTableBase`` up to the last numeral: 0, or one more than the
    /// index of its entry in ``meanings``.
    private static let meaningSlots: [UInt8] = {
        let last = meaningScalars.last.map { Int($0.value) } ?? meaningTableBase
        var slots = [UInt8](repeating: 0, count: last - meaningTableBase + 1)
        for (index, scalar) in meaningScalars.enumerated() where Int(scalar.value) >= meaningTableBase {
            slots[Int(scalar.value) - meaningTableBase] = UInt8(index + 1)
        }
        return slots
    }()

    /// Reads an Arabic number (`1,500`, `3.55`, `１２３`) starting at `offset`.
    static func readArabic(in text: ScalarText, at offset: Int) -> NumberReading? {
        guard let first = text[safe: offset], arabicDigit(first) != nil else { return nil }
        if let before = text[safe: offset - 1], arabicDigit(before) != nil { return nil }
        var index = offset
        var integer: Double = 0
        var digits = 0
        // Digits since the last separator: a first group holds one to three, later ones three.
        var groupDigits = 0
        var groups = 0
        while true {
            if let scalar = text[safe: index], let digit = arabicDigit(scalar) {
                integer = integer * 10 + Double(digit)
                digits += 1
                groupDigits += 1
                index += 1
                continue
            }
            // A thousands separator, ASCII or full-width: exactly three digits follow.
            if let separator = text[safe: index], separator == "," || separator == "，",
                groups == 0 ? (1...3).contains(groupDigits) : groupDigits == 3,
                (1...3).allSatisfy({ text[safe: index + $0].flatMap(arabicDigit) != nil }),
                text[safe: index + 4].flatMap(arabicDigit) == nil
            {
                index += 1
                groups += 1
                groupDigits = 0
                continue
            }
            break
        }
        var value = integer
        var hasDecimals = false
        if let point = text[safe: index], point == "." || point == "．",
            let next = text[safe: index + 1], let firstDecimal = arabicDigit(next)
        {
            var scale = 0.1
            value += Double(firstDecimal) * scale
            index += 2
            while let scalar = text[safe: index], let digit = arabicDigit(scalar) {
                scale /= 10
                value += Double(digit) * scale
                index += 1
            }
            hasDecimals = true
            value = rounded(value)
        }
        return NumberReading(
            start: offset, end: index, value: value, script: .arabic, integerDigits: digits,
            hasDecimals: hasDecimals)
    }

    /// Reads a Chinese numeral (`一千二百`, `十五`, `两`, `十几`) starting at `offset`.
    ///
    /// A run of numeral characters that is not a well-formed number (`十四五`, `五五`) is not
    /// read, so that plan names are never taken for quantities.
    static func readChinese(in text: ScalarText, at offset: Int) -> NumberReading? {
        guard let first = text[safe: offset] else { return nil }
        let meaning = self.meaning(of: first)
        let startsWithScale = meaning?.smallScale != nil || meaning?.largeScale != nil
        // Only a scale word needs a vague word before it to start a number (上百, 数千).
        let vaguePrefix =
            startsWithScale && Words.fuzzyPrefixes.first { text.has($0, endingAt: offset) } != nil
        guard
            meaning?.digit != nil || meaning?.tens != nil || first == "十" || first == "拾"
                || vaguePrefix || first == Lexicon.fuzzyDigit
        else { return nil }
        if let before = text[safe: offset - 1], isChineseNumeral(before) { return nil }
        var end = offset
        // 五十万千瓦: a unit that begins with a numeral's character (千瓦, 千克) ends the numeral.
        while let scalar = text[safe: end], isChineseNumeral(scalar),
            end == offset || !QuantityReader.startsUnit(in: text, at: end, longerThan: 1)
        {
            end += 1
        }
        let run = text.scalars[offset..<end]
        let isFuzzy = run.contains(Lexicon.fuzzyDigit) || vaguePrefix
        if isFuzzy {
            return NumberReading(start: offset, end: end, value: nil, script: .chinese)
        }
        guard var value = value(of: run) else { return nil }
        // 六点五, 零点五, 十三点五: decimal digits after 点 are read one by one.
        var hasDecimals = false
        if let point = text[safe: end], Lexicon.decimalPoints.contains(point),
            text[safe: end + 1].flatMap({ Self.meaning(of: $0)?.digit }) != nil
        {
            var scale = 0.1
            end += 1
            while let scalar = text[safe: end], let digit = Self.meaning(of: scalar)?.digit {
                value += Double(digit) * scale
                scale /= 10
                end += 1
            }
            value = rounded(value)
            hasDecimals = true
        }
        return NumberReading(
            start: offset, end: end, value: value, script: .chinese, hasDecimals: hasDecimals)
    }

    /// The value of a Chinese numeral, or `nil` when it is not a well-formed number.
    static func value(of text: String) -> Double? {
        value(of: Array(text.unicodeScalars)[...])
    }

    /// The value of a Chinese numeral given as scalars.
    static func value(of run: ArraySlice<Unicode.Scalar>) -> Double? {
        guard !run.isEmpty else { return nil }
        let hasScale = run.contains { scalar in
            meaning(of: scalar).map { $0.smallScale != nil || $0.largeScale != nil || $0.tens != nil } == true
        }
        if !hasScale {
            // Positional digits: 二〇二三. A single digit is itself.
            var value: Double = 0
            for scalar in run {
                guard let digit = meaning(of: scalar)?.digit else { return nil }
                value = value * 10 + Double(digit)
            }
            return run.count == 1 || run.count == 4 ? value : nil
        }
        var total: Double = 0
        var section: Double = 0
        var number: Double? = nil
        var lastSmallScale: Double = 1e9
        // The scale just before the last digit, and whether a 零 came between them: a digit
        // straight after 百, 千, 万 or 亿 closing the numeral counts in the next lower place
        // (一万三 is 13000, 两千四百五 is 2450), as people say and write it.
        var scaleBeforeDigit: Double? = nil
        for scalar in run {
            let meaning = meaning(of: scalar)
            if let digit = meaning?.digit {
                // Two digits in a row are only allowed after 零 (一百零五).
                if let previous = number, previous != 0 { return nil }
                if number == 0 { scaleBeforeDigit = nil }
                number = Double(digit)
            } else if let scale = meaning?.smallScale {
                if scale >= lastSmallScale { return nil }
                section += (number ?? 1) * scale
                number = nil
                lastSmallScale = scale
                scaleBeforeDigit = scale
            } else if let tens = meaning?.tens {
                // 廿五, 二百卅: whole tens, with no digit of their own before them.
                if number != nil || lastSmallScale <= 10 { return nil }
                section += tens
                lastSmallScale = 10
                scaleBeforeDigit = 10
            } else if let scale = meaning?.largeScale {
                section += number ?? 0
                if section == 0 && total == 0 { return nil }
                if scale >= 1e8 {
                    total = (total + section) * scale
                } else {
                    total += section * scale
                }
                section = 0
                number = nil
                lastSmallScale = 1e9
                scaleBeforeDigit = scale
            } else {
                return nil
            }
        }
        if let digit = number, let scale = scaleBeforeDigit, scale >= 100 {
            return total + section + digit * scale / 10
        }
        return total + section + (number ?? 0)
    }

    /// Removes binary floating-point noise: 3.5500000000000003 becomes 3.55.
    static func rounded(_ value: Double) -> Double {
        guard value.isFinite, abs(value) < 1e15 else { return value }
        return (value * 1e6).rounded() / 1e6
    }
}
