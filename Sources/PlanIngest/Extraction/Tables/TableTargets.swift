/// The targets of a plan's tables, read by their headers.
///
/// Extraction reads sentences; a table row is not one. Before extraction reads the text, each
/// table is masked (``masking(_:)``): its header and the rows of an indicator table become
/// spaces, and so do a task row's number and its cells of units and deadlines, while the tabs
/// of a task row become line breaks, so that each task cell reads as a line of its own and no
/// row's deadline reaches the next row. Offsets do not move, so quotes stay exact. After
/// extraction, ``amend(_:text:includesEvidence:)`` gives each target found in a task row that
/// row's units and deadline, and adds one target for each row of an indicator table.
struct TableTargets: Sendable {
    /// The tables of the text, in text order.
    let tables: [PlainTable]

    /// The columns whose cells hold sentences that extraction reads.
    static let readColumns: Set<TableColumn?> = [.task, .indicator, .goal, nil]

    /// `text` with the tables masked as described above.
    /// - Complexity: O(*n*) in the length of the text.
    func masking(_ text: ScalarText) -> ScalarText {
        var scalars = text.scalars
        func blank(_ span: TextSpan) {
            for offset in span.start..<span.end where scalars[offset] != "\n" { scalars[offset] = " " }
        }
        for table in tables {
            blank(table.headerSpan)
            for row in table.rows {
                guard table.header.isTaskTable else {
                    blank(row.span)
                    continue
                }
                for (position, cell) in row.cells.enumerated() {
                    let column = position < table.header.columns.count ? table.header.columns[position] : nil
                    if !Self.readColumns.contains(column) { blank(cell) }
                    if cell.end < row.span.end, scalars[cell.end] == "\t" { scalars[cell.end] = "\n" }
                }
            }
        }
        return ScalarText(scalars: scalars)
    }

    /// Gives the targets of task rows their row's units and deadline, and adds the targets of
    /// indicator rows, keeping targets, evidence and mentions in text order.
    /// - Parameters:
    ///   - extraction: What extraction found in the masked text.
    ///   - text: The text as written.
    ///   - includesEvidence: Whether `extraction` carries evidence, one per target.
    func amend(_ extraction: inout Extraction, text: ScalarText, includesEvidence: Bool) {
        let includesEvidence = includesEvidence && extraction.evidence.count == extraction.targets.count
        let horizonEnd = extraction.document.horizon.map { CalendarDay.endOfYear($0.endYear) }
        let taskRows = tables.filter(\.header.isTaskTable).flatMap { table in
            table.rows.map { TaskRow(table: table, row: $0, text: text) }
        }
        var rowIndex = 0
        for index in extraction.targets.indices {
            let start = extraction.targets[index].span.start
            while rowIndex < taskRows.count, taskRows[rowIndex].row.span.end <= start { rowIndex += 1 }
            guard rowIndex < taskRows.count, taskRows[rowIndex].row.span.start <= start else { continue }
            var evidence = includesEvidence ? extraction.evidence[index] : nil
            taskRows[rowIndex].amend(
                &extraction.targets[index], evidence: &evidence, text: text, horizonEnd: horizonEnd)
            if let evidence { extraction.evidence[index] = evidence }
        }
        let indicatorRows = tables.filter(\.header.isIndicatorTable).flatMap { table in
            table.rows.compactMap { IndicatorRow(table: table, row: $0, text: text) }
        }
        guard !indicatorRows.isEmpty else { return }
        let outline = SectionOutline(text)
        let added = indicatorRows.map { $0.target(in: text, outline: outline, horizonEnd: horizonEnd) }
        Self.merge(added, into: &extraction, includesEvidence: includesEvidence)
    }

    /// Adds targets with their evidence and mentions, each list kept in text order.
    private static func merge(
        _ added: [(target: Target, evidence: TargetEvidence, mention: Mention)],
        into extraction: inout Extraction,
        includesEvidence: Bool
    ) {
        let existing: [(target: Target, evidence: TargetEvidence?)] = extraction.targets.indices.map {
            (extraction.targets[$0], includesEvidence ? extraction.evidence[$0] : nil)
        }
        let all = (existing + added.map { ($0.target, includesEvidence ? $0.evidence : nil) })
            .sorted { $0.target.span.start < $1.target.span.start }
        extraction.targets = all.map(\.target)
        if includesEvidence { extraction.evidence = all.compactMap(\.evidence) }
        extraction.mentions = (extraction.mentions + added.map(\.mention)).sorted {
            $0.span.start < $1.span.start
        }
    }
}
