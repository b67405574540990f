/// The numbered headings of a plan (一、 / (一) / 1. / (1)) and the section path at any offset.
///
/// Headings are recognised by their numbering alone, so a document that arrives as one long
/// line with no breaks is outlined as well as a neatly formatted one. A heading is accepted
/// only where its number continues the sequence of its level (or restarts it at 1), which
/// keeps cross-references such as "见(二)" out.
struct SectionOutline: Sendable {
    /// One heading.
    struct Heading: Sendable, Hashable {
        /// Depth: 0 for 一、, 1 for (一), 2 for 1., 3 for (1).
        var level: Int
        /// The number of the heading within its level.
        var number: Int
        /// Offset of the numbering.
        var start: Int
        /// Offset just after the numbering, where the title begins.
        var bodyStart: Int
        /// Offset where the heading's title ends.
        var titleEnd: Int
        /// The numbering and title, e.g. `(一)强化党对科技工作的全面领导`.
        var label: String
    }

    /// The headings in text order.
    let headings: [Heading]
    /// For each heading, the index of the heading it sits under (a lower level before it).
    let parents: [Int?]
    /// For each heading, its section path: the labels from the top level down, joined by ` / `.
    let paths: [String]
    /// For each heading, the offset where its section ends: the next heading of its level or
    /// above, or the end of the text.
    let sectionEnds: [Int]

    /// Outlines `text`.
    /// - Parameter landmarks: The landmarks of `text`, when already found.
    /// - Complexity: O(*n*) in the length of the text.
    init(_ text: ScalarText, landmarks: Landmarks? = nil) {
        let landmarks = landmarks ?? Landmarks(text)
        var found: [Heading] = []
        var counters = [0, 0, 0, 0]
        // Arabic items often run on across sub-sections: (一) 1. 2. 3. (二) 4. 5.
        var lastSeen = [0, 0, 0, 0]
        var offset = 0
        var landmark = 0
        let numeralBits = ChineseNumeral.numeralBits
        // A numbering starts with a bracket, a digit or a numeral, all landmarks.
        while let start = landmarks.first(atOrAfter: offset, cursor: &landmark) {
            offset = start
            let scalar = text.scalars[offset]
            let mayNumber =
                scalar == "(" || scalar == "（" || ChineseNumeral.arabicDigit(scalar) != nil
                || ChineseNumeral.isChineseNumeral(scalar, bits: numeralBits)
            guard mayNumber, let candidate = Self.numbering(in: text, at: offset) else {
                offset += 1
                continue
            }
            let (level, number, markerEnd) = candidate
            let continues = number == counters[level] + 1 || (level >= 2 && number == lastSeen[level] + 1)
            // A page may open mid-plan (二、主要目标), so the first top-level heading may have any number.
            let restarts = level == 0 ? counters[0] == 0 && number <= 10 : number == 1
            guard continues || restarts,
                Self.isClauseStart(text, offset, level: level)
            else {
                offset += 1
                continue
            }
            counters[level] = number
            lastSeen[level] = number
            for deeper in (level + 1)..<counters.count { counters[deeper] = 0 }
            let titleEnd = Self.titleEnd(in: text, from: markerEnd)
            found.append(
                Heading(
                    level: level, number: number, start: offset, bodyStart: markerEnd, titleEnd: titleEnd,
                    label: text.trimmedString(offset, titleEnd)))
            offset = markerEnd
        }
        headings = found
        var parents: [Int?] = []
        var paths: [String] = []
        var stack: [Int] = []
        var sectionEnds = [Int](repeating: text.count, count: found.count)
        for (index, heading) in found.enumerated() {
            while let last = stack.last, found[last].level >= heading.level {
                sectionEnds[last] = heading.start
                stack.removeLast()
            }
            parents.append(stack.last)
            paths.append(stack.last.map { paths[$0] + " / " + heading.label } ?? heading.label)
            stack.append(index)
        }
        self.parents = parents
        self.paths = paths
        self.sectionEnds = sectionEnds
    }

    /// The section path at `offset`, e.g. `二、重点任务 / (一)增强海洋科技创新`.
    /// - Complexity: O(log *h*) for *h* headings.
    func path(at offset: Int) -> String? {
        headingIndex(before: offset).map { paths[$0] }
    }

