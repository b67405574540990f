/// Reads what a plan says about itself: title, issuer, document number, date, region, horizon.
///
/// Government web pages put these in a header (`发布机关:`, `发文字号:`, `成文日期:`), in the
/// notice that forwards the plan (`关于印发《...》的通知`), and in the title itself
/// (`三年行动方案(2023-2025年)`, `2023年全市科技工作要点`).
enum MetadataReader {
    /// Header labels and the field they fill.
    enum Field: String { case title, issuer, documentNumber, issueDate }

    /// Header labels and the field they fill, from the vocabulary's `metadataLabels` rows. A
    /// label of no field (`来源`, where a page was reprinted) is read only to end the field before.
    static let labels: [(word: Word, field: Field?, isPublication: Bool)] = Lexicon.vocabulary.rows(
        "metadataLabels"
    )
    .map { (Word($0.phrase), Field(rawValue: $0.attribute(at: 0)), $0.attribute(at: 1) == "published") }
    .sorted { $0.word.count > $1.word.count }

    /// The label words as a set, so that the header scan tests one bit per scalar.
    static let labelWords = WordSet(labels.map(\.word))

    static let forwardOpen = Word("关于印发")
    static let aboutWord = Word("关于")
    static let titleOpen: Unicode.Scalar = "《"
    static let titleClose: Unicode.Scalar = "》"
    static let regionSuffixes: [Unicode.Scalar] = ["市", "省", "县", "区", "旗", "盟", "州"]
    static let year = Word("年")

    /// Reads the metadata of `text`, looking mostly at its first few thousand scalars.
    /// - Parameter landmarks: The landmarks of `text`, when already found.
    static func metadata(of text: ScalarText, landmarks: Landmarks? = nil) -> DocumentMetadata {
        let landmarks = landmarks ?? Landmarks(text)
        var metadata = DocumentMetadata()
        var publicationDate: CalendarDay?
        let headEnd = min(text.count, 6000)
        // Labelled header fields.
        var offset = 0
        var landmark = 0
        // A label starts with a landmark.
        while let start = landmarks.first(atOrAfter: offset, cursor: &landmark), start < headEnd {
            offset = start
            if labelWords.mayStart(with: text.scalars[offset]), labelWords.match(in: text, at: offset) != nil,
                let match = labels.first(where: { text.has($0.word, at: offset) })
            {
                var start = offset + match.word.count
                while let scalar = text[safe: start], scalar.isInlineSpace { start += 1 }
                if let colon = text[safe: start], colon == ":" || colon == "：" {
                    start += 1
                    while let scalar = text[safe: start], scalar.isInlineSpace { start += 1 }
                    var end = start
                    while let scalar = text[safe: end], scalar != "\n", scalar != "\r", end - start < 200 {
                        // Two header fields on one line are separated by a run of spaces, or by
                        // one space or a table cell's tab before the next label.
                        if scalar.isInlineSpace, let next = text[safe: end + 1], next.isInlineSpace { break }
                        if scalar == " " || scalar == "\t",
                            labels.contains(where: { text.has($0.word, at: end + 1) })
                        {
                            break
                        }
                        end += 1
                    }
                    var value = text.trimmedString(start, end)
                    if match.field != .title { value = Self.firstField(of: value) }
                    if !value.isEmpty, let field = match.field {
                        switch field {
                        case .title:
                            if metadata.title == nil { metadata.title = innerTitle(value) ?? value }
                        case .issuer:
                            if metadata.issuer == nil { metadata.issuer = value }
                        case .documentNumber:
                            if metadata.documentNumber == nil { metadata.documentNumber = value }
                        case .issueDate where match.isPublication:
                            if publicationDate == nil { publicationDate = date(in: value) }
                        case .issueDate:
                            if metadata.issueDate == nil { metadata.issueDate = date(in: value) }
                        }
                    }
                    offset = end
                    continue
                }
            }
            offset += 1
        }
        if metadata.title == nil { metadata.title = forwardedTitle(in: text, before: headEnd) }
        if metadata.title == nil { metadata.title = headingTitle(in: text, before: headEnd) }
        if metadata.issuer == nil, let forward = text.find(forwardOpen, from: 0, to: headEnd) {
            var start = forward
            while let scalar = text[safe: start - 1], scalar != "\n", !Lexicon.clauseEnds.contains(scalar),
                forward - start < 80
            {
                start -= 1
            }
            let issuer = text.trimmedString(start, forward)
            if !issuer.isEmpty { metadata.issuer = issuer }
        }
        if metadata.issuer == nil, let title = metadata.title {
            // 某省人民政府关于加快建设科技强省的实施意见: the body before 关于 issues it.
            let titleText = ScalarText(title)
            if let about = titleText.find(aboutWord, from: 1, to: titleText.count) {
                let issuer = titleText.string(0, about)
                let issuerText = ScalarText(issuer)
                if Words.unitSuffixes.match(in: issuerText, endingAt: issuerText.count) != nil {
                    metadata.issuer = issuer
                }
            }
        }
        if metadata.documentNumber == nil {
            metadata.documentNumber = documentNumber(in: text, before: headEnd, landmarks: landmarks)
        }
        if metadata.issueDate == nil {
            let titleOffset = metadata.title.flatMap { text.find(Word($0), from: 0, to: headEnd) } ?? 0
            let dates = signatureDates(
                in: text, before: headEnd, landmarks: landmarks, titleOffset: titleOffset)
            metadata.issueDate = dates.signature ?? publicationDate ?? dates.other
        }
        metadata.region = region(of: metadata.issuer ?? metadata.title)
        metadata.horizon = horizon(ofTitle: metadata.title, issueYear: metadata.issueDate?.year)
        return metadata
    }

