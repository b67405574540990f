/// Finds the deadlines a plan states (`到2025年`, `2023年底前`, `2024年6月底前`, `2023年,`) and
/// the stretch of text each one governs.
///
/// A deadline phrase scopes the text after it up to the next heading, so that
/// `到2025年,...` opening a goals paragraph dates every target of that paragraph; a later
/// phrase in the same stretch takes over from there.
struct DeadlineReader: Sendable {
    /// One stated deadline.
    struct Phrase: Sendable, Hashable {
        /// Offset of the phrase.
        var start: Int
        /// Offset one past the phrase.
        var end: Int
        /// The deadline it states.
        var day: CalendarDay
        /// Offset where its scope ends (the next heading).
        var scopeEnd: Int
    }

    /// The phrases in text order.
    let phrases: [Phrase]

    /// Finds the deadline phrases of `text`.
    /// - Parameter landmarks: The landmarks of `text`, when already found.
    init(_ text: ScalarText, outline: SectionOutline, landmarks: Landmarks? = nil) {
        let landmarks = landmarks ?? Landmarks(text)
        var found: [Phrase] = []
        var offset = 0
        var landmark = 0
        // A year starts with a digit, a landmark.
        while let start = landmarks.first(atOrAfter: offset, cursor: &landmark) {
            offset = start
            guard let scalar = text[safe: offset], ChineseNumeral.arabicDigit(scalar) != nil,
                let number = ChineseNumeral.readArabic(in: text, at: offset)
            else {
                offset += 1
                continue
            }
            defer { offset = max(offset + 1, number.end) }
            guard number.integerDigits == 4, !number.hasDecimals, let value = number.value,
                (1990...2100).contains(value), text[safe: number.end] == "年",
                text[safe: offset - 1].map(Self.isDash) != true
            else { continue }
            if let phrase = Self.phrase(in: text, year: Int(value), number: number) {
                var scopeEnd = outline.nextHeading(after: phrase.end, end: text.count)
                if phrase.isBareYear {
                    // "2023年," without 到 dates its own paragraph only.
                    var lineEnd = phrase.end
                    while lineEnd < scopeEnd, text.scalars[lineEnd] != "\n" { lineEnd += 1 }
                    scopeEnd = lineEnd
                }
                found.append(Phrase(start: phrase.start, end: phrase.end, day: phrase.day, scopeEnd: scopeEnd))
            }
        }
        // "十四五"期间, 到"十四五"末: the last year of the five-year plan.
        var search = 0
        landmark = 0
        // The name of a five-year plan starts with a landmark.
        while let offset = landmarks.first(atOrAfter: search, cursor: &landmark) {
            guard let word = Words.fiveYearPlanWords.match(in: text, at: offset) else {
                search = offset + 1
                continue
            }
            let match = (offset: offset, word: word)
            var after = match.offset + match.word.count
            while let scalar = text[safe: after], Self.isQuote(scalar) { after += 1 }
            if let period = Words.periodWords.match(in: text, at: after),
                let plan = Words.fiveYearPlans.first(where: { $0.word == match.word })
            {
                var start = match.offset
                while let scalar = text[safe: start - 1], Self.isQuote(scalar) { start -= 1 }
                if let prefix = text.first(of: Words.deadlinePrefixes, endingAt: start) { start -= prefix.count }
                let end = after + period.count
                found.append(
                    Phrase(
                        start: start, end: end, day: .endOfYear(plan.start + 4),
                        scopeEnd: outline.nextHeading(after: end, end: text.count)))
            }
            search = match.offset + match.word.count
        }
        phrases = found.sorted { $0.start < $1.start }
    }

    static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "“" || scalar == "”" || scalar == "\"" || scalar == "‘" || scalar == "’"
    }

    /// The phrase in force at `offset`: the last one before it whose scope reaches it.
    ///
    /// Scopes end at headings, so an earlier phrase never reaches further than a later one:
    /// the last phrase that starts before `offset` decides.
    /// - Complexity: O(log *p*) in the number of phrases.
    func deadline(at offset: Int) -> Phrase? {
        guard let index = lastIndex(startingAtOrBefore: offset) else { return nil }
        return phrases[index].scopeEnd > offset ? phrases[index] : nil
    }

    /// The phrase that starts exactly at `offset`, if any.
    func phrase(startingAt offset: Int) -> Phrase? {
        guard let index = lastIndex(startingAtOrBefore: offset), phrases[index].start == offset else { return nil }
        return phrases[index]
    }

    func lastIndex(startingAtOrBefore offset: Int) -> Int? {
        var low = 0
        var high = phrases.count
        while low < high {
            let middle = (low + high) / 2
            if phrases[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// Whether `scalar` joins two years of a range (`2023-2025年`).
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "－" || scalar == "—" || scalar == "–" || scalar == "~" || scalar == "～"
    }

    static let monthEnd = Word("月")
    static let monthEndSuffixes = ["底前", "末前", "前", "底", "末"].words
    static let yearStartOpeners: Set<Unicode.Scalar> = [",", "，", "、"]

    /// Reads the deadline phrase around the year `number`, if it states one.
    static func phrase(
        in text: ScalarText, year: Int, number: NumberReading
    ) -> (start: Int, end: Int, day: CalendarDay, isBareYear: Bool)? {
        let yearMark = number.end  // offset of 年
        var start = number.start
        let prefix = text.first(of: Words.deadlinePrefixes, endingAt: number.start)
        if let prefix { start -= prefix.count }
        // 2024年6月底前
        if let month = ChineseNumeral.readArabic(in: text, at: yearMark + 1), month.integerDigits <= 2,
            let monthValue = month.value, text.has(monthEnd, at: month.end)
        {
            let afterMonth = month.end + 1
            if let suffix = text.first(of: monthEndSuffixes, at: afterMonth),
                let day = CalendarDay.endOfMonth(Int(monthValue), of: year)
            {
                return (start, afterMonth + suffix.count, day, false)
            }
            if prefix != nil, let day = CalendarDay.endOfMonth(Int(monthValue), of: year) {
                return (start, afterMonth, day, false)
            }
            return nil
        }
        // 2024年上半年, 2024年第一季度
        if let period = Words.periodEnds.first(where: { text.has($0.word, at: yearMark + 1) }),
            let day = CalendarDay.endOfMonth(period.month, of: year)
        {
            return (start, yearMark + 1 + period.word.count, day, false)
        }
        // 2023年底前, 2025年前, 到2026年年底前
        if let suffix = Words.yearEndSuffixes.first(where: { text.has($0, at: yearMark) }), suffix.count > 1 {
            return (start, yearMark + suffix.count, .endOfYear(year), false)
        }
        if prefix != nil {
            return (start, yearMark + 1, .endOfYear(year), false)
        }
        // 2023年, opening a goals paragraph; 2023年全年
        if let after = text[safe: yearMark + 1], yearStartOpeners.contains(after) {
            return (start, yearMark + 1, .endOfYear(year), true)
        }
        if let within = Words.withinYear.first(where: { text.has($0, at: yearMark + 1) }) {
            return (start, yearMark + 1 + within.count, .endOfYear(year), false)
        }
        return nil
    }
}
