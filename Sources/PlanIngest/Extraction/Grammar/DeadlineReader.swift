/// Finds the deadlines a plan states (`到2025年`, `2023年底前`, `2024年6月底前`, `今年`,
/// `"十四五"期间`, a heading `三、2026年工作安排`) and the stretch of text each one governs.
///
/// - A phrase that opens a paragraph (`到2025年,...`) dates the text up to the next heading.
/// - A phrase inside a paragraph dates the rest of its sentence, or, when a colon follows it in
///   that sentence, the list the sentence introduces (to the end of the paragraph); never the
///   next sentence.
/// - A phrase in a heading, and a heading that names a year (`三、2026年工作安排`), date the
///   whole section under that heading.
/// - Words relative to the document's year (`今年`, `年内`, `全年`, `明年`) resolve against the
///   reference year the caller gives.
struct DeadlineReader: Sendable {
    /// One stated deadline.
    struct Phrase: Sendable, Hashable {
        /// Offset of the phrase.
        var start: Int
        /// Offset one past the phrase.
        var end: Int
        /// The deadline it states.
        var day: CalendarDay
        /// Offset where its scope ends.
        var scopeEnd: Int
        /// Whether the text states the deadline or a heading above it does.
        var source: DeadlineSource = .stated
    }

    /// Every phrase, in text order.
    let phrases: [Phrase]
    /// The phrases that date their sentence or list, in text order.
    private let sentencePhrases: [Phrase]
    /// The phrases that date up to the next heading or the end of their section, in text order.
    private let longPhrases: [Phrase]
    /// For each long phrase, the nearest earlier one whose scope holds it.
    private let enclosing: [Int?]

