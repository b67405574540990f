/// Finds the lists of responsible units in a plan: `责任单位:...` lines,
/// `(市科技局、市财政局按职责分工负责)` and `〔市科技局牵头,市发展改革委等参与〕`.
struct ResponsibilityReader: Sendable {
    /// One list of units and where it stands.
    struct Block: Sendable, Hashable {
        /// Offset where the list begins.
        var start: Int
        /// Offset where it ends.
        var end: Int
        /// The units in the order written, lead units first when marked.
        var units: [ResponsibleUnit]
    }

    /// The lists in text order.
    let blocks: [Block]

    /// Finds every list in `text`.
    /// - Parameter landmarks: The landmarks of `text`, when already found.
    /// - Complexity: O(*n*) in the length of the text.
    init(_ text: ScalarText, landmarks: Landmarks? = nil) {
        let landmarks = landmarks ?? Landmarks(text)
        var found: [Block] = []
        // Units a note makes responsible for every item after it (以下均需各县区负责).
        var standing: [ResponsibleUnit] = []
        var standingEnd = text.count
        let annexStarts = Self.annexLineStarts(in: text)
        var offset = 0
        var landmark = 0
        let labels = Words.responsibilityLabels
        // A list starts with a label or an opening bracket, both landmarks.
        while let start = landmarks.first(atOrAfter: offset, cursor: &landmark) {
            offset = start
            if offset >= standingEnd { standing = [] }
            let scalar = text.scalars[offset]
            if labels.mayStart(with: scalar), labels.match(in: text, at: offset) != nil,
                let label = Self.label(in: text, at: offset)
            {
                var contentStart = offset + label.count
                while let next = text[safe: contentStart], next == ":" || next == "：" || next.isInlineSpace {
                    contentStart += 1
                }
                var end = contentStart
                // (责任单位:市工信局、市财政局) closes with its bracket; 区招才中心(校城融合办)
                // keeps its own.
                var depth = 0
                while let next = text[safe: end], !(next == "\n" || next == "。" || next == "\r"),
                    end - contentStart < 300
                {
                    if Self.closing(for: next) != nil { depth += 1 }
                    if Self.closingBrackets.contains(next) {
                        if depth == 0 { break }
                        depth -= 1
                    }
                    end += 1
                }
                let content = text.slice(contentStart, end)
                let units = Self.units(in: content, parts: Self.splitUnits(content))
                if !units.isEmpty {
                    found.append(Block(start: offset, end: end, units: Self.adding(standing, to: units)))
                }
                offset = end
                continue
            }
            if let close = Self.closing(for: scalar) {
                var end = offset + 1
                var firstSentenceEnd: Int?
                while let next = text[safe: end], next != close, next != "\n", end - offset < 300 {
                    if next == "。", firstSentenceEnd == nil { firstSentenceEnd = end }
                    end += 1
                }
                // Only a note whose first sentence closes with 负责/参与 ... or names a lead can
                // list units; test that on the scalars before building any string. A note may go
                // on after it (（市发展改革委按职责分工负责。以下均需各县区负责，不再单独列出）).
                let listEnd = firstSentenceEnd ?? end
                let mayList =
                    text[safe: end] == close
                    && (Words.responsibilityTails.match(in: text, endingAt: listEnd) != nil
                        || text.find(Words.leadMarker, from: offset + 1, to: listEnd) != nil)
                if mayList {
                    let inner = text.slice(offset + 1, listEnd)
                    if let parts = Self.responsibilityNoteParts(inner) {
                        let units = Self.units(in: inner, parts: parts)
                        if !units.isEmpty {
                            found.append(
                                Block(start: offset, end: end + 1, units: Self.adding(standing, to: units)))
                            let added = Self.standingUnits(in: text, from: listEnd + 1, to: end)
                            if !added.isEmpty {
                                standing = Self.adding(added, to: standing)
                                standingEnd = annexStarts.first { $0 > offset } ?? text.count
                            }
                            offset = end + 1
                            continue
                        }
                    }
                }
            }
            offset += 1
        }
        blocks = found
    }

    /// The first list that begins within `start..<end`.
    func block(from start: Int, before end: Int) -> Block? {
        var low = 0
        var high = blocks.count
        while low < high {
            let middle = (low + high) / 2
            if blocks[middle].start < start { low = middle + 1 } else { high = middle }
        }
        guard low < blocks.count, blocks[low].start < end else { return nil }
        return blocks[low]
    }