    /// Offset of the first heading that starts after `offset`, or `end` when none.
    func nextHeading(after offset: Int, end: Int) -> Int {
        var low = 0
        var high = headings.count
        while low < high {
            let middle = (low + high) / 2
            if headings[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        return low < headings.count ? headings[low].start : end
    }

    /// The last heading that starts at or before `offset`.
    func heading(before offset: Int) -> Heading? {
        headingIndex(before: offset).map { headings[$0] }
    }

    /// Index of the last heading that starts at or before `offset`.
    /// - Complexity: O(log *h*) in the number of headings.
    func headingIndex(before offset: Int) -> Int? {
        var low = 0
        var high = headings.count
        while low < high {
            let middle = (low + high) / 2
            if headings[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// Whether `offset` lies within a heading's title.
    func isInTitle(_ offset: Int) -> Bool {
        guard let heading = heading(before: offset) else { return false }
        return offset < heading.titleEnd
    }

    // MARK: Recognition

    /// Reads a numbering at `offset`: level, number and the offset after the marker.
    static func numbering(in text: ScalarText, at offset: Int) -> (Int, Int, Int)? {
        guard let first = text[safe: offset] else { return nil }
        if first == "(" || first == "（" {
            var index = offset + 1
            if let arabic = ChineseNumeral.readArabic(in: text, at: index), !arabic.hasDecimals,
                arabic.integerDigits <= 2, let value = arabic.value
            {
                index = arabic.end
                guard let close = text[safe: index], close == ")" || close == "）" else { return nil }
                return (3, Int(value), index + 1)
            }
            var end = index
            while let scalar = text[safe: end], ChineseNumeral.isChineseNumeral(scalar) { end += 1 }
            guard end > index, end - index <= 3, let close = text[safe: end], close == ")" || close == "）",
                let value = ChineseNumeral.value(of: text.scalars[index..<end])
            else { return nil }
            return (1, Int(value), end + 1)
        }
        if let arabic = ChineseNumeral.readArabic(in: text, at: offset), !arabic.hasDecimals,
            arabic.integerDigits <= 2, let value = arabic.value
        {
            guard let mark = text[safe: arabic.end], mark == "." || mark == "．" || mark == "、",
                let next = text[safe: arabic.end + 1], ChineseNumeral.arabicDigit(next) == nil,
                next != "\n"
            else { return nil }
            return (2, Int(value), arabic.end + 1)
        }
        if ChineseNumeral.isChineseNumeral(first) {
            var end = offset
            while let scalar = text[safe: end], ChineseNumeral.isChineseNumeral(scalar) { end += 1 }
            guard end - offset <= 3, text[safe: end] == "、",
                let value = ChineseNumeral.value(of: text.scalars[offset..<end])
            else { return nil }
            return (0, Int(value), end + 1)
        }
        return nil
    }

    /// ``Lexicon/sentenceEnds`` for a bit test: headings are looked for at every scalar.
    static let sentenceEnds = ScalarSet(Lexicon.sentenceEnds)

    /// Whether a numbering at `offset` stands where a heading can begin.
    static func isClauseStart(_ text: ScalarText, _ offset: Int, level: Int) -> Bool {
        var index = offset - 1
        while let scalar = text[safe: index], scalar.isInlineSpace { index -= 1 }
        guard let previous = text[safe: index] else { return true }
        if sentenceEnds.contains(previous) || previous == "\r" || previous == "：" || previous == ":" {
            return true
        }
        // In one-line documents a sub-heading follows its parent's title directly: 一、总体要求(一)指导思想.
        return level == 1 || level == 3 ? !ChineseNumeral.isChineseNumeral(previous) : false
    }

    /// Where a heading's title ends: the first sentence end, a sub-heading, or 40 scalars.
    static func titleEnd(in text: ScalarText, from offset: Int) -> Int {
        var index = offset
        let limit = min(text.count, offset + 40)
        while index < limit {
            guard let scalar = text[safe: index] else { break }
            if sentenceEnds.contains(scalar) || scalar == "\r" { return index }
            // An item without a title sentence (1．每年推动3000家...，打造...) is named by its first clause.
            if index - offset >= 16, scalar == "，" || scalar == "," { return index }
            if index > offset, (scalar == "(" || scalar == "（"), numbering(in: text, at: index) != nil {
                return index
            }
            index += 1
        }
        return index
    }
}

extension Unicode.Scalar {
    /// Spaces and tabs within a line, including full-width and invisible ones.
    var isInlineSpace: Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x3000, 0x2000...0x200F, 0xFEFF, 0x2028...0x202F, 0x2060...0x206F,
            0xE000...0xF8FF:
            return true
        default: return false
        }
    }
}

extension Unicode.Scalar {
    /// White space that trimming removes: Unicode white space and ``isInlineSpace``.
    var isTrimmedSpace: Bool {
        switch value {
        case 0x21..<0x7F, 0x4E00...0x9FFF: return false  // visible ASCII, CJK ideographs
        default: return properties.isWhitespace || isInlineSpace
        }
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
            first.isTrimmedSpace || last.isTrimmedSpace
        else { return self }
        var trimmed = Substring(self).unicodeScalars[...]
        while let first = trimmed.first, first.isTrimmedSpace { trimmed.removeFirst() }
        while let last = trimmed.last, last.isTrimmedSpace { trimmed.removeLast() }
        return String(String.UnicodeScalarView(trimmed))
    }
}