    /// Finds the deadline phrases of `text`.
    /// - Parameters:
    ///   - referenceYear: The year the document speaks from (`今年`), when known.
    ///   - landmarks: The landmarks of `text`, when already found.
    /// - Complexity: O(*n*) in the length of the text.
    init(_ text: ScalarText, outline: SectionOutline, referenceYear: Int? = nil, landmarks: Landmarks? = nil)
    {
        let landmarks = landmarks ?? Landmarks(text)
        var found: [(start: Int, end: Int, day: CalendarDay)] = []
        var offset = 0
        var landmark = 0
        // A year starts with a digit, a landmark.
        while let start = landmarks.first(atOrAfter: offset, cursor: &landmark) {
            offset = start
            guard let number = Self.yearNumber(in: text, at: offset) else {
                offset += 1
                continue
            }
            defer { offset = max(offset + 1, number.end) }
            guard let value = number.value, text[safe: number.end] == "年",
                text[safe: offset - 1].map(Self.isDash) != true
            else { continue }
            if let phrase = Self.phrase(in: text, year: Int(value), number: number) {
                found.append((phrase.start, phrase.end, phrase.day))
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
            var after = offset + word.count
            while let scalar = text[safe: after], Self.isQuote(scalar) { after += 1 }
            if let period = Words.periodWords.match(in: text, at: after),
                let plan = Words.fiveYearPlans.first(where: { $0.word == word })
            {
                var start = offset
                while let scalar = text[safe: start - 1], Self.isQuote(scalar) { start -= 1 }
                // 比"十三五"末提高5个百分点: the base of a change, not a deadline.
                if Words.baselineMarkers.match(in: text, endingAt: start) != nil {
                    search = offset + word.count
                    continue
                }
                if let prefix = text.first(of: Words.deadlinePrefixes, endingAt: start) {
                    start -= prefix.count
                }
                found.append((start, after + period.count, .endOfYear(plan.start + 4)))
            }
            search = offset + word.count
        }
        found.sort { $0.start < $1.start }
        var scopes = ScopeFinder(text: text, outline: outline)
        var sentencePhrases: [Phrase] = []
        var longPhrases: [Phrase] = []
        for phrase in found {
            if let heading = outline.headingIndex(before: phrase.start),
                phrase.end <= outline.headings[heading].titleEnd
            {
                longPhrases.append(
                    Phrase(
                        start: phrase.start, end: phrase.end, day: phrase.day,
                        scopeEnd: outline.sectionEnds[heading]))
            } else if Self.opensParagraph(text, at: phrase.start) {
                longPhrases.append(
                    Phrase(
                        start: phrase.start, end: phrase.end, day: phrase.day,
                        scopeEnd: outline.nextHeading(after: phrase.end, end: text.count)))
            } else {
                sentencePhrases.append(
                    Phrase(
                        start: phrase.start, end: phrase.end, day: phrase.day,
                        scopeEnd: scopes.end(after: phrase.end)))
            }
        }
        // 今年, 年内, 明年 date their sentence, unless a stated year already does: relative words
        // never override 到2025年 before them in the same sentence.
        if let referenceYear {
            var relativeScopes = ScopeFinder(text: text, outline: outline)
            let explicit = sentencePhrases
            var stated = 0
            for relative in Self.relativePhrases(in: text, year: referenceYear) {
                while stated < explicit.count, explicit[stated].scopeEnd <= relative.start { stated += 1 }
                if stated < explicit.count, explicit[stated].start < relative.start { continue }
                sentencePhrases.append(
                    Phrase(
                        start: relative.start, end: relative.end, day: relative.day,
                        scopeEnd: relativeScopes.end(after: relative.end)))
            }
            sentencePhrases.sort { $0.start < $1.start }
        }
        // 三、2026年工作安排: a heading that names a year dates its section, unless a phrase in its
        // title does already. Both lists run in text order, so one cursor finds that phrase.
        var inTitle = 0
        let titlePhrases = longPhrases
        for (index, heading) in outline.headings.enumerated() {
            while inTitle < titlePhrases.count, titlePhrases[inTitle].start < heading.start { inTitle += 1 }
            let titleHasPhrase = inTitle < titlePhrases.count && titlePhrases[inTitle].end <= heading.titleEnd
            guard !titleHasPhrase,
                let year = Self.headingYear(in: text, from: heading.bodyStart, to: heading.titleEnd)
            else { continue }
            longPhrases.append(
                Phrase(
                    start: heading.start, end: heading.start, day: .endOfYear(year),
                    scopeEnd: outline.sectionEnds[index], source: .section))
        }
        // 附件1 / 2026年省十件民生实事: an annex's title line that opens with a year dates the annex.
        for line in Self.annexTitleLines(in: text, landmarks: landmarks) {
            longPhrases.append(
                Phrase(start: line.start, end: line.end, day: .endOfYear(line.year), scopeEnd: line.scopeEnd))
        }
        longPhrases.sort { $0.start < $1.start }
        // Scopes nest: each long phrase points to the nearest earlier one whose scope holds it.
        var enclosing: [Int?] = []
        var open: [Int] = []
        for (index, phrase) in longPhrases.enumerated() {
            while let last = open.last, longPhrases[last].scopeEnd <= phrase.start { open.removeLast() }
            enclosing.append(open.last)
            open.append(index)
        }
        self.sentencePhrases = sentencePhrases
        self.longPhrases = longPhrases
        self.enclosing = enclosing
        // A section's phrase has no words of its own, so it is not a phrase to skip over.
        phrases = (sentencePhrases + longPhrases).filter { $0.end > $0.start }.sorted { $0.start < $1.start }
    }

    /// The phrase in force at `offset`: the nearest phrase of its sentence or list, else the
    /// nearest paragraph, heading or section phrase whose scope reaches it.
    /// - Complexity: O(log *p*) in the number of phrases, and a few steps up nested sections.
    func deadline(at offset: Int) -> Phrase? {
        if let index = Self.lastIndex(in: sentencePhrases, startingAtOrBefore: offset),
            sentencePhrases[index].scopeEnd > offset
        {
            return sentencePhrases[index]
        }
        // Sections nest: the innermost phrase that still reaches `offset` decides.
        var index = Self.lastIndex(in: longPhrases, startingAtOrBefore: offset)
        while let current = index {
            if longPhrases[current].scopeEnd > offset { return longPhrases[current] }
            index = enclosing[current]
        }
        return nil
    }

    /// The phrase that starts exactly at `offset`, if any.
    func phrase(startingAt offset: Int) -> Phrase? {
        guard let index = Self.lastIndex(in: phrases, startingAtOrBefore: offset),
            phrases[index].start == offset
        else { return nil }
        return phrases[index]
    }

    static func lastIndex(in phrases: [Phrase], startingAtOrBefore offset: Int) -> Int? {
        var low = 0
        var high = phrases.count
        while low < high {
            let middle = (low + high) / 2
            if phrases[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// Whether only a heading number, white space, quotes or a hedge stand between the start of
    /// the line and `offset` (looking back a few characters, so that a long line costs nothing).
    static func opensParagraph(_ text: ScalarText, at offset: Int) -> Bool {
        var index = offset
        for _ in 0..<12 {
            guard let scalar = text[safe: index - 1] else { return true }
            if scalar == "\n" { return true }
            if let hedge = text.first(of: Words.hedges, endingAt: index) {
                index -= hedge.count
                continue
            }
            guard
                scalar.properties.isWhitespace || isQuote(scalar) || openerMarks.contains(scalar)
                    || ChineseNumeral.arabicDigit(scalar) != nil || ChineseNumeral.isChineseNumeral(scalar)
            else { return false }
            index -= 1
        }
        return false
    }

    /// Whether `scalar` ends a sentence (a semicolon does not: it separates items of one list).
    static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "。" || scalar == "！" || scalar == "？" || scalar == "!" || scalar == "?" || scalar == "\n"
    }

    /// Marks of a heading's numbering, which may stand before a paragraph's opening phrase.
    static let openerMarks: Set<Unicode.Scalar> = ["、", ".", "．", "(", ")", "（", "）", "：", ":"]

    /// The year a heading names for its section (`2026年工作安排`, `2026年的重点工作`), unless the
    /// heading reviews the past.
    static func headingYear(in text: ScalarText, from start: Int, to end: Int) -> Int? {
        guard !Words.pastSectionWords.occurs(in: text, from: start, to: end) else { return nil }
        var offset = start
        while offset < end {
            if let number = ChineseNumeral.readArabic(in: text, at: offset) {
                if number.integerDigits == 4, !number.hasDecimals, let value = number.value,
                    (1990...2100).contains(value), text[safe: number.end] == "年",
                    Words.pastPeriodWords.match(in: text, at: number.end + 1) == nil
                {
                    return Int(value)
                }
                offset = number.end
            } else {
                offset += 1
            }
        }
        return nil
    }

    /// A year written with four digits at `offset`: `2027`, or `二〇二七` as formal texts write it.
    static func yearNumber(in text: ScalarText, at offset: Int) -> NumberReading? {
        guard let scalar = text[safe: offset] else { return nil }
        let number: NumberReading?
        if ChineseNumeral.arabicDigit(scalar) != nil {
            number = ChineseNumeral.readArabic(in: text, at: offset).flatMap {
                $0.integerDigits == 4 && !$0.hasDecimals ? $0 : nil
            }
        } else {
            number = ChineseNumeral.readChinese(in: text, at: offset).flatMap {
                $0.end - $0.start == 4 && !$0.hasDecimals ? $0 : nil
            }
        }
        guard let number, let value = number.value, (1990...2100).contains(value) else { return nil }
        return number
    }

    /// The title line of an annex that opens with a year (`附件1` then `2026年省十件民生实事`):
    /// it dates the annex, up to the next annex line or the end of the text.
    static func annexTitleLines(in text: ScalarText, landmarks: Landmarks) -> [(
        start: Int, end: Int, year: Int, scopeEnd: Int
    )] {
        var found: [(start: Int, end: Int, year: Int, scopeEnd: Int)] = []
        var offset = 0
        while let annex = Words.annexMarkers.firstOccurrence(in: text, from: offset, to: text.count) {
            offset = annex.offset + annex.word.count
            guard annex.offset == 0 || text.scalars[annex.offset - 1] == "\n" else { continue }
            var lineEnd = offset
            while lineEnd < text.count, lineEnd - offset < 12, text.scalars[lineEnd] != "\n" { lineEnd += 1 }
            // The title is the next line, or the rest of the annex line (附件1：2026年……).
            var start = lineEnd + 1
            if let colon = (offset..<min(lineEnd, text.count)).first(where: {
                text.scalars[$0] == "：" || text.scalars[$0] == ":"
            }) {
                start = colon + 1
            }
            guard let number = yearNumber(in: text, at: start), let value = number.value,
                text.has(Words.yearMark, at: number.end),
                // 2025年5月12日 is a date line, not a title.
                ChineseNumeral.readArabic(in: text, at: number.end + 1).map({ text.has(monthEnd, at: $0.end) }
                ) != true
            else { continue }
            var end = number.end
            while end < text.count, text.scalars[end] != "\n" { end += 1 }
            if let previous = found.indices.last { found[previous].scopeEnd = annex.offset }
            found.append((start, end, Int(value), text.count))
            offset = end
        }
        return found
    }

    /// `今年`, `年内`, `全年`, `明年`, `今年6月底前`, `今年上半年`: deadlines relative to `year`.
    static func relativePhrases(in text: ScalarText, year: Int) -> [(start: Int, end: Int, day: CalendarDay)]
    {
        var found: [(start: Int, end: Int, day: CalendarDay)] = []
        var offset = 0
        let words = Words.relativeYearWords
        while offset < text.count {
            // 三年内, 2025年全年: a relative word right after a number belongs to that number.
            guard words.mayStart(with: text.scalars[offset]),
                let match = words.matchIndex(in: text, at: offset),
                text[safe: offset - 1].map({
                    $0 == "年" || ChineseNumeral.arabicDigit($0) != nil || ChineseNumeral.isChineseNumeral($0)
                }) != true
            else {
                offset += 1
                continue
            }
            let phraseYear = year + Words.relativeYears[match].offset
            var end = offset + words.words[match].count
            var day = CalendarDay.endOfYear(phraseYear)
            if let period = Words.periodEnds.first(where: { text.has($0.word, at: end) }),
                let periodEnd = CalendarDay.endOfMonth(period.month, of: phraseYear)
            {
                day = periodEnd
                end += period.word.count
            } else if let month = ChineseNumeral.readArabic(in: text, at: end), month.integerDigits <= 2,
                let value = month.value, text.has(monthEnd, at: month.end),
                let suffix = text.first(of: monthEndSuffixes, at: month.end + 1),
                let monthEnd = CalendarDay.endOfMonth(Int(value), of: phraseYear)
            {
                day = monthEnd
                end = month.end + 1 + suffix.count
            }
            found.append((offset, end, day))
            offset = end
        }
        return found
    }

    static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "“" || scalar == "”" || scalar == "\"" || scalar == "‘" || scalar == "’"
    }

    /// Whether `scalar` joins two years of a range (`2023-2025年`).
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "－" || scalar == "—" || scalar == "–" || scalar == "~" || scalar == "～"
    }

    static let monthEnd = Word(Lexicon.monthMark)
    static let monthEndSuffixes = Lexicon.afterMonthSuffixes.words
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

/// Where a deadline phrase's sentence, or the list it introduces, ends.
///
/// Phrases are visited in text order, so each search starts where the last one stopped or
/// later: finding every scope is linear in the text.
private struct ScopeFinder {
    let text: ScalarText
    let outline: SectionOutline
    private var sentenceEnd = -1
    private var colon = -1
    private var lineEnd = -1

    init(text: ScalarText, outline: SectionOutline) {
        self.text = text
        self.outline = outline
    }

    /// The end of the sentence after `offset`, or of its paragraph when a colon in the sentence
    /// introduces a list; never past the next heading.
    mutating func end(after offset: Int) -> Int {
        sentenceEnd = Self.next(
            in: text, from: offset, after: sentenceEnd, where: DeadlineReader.isSentenceEnd)
        colon = Self.next(in: text, from: offset, after: colon) { $0 == "：" || $0 == ":" }
        lineEnd = Self.next(in: text, from: offset, after: lineEnd) { $0 == "\n" }
        let heading = outline.nextHeading(after: offset, end: text.count)
        return min(colon < sentenceEnd ? lineEnd : sentenceEnd, heading)
    }

    /// The first offset at or after `offset` whose scalar passes `test` (or the text's end),
    /// reusing `previous` when it already lies there.
    static func next(
        in text: ScalarText, from offset: Int, after previous: Int, where test: (Unicode.Scalar) -> Bool
    )
        -> Int
    {
        if previous >= offset { return previous }
        var index = offset
        while index < text.count, !test(text.scalars[index]) { index += 1 }
        return index
    }
}
