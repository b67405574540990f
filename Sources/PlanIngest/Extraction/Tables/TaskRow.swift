/// One row of a task table (任务分工表) and what it says of the targets in its task cell: who
/// is responsible, lead first, and by when.
struct TaskRow: Sendable {
    /// The row as the table holds it.
    let row: PlainTable.Row
    /// The units of the row's unit cells, lead first: the 牵头单位 column leads, the 配合单位
    /// column supports; in a 责任单位 cell `A牵头，B、C配合` marks A, else the first unit leads.
    let units: [ResponsibleUnit]
    /// The cells the units came from, with their header labels.
    let unitCells: [(span: TextSpan, label: String)]
    /// The day the deadline cell names; `nil` for `长期坚持` or an empty cell.
    let deadline: CalendarDay?
    /// The deadline cell and its header label.
    let deadlineCell: (span: TextSpan, label: String)?

    /// Reads the unit and deadline cells of `row`.
    init(table: PlainTable, row: PlainTable.Row, text: ScalarText) {
        self.row = row
        var leads: [ResponsibleUnit] = []
        var others: [ResponsibleUnit] = []
        var unitCells: [(span: TextSpan, label: String)] = []
        var deadlineCell: (span: TextSpan, label: String)?
        for (position, column) in table.header.columns.enumerated() where position < row.cells.count {
            let span = row.cells[position]
            let content = text.slice(span.start, span.end).trimmed
            guard content.count > 0, let column else { continue }
            let label = table.header.labels[position]
            switch column {
            case .lead, .support, .responsible:
                var units = ResponsibilityReader.units(
                    in: content, parts: ResponsibilityReader.splitUnits(content))
                guard !units.isEmpty else { continue }
                unitCells.append((span, label))
                if column == .lead {
                    units = units.map { ResponsibleUnit(name: $0.name, isLead: true) }
                } else if column == .support {
                    units = units.map { ResponsibleUnit(name: $0.name, isLead: false) }
                } else if !units.contains(where: \.isLead) {
                    units[0].isLead = true
                }
                leads += units.filter(\.isLead)
                others += units.filter { !$0.isLead }
            case .deadline:
                if deadlineCell == nil { deadlineCell = (span, label) }
            default: continue
            }
        }
        var seen: Set<String> = []
        units = (leads + others).filter { seen.insert($0.name).inserted }
        self.unitCells = unitCells
        self.deadlineCell = deadlineCell
        deadline = deadlineCell.flatMap { TableDeadline.day(in: text.string($0.span.start, $0.span.end)) }
    }

    /// Gives `target`, found in this row, the row's units and deadline.
    ///
    /// A row whose deadline cell names no day (`持续推进`) states no deadline: a target its own
    /// cell does not date takes the plan's horizon, never another row's date.
    /// - Parameters:
    ///   - evidence: The target's evidence, updated to name the row's cells; `nil` when none.
    ///   - horizonEnd: The last day of the plan's horizon, if it has one.
    func amend(
        _ target: inout Target, evidence: inout TargetEvidence?, text: ScalarText, horizonEnd: CalendarDay?
    ) {
        if !units.isEmpty {
            target.responsible = units
            if let first = unitCells.first, let last = unitCells.last {
                evidence?.responsible = FieldEvidence(
                    words: unitCells.map { text.trimmedString($0.span.start, $0.span.end) }.joined(
                        separator: "；"),
                    span: TextSpan(start: first.span.start, end: last.span.end),
                    reason: "the row's " + unitCells.map(\.label).joined(separator: " and ")
                        + " cells of a task table")
            }
        }
        if let deadline, let deadlineCell {
            target.deadline = deadline
            target.deadlineSource = .stated
            evidence?.deadline = FieldEvidence(
                words: text.trimmedString(deadlineCell.span.start, deadlineCell.span.end),
                span: deadlineCell.span,
                reason: "the row's \(deadlineCell.label) cell of a task table")
            return
        }
        let cell =
            row.cells.first { $0.start <= target.span.start && target.span.start <= $0.end } ?? row.span
        let datesItself = !TableDeadline.years(in: text.slice(cell.start, cell.end)).isEmpty
        guard target.deadlineSource == .stated, !datesItself else { return }
        target.deadline = horizonEnd
        target.deadlineSource = horizonEnd == nil ? nil : .inherited
        evidence?.deadline = FieldEvidence(
            reason: "the row states no deadline of its own"
                + (horizonEnd.map { ": the end of the plan's horizon, \($0.iso)" } ?? ""))
    }
}
