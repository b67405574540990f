extension Lexicon {
    // MARK: Tables

    /// Header words of a table and the column each names (`完成时限` names the deadline).
    static let tableHeaders: [(written: String, column: TableColumn)] = vocabulary.rows("tableHeaders")
        .compactMap { row in TableColumn(rawValue: row.attribute(at: 0)).map { (row.phrase, $0) } }

    /// The attribute of an indicator and whether it binds: 约束性 does, 预期性 does not.
    static let indicatorAttributes: [(written: String, isBinding: Bool)] = vocabulary.rows(
        "indicatorAttributes"
    ).map { ($0.phrase, $0.attribute(at: 0) == "true") }

    /// Signs before a value in an indicator table (`≥2.5`, `>7`), longest first.
    static let tableComparators: [(written: String, comparator: Comparator)] = vocabulary.rows(
        "tableComparators"
    ).map { ($0.phrase, Comparator(rawValue: $0.attribute(at: 0)) ?? .exactly) }
        .sorted { $0.written.unicodeScalars.count > $1.written.unicodeScalars.count }

    /// Cells of an indicator table that state no value (`—`, `-`, `/`).
    static let noValueMarks: Set<String> = Set(vocabulary.phrases("noValueMarks"))

    /// Brackets around a value that accumulates over the period (`[13.5]`).
    static let cumulativeBrackets: [(open: String, close: String)] = vocabulary.rows("cumulativeBrackets")
        .map { ($0.phrase, $0.attribute(at: 0)) }

    /// Marks after a value that point to a footnote (`60.6*`): not part of the value.
    static let footnoteMarks: Set<String> = Set(vocabulary.phrases("footnoteMarks"))
}