    /// Whether `offset` lies inside a list.
    /// - Complexity: O(log *b*) in the number of lists; lists never overlap.
    func contains(_ offset: Int) -> Bool {
        var low = 0
        var high = blocks.count
        while low < high {
            let middle = (low + high) / 2
            if blocks[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 && offset < blocks[low - 1].end
    }

    // MARK: Reading

    static func label(in text: ScalarText, at offset: Int) -> Word? {
        guard let label = text.first(of: Words.responsibilityLabels, at: offset) else { return nil }
        var index = offset + label.count
        while let next = text[safe: index], next.isInlineSpace { index += 1 }
        guard let colon = text[safe: index], colon == ":" || colon == "：" else { return nil }
        return label
    }

    /// Brackets that end a labelled list written inside a note.
    static let closingBrackets = ScalarSet([")", "）", "〕", "】", "]", "］"])

    static func closing(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "〔": return "〕"
        case "(": return ")"
        case "（": return "）"
        case "【": return "】"
        case "[": return "]"
        default: return nil
        }
    }

    /// `以下均需各县区负责，不再单独列出`: the units that a note's later sentence makes responsible
    /// for every item after it.
    static func standingUnits(in text: ScalarText, from start: Int, to end: Int) -> [ResponsibleUnit] {
        guard start < end,
            let marker = Words.standingResponsibilityMarkers.firstOccurrence(in: text, from: start, to: end),
            let tail = text.find(
                Words.standingResponsibilityTail, from: marker.offset + marker.word.count, to: end)
        else { return [] }
        let content = text.slice(marker.offset + marker.word.count, tail)
        return units(in: content, parts: splitUnits(content))
    }

    /// The offsets of the lines that open an annex (`附件1`), ascending: a standing note
    /// (`以下均需……`) covers the rest of the plan, never its annexes.
    /// - Complexity: O(*n*) in the length of the text.
    static func annexLineStarts(in text: ScalarText) -> [Int] {
        var starts: [Int] = []
        var search = 0
        while let annex = Words.annexMarkers.firstOccurrence(in: text, from: search, to: text.count) {
            if annex.offset == 0 || text.scalars[annex.offset - 1] == "\n" { starts.append(annex.offset) }
            search = annex.offset + annex.word.count
        }
        return starts
    }

    /// `units` followed by the standing units it does not name already.
    static func adding(_ standing: [ResponsibleUnit], to units: [ResponsibleUnit]) -> [ResponsibleUnit] {
        units + standing.filter { unit in !units.contains { $0.name == unit.name } }
    }

    /// The parts of a bracketed note, split by ``splitUnits(_:)``, when the note names
    /// responsible units rather than explaining something; `nil` when it explains.
    static func responsibilityNoteParts(_ text: ScalarText) -> [ScalarText]? {
        let endsWithTail = Words.responsibilityTails.match(in: text, endingAt: text.count) != nil
        let hasLead = text.find(Words.leadMarker, from: 0, to: text.count) != nil
        guard endsWithTail || hasLead else { return nil }
        let parts = splitUnits(text)
        guard !parts.isEmpty else { return nil }
        var unitLike = 0
        for part in parts where isUnitName(part) { unitLike += 1 }
        return unitLike * 2 >= parts.count && unitLike > 0 ? parts : nil
    }

    /// The units of a list, with 等, 牵头 and 按职责分工负责 removed.
    /// - Parameter parts: The list split on 、 and , by ``splitUnits(_:)``, which the caller
    ///   may already have needed to tell a list from a note.
    static func units(in content: ScalarText, parts: [ScalarText]) -> [ResponsibleUnit] {
        var units: [ResponsibleUnit] = []
        for part in parts {
            var name = part
            var isLead = false
            // 牵头单位：市科技局；配合单位：市财政局 inside one list.
            if let label = Words.responsibilityLabels.match(in: name, at: 0),
                let colon = name[safe: label.count], colon == ":" || colon == "："
            {
                isLead = name.find(Words.leadMarker, from: 0, to: label.count) != nil
                name = name.slice(label.count + 1, name.count)
            }
            var changed = true
            var scalars = name.scalars
            while changed {
                changed = false
                name = ScalarText(scalars: scalars)
                if let tail = Words.responsibilityTails.match(in: name, endingAt: name.count),
                    scalars.count > tail.count
                {
                    scalars.removeLast(tail.count)
                    changed = true
                    continue
                }
                if name.has(Words.leadMarker, endingAt: name.count), scalars.count > Words.leadMarker.count {
                    scalars.removeLast(Words.leadMarker.count)
                    isLead = true
                    changed = true
                    continue
                }
                if name.has(Words.etcetera, endingAt: name.count), scalars.count > 1 {
                    scalars.removeLast(Words.etcetera.count)
                    changed = true
                    continue
                }
            }
            let cleaned = name.trimmed
            guard cleaned.count > 0, isUnitName(cleaned) else { continue }
            units.append(ResponsibleUnit(name: cleaned.string(0, cleaned.count), isLead: isLead))
        }
        return propagatingLabelLead(units, content: content)
    }

    /// The responsibility label that names lead units (`牵头单位`).
    static let leadLabel = Words.responsibilityLabels.first { $0.text.hasPrefix(Lexicon.leadMarker) }

    /// After `牵头单位：A、B；配合单位：C`, both A and B lead: a label covers the units up to the next label.
    static func propagatingLabelLead(_ units: [ResponsibleUnit], content text: ScalarText)
        -> [ResponsibleUnit]
    {
        guard let leadLabel, let start = text.find(leadLabel, from: 0, to: text.count) else { return units }
        var end = text.count
        for label in Words.responsibilityLabels where label != leadLabel {
            if let other = text.find(label, from: start + leadLabel.count, to: text.count) {
                end = min(end, other)
            }
        }
        let leading = Set(
            splitUnits(text.slice(start, end)).map { slice in
                let part = slice.string(0, slice.count)
                return part.hasPrefix(leadLabel.text)
                    ? String(part.unicodeScalars.dropFirst(leadLabel.count + 1)) : part
            }.map(\.trimmingSpaces))
        return units.map { ResponsibleUnit(name: $0.name, isLead: $0.isLead || leading.contains($0.name)) }
    }

    /// Splits on 、 , ， ; and drops bracketed notes such as `(黑体单位为牵头单位,下同)`.
    /// - Returns: The parts without surrounding white space, empty ones left out.
    static func splitUnits(_ content: ScalarText) -> [ScalarText] {
        let scalars = content.scalars
        var parts: [ScalarText] = []
        // The part being read; runs of scalars are copied into it whole, not one at a time.
        var current: [Unicode.Scalar] = []
        current.reserveCapacity(scalars.count)
        var depth = 0
        // Where the scalars not yet copied into `current` begin, and where the open note began.
        var runStart = 0
        var bracketStart = 0
        func finishPart() {
            var lower = 0
            var upper = current.count
            while lower < upper, current[lower].isTrimmedSpace { lower += 1 }
            while upper > lower, current[upper - 1].isTrimmedSpace { upper -= 1 }
            if lower < upper { parts.append(ScalarText(scalars: Array(current[lower..<upper]))) }
            current.removeAll(keepingCapacity: true)
        }
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar == "(" || scalar == "（" {
                if depth == 0 {
                    current += scalars[runStart..<index]
                    bracketStart = index
                }
                depth += 1
                continue
            }
            if depth > 0 {
                if scalar == ")" || scalar == "）" {
                    depth -= 1
                    if depth == 0 {
                        let note = content.slice(bracketStart, index + 1)
                        let isNote = Words.responsibilityNotes.occurs(in: note, from: 0, to: note.count)
                        if !isNote { current += note.scalars }
                        runStart = index + 1
                    }
                }
                continue
            }
            if scalar == "、" || scalar == "," || scalar == "，" || scalar == ";" || scalar == "；" {
                current += scalars[runStart..<index]
                finishPart()
                runStart = index + 1
            }
        }
        current += scalars[(depth > 0 ? bracketStart : runStart)...]
        finishPart()
        return parts
    }

    /// Tails a unit name may end in before its department suffix, in the order they are removed.
    static let unitNameTails = Words.responsibilityTails.words + [Words.leadMarker, Words.etcetera]

    /// Whether `name` looks like a department: short, ending in 局, 委, 办, 中心 ...
    static func isUnitName(_ text: ScalarText) -> Bool {
        guard text.count >= 2, text.count <= 24 else { return false }
        var stripped = text
        // Drop a trailing parenthesised alias: 区财政局(国资局).
        if let last = text.scalars.last, last == ")" || last == "）",
            let open = text.scalars.lastIndex(where: { $0 == "(" || $0 == "（" })
        {
            stripped = text.slice(0, open)
        }
        for tail in unitNameTails where stripped.has(tail, endingAt: stripped.count) {
            stripped = stripped.slice(0, stripped.count - tail.count)
        }
        return Words.unitSuffixes.match(in: stripped, endingAt: stripped.count) != nil
    }
}