    /// A header value without a following `label:` field on the same line
    /// (`滨科字〔2022〕73号 有 效 性: 0` → `滨科字〔2022〕73号`).
    static func firstField(of value: String) -> String {
        let scalars = Array(value.unicodeScalars)
        guard let colon = scalars.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return value }
        var index = colon - 1
        // Walk back over the label (which may itself contain spaces, 有 效 性) to the space before it.
        var sawText = false
        while index > 0 {
            let scalar = scalars[index]
            if scalar.isInlineSpace {
                if sawText, index > 0, !scalars[index - 1].isInlineSpace,
                    colon - index > 6 || !labelLike(scalars, index, colon)
                {
                    break
                }
            } else {
                sawText = true
            }
            index -= 1
        }
        // Keep what stands before the first space run that precedes the label.
        var cut = 0
        for (offset, scalar) in scalars.enumerated() where scalar.isInlineSpace {
            cut = offset
            break
        }
        guard cut > 0 else { return value }
        return String(String.UnicodeScalarView(scalars[..<cut])).trimmingSpaces
    }

    static func labelLike(_ scalars: [Unicode.Scalar], _ from: Int, _ colon: Int) -> Bool {
        colon - from <= 8
    }

    /// The title inside `《》`, if the value holds one.
    static func innerTitle(_ value: String) -> String? {
        let text = ScalarText(value)
        guard let open = text.scalars.firstIndex(of: titleOpen),
            let close = text.scalars[open...].firstIndex(of: titleClose), close > open + 1
        else { return nil }
        return text.string(open + 1, close)
    }

    /// The plan named in `关于印发《...》的通知`.
    static func forwardedTitle(in text: ScalarText, before end: Int) -> String? {
        guard let forward = text.find(forwardOpen, from: 0, to: end),
            text[safe: forward + forwardOpen.count] == titleOpen
        else { return nil }
        let start = forward + forwardOpen.count + 1
        guard let close = text.scalars[start..<min(text.count, start + 120)].firstIndex(of: titleClose)
        else { return nil }
        return text.string(start, close)
    }

    /// The first short line that names a plan type (实施方案, 工作要点 ...).
    static func headingTitle(in text: ScalarText, before end: Int) -> String? {
        var lineStart = 0
        var index = 0
        while index <= end {
            if index == end || text[safe: index] == "\n" {
                let line = text.trimmedString(lineStart, index)
                let lineText = ScalarText(line)
                // A title may close with its years: 三年行动方案(2023-2025年).
                var titleEnd = lineText.count
                if let last = lineText.scalars.last, last == ")" || last == "）",
                    let open = lineText.scalars.lastIndex(where: { $0 == "(" || $0 == "（" }),
                    titleEnd - open <= 14
                {
                    titleEnd = open
                }
                if lineText.count >= 6, lineText.count <= 60,
                    Words.planWords.contains(where: { lineText.has($0, endingAt: titleEnd) })
                {
                    let title = innerTitle(line) ?? forwardedName(withoutDocumentNumber(line))
                    return title
                        + (titleEnd == lineText.count ? yearsLine(in: text, after: index, before: end) : "")
                }
                lineStart = index + 1
            }
            index += 1
        }
        return nil
    }

    /// The years of a title that a page broke onto the next line (`（2024—2026 年）` under
    /// `…三年行动方案`), without its spaces; empty when the next line is something else.
    static func yearsLine(in text: ScalarText, after lineEnd: Int, before end: Int) -> String {
        guard lineEnd < end else { return "" }
        var next = lineEnd + 1
        while next < end, text[safe: next] != "\n" { next += 1 }
        let line = ScalarText(text.trimmedString(lineEnd + 1, next).filter { !$0.isWhitespace })
        guard let first = line.scalars.first, first == "(" || first == "（",
            let last = line.scalars.last, last == ")" || last == "）", line.count <= 14,
            line.scalars.contains(where: { ChineseNumeral.arabicDigit($0) != nil })
        else { return "" }
        return line.string(0, line.count)
    }

    /// A title line without a document number in front (`泰政发〔2024〕 5号泰安市...意见`).
    static func withoutDocumentNumber(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        guard let mark = scalars.prefix(24).firstIndex(of: "号"),
            scalars[..<mark].contains(where: { $0 == "〔" || $0 == "[" || $0 == "［" })
        else { return line }
        return String(String.UnicodeScalarView(scalars[(mark + 1)...])).trimmingSpaces
    }

    /// The plan named in a notice title without 《》: `XX关于印发YY规划的通知` → `YY规划`.
    static func forwardedName(_ line: String) -> String {
        let text = ScalarText(line)
        guard let forward = text.find(forwardOpen, from: 0, to: text.count) else { return line }
        var end = text.count
        if text.has(noticeTail, endingAt: end) { end -= noticeTail.count }
        let name = text.trimmedString(forward + forwardOpen.count, end)
        return name.isEmpty ? line : name
    }

    static let noticeTail = Word("的通知")

    /// A document number such as `滨科字〔2022〕73号`.
    static func documentNumber(in text: ScalarText, before end: Int, landmarks: Landmarks) -> String? {
        // A document number opens with a bracket, a landmark.
        for offset in landmarks.offsets {
            guard offset < end else { break }
            if let open = text[safe: offset], open == "〔" || open == "[" || open == "［",
                !Self.isCitation(text, before: offset),
                let year = ChineseNumeral.readArabic(in: text, at: offset + 1), year.integerDigits == 4,
                let close = text[safe: year.end], close == "〕" || close == "]" || close == "］",
                let number = ChineseNumeral.readArabic(in: text, at: year.end + 1),
                text[safe: number.end] == "号"
            {
                var start = offset
                while let scalar = text[safe: start - 1],
                    scalar.properties.isIdeographic
                        || (scalar.properties.isAlphabetic && scalar.value < 0x80),
                    offset - start < 8
                {
                    start -= 1
                }
                return text.string(start, number.end + 1)
            }
        }
        return nil
    }

    /// Whether a document number at `offset` is cited in brackets, `(鲁政字〔2022〕225号)`.
    static func isCitation(_ text: ScalarText, before offset: Int) -> Bool {
        var index = offset - 1
        while index >= max(0, offset - 10), let scalar = text[safe: index], scalar.properties.isIdeographic {
            index -= 1
        }
        guard let opener = text[safe: index] else { return false }
        return opener == "(" || opener == "（" || opener == "》" || opener == "、"
    }

    /// The first full date `YYYY年M月D日` on a line of its own after the title (the signature
    /// date), and else the first date anywhere.
    ///
    /// A date on a line of its own before the title, or one followed by the day of the week
    /// (`2024年6月18日 星期二`), is the page's date, not the document's: it comes last.
    /// - Parameter titleOffset: Where the title stands in `text`, 0 when unknown.
    static func signatureDates(
        in text: ScalarText, before end: Int, landmarks: Landmarks, titleOffset: Int
    ) -> (signature: CalendarDay?, other: CalendarDay?) {
        var offset = 0
        var landmark = 0
        var first: CalendarDay?
        var pageDate: CalendarDay?
        let limit = min(end, text.count)
        while let start = landmarks.first(atOrAfter: offset, cursor: &landmark), start < limit {
            offset = start
            // A date starts with a digit: test that before reading one.
            if ChineseNumeral.arabicDigit(text.scalars[offset]) != nil,
                let day = fullDate(in: text, at: offset)
            {
                let lineEnd = day.end
                let after = text[safe: lineEnd]
                let before = text[safe: offset - 1]
                var weekday = lineEnd
                while let scalar = text[safe: weekday], scalar.isInlineSpace { weekday += 1 }
                if weekdayWords.contains(where: { text.has($0, at: weekday) }) {
                    if pageDate == nil { pageDate = day.day }
                } else if (after == nil || after == "\n" || after == "\r")
                    && (before == nil || before == "\n" || before?.isInlineSpace == true)
                {
                    if offset >= titleOffset { return (day.day, first ?? pageDate) }
                    if pageDate == nil { pageDate = day.day }
                } else if first == nil {
                    first = day.day
                }
                offset = day.end
                continue
            }
            offset += 1
        }
        return (nil, first ?? pageDate)
    }

    /// Words that name the day of the week after a page's date.
    static let weekdayWords = Lexicon.weekdayWords.map(Word.init)

    /// Reads `2023年2月25日` or `2022-12-06` at `offset`.
    static func fullDate(in text: ScalarText, at offset: Int) -> (day: CalendarDay, end: Int)? {
        guard let year = ChineseNumeral.readArabic(in: text, at: offset), year.integerDigits == 4,
            let yearValue = year.value, let separator = text[safe: year.end],
            separator == "年" || separator == "-",
            let month = ChineseNumeral.readArabic(in: text, at: year.end + 1), month.integerDigits <= 2,
            let monthValue = month.value
        else { return nil }
        let monthSeparator: Unicode.Scalar = separator == "年" ? "月" : "-"
        guard text[safe: month.end] == monthSeparator,
            let dayReading = ChineseNumeral.readArabic(in: text, at: month.end + 1),
            dayReading.integerDigits <= 2,
            let dayValue = dayReading.value,
            let day = CalendarDay(year: Int(yearValue), month: Int(monthValue), day: Int(dayValue))
        else { return nil }
        let end = separator == "年" && text[safe: dayReading.end] == "日" ? dayReading.end + 1 : dayReading.end
        return (day, end)
    }

    /// The first date inside a header value.
    static func date(in value: String) -> CalendarDay? {
        let text = ScalarText(value)
        for offset in 0..<text.count {
            if let day = fullDate(in: text, at: offset) { return day.day }
        }
        return nil
    }

    /// The region a body governs: `滨州市科学技术局` → `滨州市`.
    static func region(of name: String?) -> String? {
        guard let name else { return nil }
        var scalars = Array(name.unicodeScalars)[...]
        // 2026年四川省人民政府工作报告: the year before the name is not part of the region.
        if let yearEnd = scalars.prefix(6).firstIndex(of: "年"),
            scalars[..<yearEnd].allSatisfy({ ChineseNumeral.arabicDigit($0) != nil }),
            yearEnd > scalars.startIndex
        {
            scalars = scalars[(yearEnd + 1)...]
        }
        for suffix in regionSuffixes {
            if let index = scalars.prefix(12).dropFirst().firstIndex(of: suffix) {
                return String(String.UnicodeScalarView(scalars[...index]))
            }
        }
        return nil
    }

    /// The horizon a title states: `(2023-2025年)`, `"十四五"`, `2023年...工作要点`, `三年行动`.
    static func horizon(ofTitle title: String?, issueYear: Int?) -> Horizon? {
        guard let title else { return nil }
        let text = ScalarText(title)
        var years: [Int] = []
        var offset = 0
        while offset < text.count {
            if let number = ChineseNumeral.readArabic(in: text, at: offset), number.integerDigits == 4,
                let value = number.value, (1990...2100).contains(value),
                text[safe: offset - 1] != "〔", text[safe: offset - 1] != "[", text[safe: offset - 1] != "［"
            {
                years.append(Int(value))
                offset = number.end
                continue
            }
            offset += 1
        }
        if years.count >= 2, let first = years.first, let last = years.last, first <= last {
            return Horizon(startYear: first, endYear: last)
        }
        for plan in Words.fiveYearPlans where text.find(plan.word, from: 0, to: text.count) != nil {
            return Horizon(startYear: plan.start, endYear: plan.start + 4)
        }
        if let year = years.first {
            guard
                Words.yearlyPlanWords.contains(where: { text.find($0, from: 0, to: text.count) != nil })
                    || Words.multiYearWords.contains(where: {
                        text.find($0.word, from: 0, to: text.count) != nil
                    })
            else { return nil }
            if let span = Words.multiYearWords.first(where: {
                text.find($0.word, from: 0, to: text.count) != nil
            }) {
                return Horizon(startYear: year, endYear: year + span.years - 1)
            }
            return Horizon(startYear: year, endYear: year)
        }
        if let span = Words.multiYearWords.first(where: { text.find($0.word, from: 0, to: text.count) != nil }
        ),
            let issueYear
        {
            return Horizon(startYear: issueYear, endYear: issueYear + span.years - 1)
        }
        return nil
    }
}
