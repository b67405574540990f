/// A number that screening kept as a possible target, with the places around it that the field
/// deciders read: the sentence and clause it stands in, the comparing words next to it, the
/// list it may open, and the deadline phrase whose scope covers it.
///
/// A class, so that each decider shares one site instead of copying its many fields.
final class NumberSite: Sendable {
    /// The reader of the number, with the document's context and the clause helpers.
    let reader: TargetReader
    /// The number, scale and unit as the quantity grammar read them.
    let reading: QuantityReading
    /// The value of ``reading`` (the lower end of a range).
    let value: Double
    /// The unit, or 元 when a number with a scale stands in a clause about money.
    let unit: Unit
    /// The family of ``unit``.
    let family: Lexicon.UnitFamily
    /// How sure screening is that the number is a figure: lower for bare Chinese numerals and
    /// for money read without a unit.
    let confidence: Double
    /// Offset just after the stop that opens the sentence.
    let sentenceStart: Int
    /// Offset just after the stop that opens the clause.
    let clauseStart: Int
    /// Where the number starts, moved back over inline spaces and a per-head word (`每千人`)
    /// before it: the comparing and reaching words end here.
    let numberLead: Int
    /// The comparing word written after the number (`以上`, `左右`), if any.
    let suffix: (word: Word, comparator: Comparator)?
    /// Offset just after the number and its comparing suffix.
    let suffixEnd: Int
    /// Where a list of figures that continues after the number (`、50万元、100万元`) ends, or
    /// ``suffixEnd`` when none follows.
    let listEnd: Int
    /// The comparing word written before the number (`不少于`, `突破`), if any.
    let prefix: (word: Word, comparator: Comparator)?
    /// The verb of reaching a level (`达到`) just before the number, if any.
    let reach: Word?
    /// Whether the figure sizes a new thing named after 的 (`设立总规模50亿元的基金`).
    let sizesNewThing: Bool
    /// The deadline phrase whose scope covers the number.
    let stated: DeadlineReader.Phrase?

    /// Creates the site of a number that screening kept; every place is explicit.
    init(
        reader: TargetReader, value: Double, unit: Unit, family: Lexicon.UnitFamily, confidence: Double,
        sentenceStart: Int, clauseStart: Int, numberLead: Int, suffix: (word: Word, comparator: Comparator)?,
        suffixEnd: Int, listEnd: Int, prefix: (word: Word, comparator: Comparator)?, reach: Word?,
        sizesNewThing: Bool, stated: DeadlineReader.Phrase?
    ) {
        self.reader = reader
        self.reading = reader.quantity
        self.value = value
        self.unit = unit
        self.family = family
        self.confidence = confidence
        self.sentenceStart = sentenceStart
        self.clauseStart = clauseStart
        self.numberLead = numberLead
        self.suffix = suffix
        self.suffixEnd = suffixEnd
        self.listEnd = listEnd
        self.prefix = prefix
        self.reach = reach
        self.sizesNewThing = sizesNewThing
        self.stated = stated
    }

    /// Offset where the number and its scale and unit start.
    var start: Int { reading.start }
    /// Offset just after the number and its unit.
    var end: Int { reading.end }
}
