/// The place of a figure in a list distributed by `分别`:
/// `水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上` gives the figure in place *i* the
/// metric in place *i* of the list before 分别; the noun the last metric ends with (`产量`) is
/// shared by all, and so is a bound closing the list of figures.
struct Distribution: Sendable {
    /// The metric of the figure's place.
    var metric: String
    /// Where the list member of the figure's place is written.
    var memberWords: Range<Int>
    /// The bound that closes the list of figures, shared by every figure.
    var sharedComparator: Comparator?
    /// Where that bound is written.
    var sharedComparatorWords: Range<Int>?
    /// The growth word after 分别 (`分别增长5%、6%`), which makes every figure a growth rate.
    var growthWords: Range<Int>?

    /// The distribution the figure at `offset` takes part in, or `nil` when no list and 分别
    /// stand before it in its clause.
    init?(_ reader: TargetReader, from clauseStart: Int, before offset: Int) {
        let text = reader.text
        guard let marker = text.findLast(Words.distributiveMarker, from: clauseStart, to: offset) else {
            return nil
        }
        var place = 0
        for index in (marker + Words.distributiveMarker.count)..<offset
        where text.scalars[index] == Self.enumerationComma {
            place += 1
        }
        var items: [Range<Int>] = []
        var itemStart = reader.stripLeading(from: clauseStart, to: marker)
        for index in itemStart...marker {
            if index == marker || text.scalars[index] == Self.enumerationComma {
                if index > itemStart { items.append(itemStart..<index) }
                itemStart = index + 1
            }
        }
        guard items.count >= 2, place < items.count, let last = items.last else { return nil }
        // 水果、蔬菜、茶叶产量: the last metric's closing noun (产量) belongs to every metric, when
        // the vocabulary knows it as one that metrics share and the others do not end with it.
        let lastText = ScalarText(scalars: Array(text.scalars[last]))
        let sharedNoun = Words.sharedMetricNouns.match(in: lastText, endingAt: lastText.count).flatMap {
            noun in
            items.dropLast().contains {
                Words.sharedMetricNouns.match(in: text, endingAt: $0.upperBound) != nil
            }
                || noun.count >= last.count ? nil : noun
        }
        let item = items[place]
        memberWords = item
        metric =
            place == items.count - 1
            ? text.string(last.lowerBound, last.upperBound)
            : text.string(item.lowerBound, item.upperBound) + (sharedNoun?.text ?? "")
        let listEnd = reader.end(after: offset, stops: TargetReader.clauseStops)
        if let shared = Words.comparatorSuffixes.first(where: { text.has($0.word, endingAt: listEnd) }) {
            sharedComparator = shared.comparator
            sharedComparatorWords = (listEnd - shared.word.count)..<listEnd
        }
        let afterMarker = marker + Words.distributiveMarker.count
        growthWords = Words.growthWords.firstOccurrence(
            in: text, from: afterMarker, to: min(afterMarker + 6, offset)
        ).map { $0.offset..<($0.offset + $0.word.count) }
    }

    /// The comma that joins the members of a list (顿号).
    static let enumerationComma: Unicode.Scalar = "、"
}
