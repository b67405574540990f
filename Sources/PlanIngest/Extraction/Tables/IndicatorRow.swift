/// One row of an indicator table (主要指标), read as one target.
///
/// `1 | 高新技术企业数量 | 家 | 850 | 1500 | 预期性` under `序号 | 指标 | 单位 | 基期值（2020年） |
/// 目标值（2025年） | 属性` is the target 高新技术企业数量 = 1500 家 by 2025-12-31, from 850 in
/// 2020, not binding. The metric is the name as written, less a bracketed unit (`森林覆盖率（%）`);
/// the unit comes from the unit cell, else that bracket, else the header (`（%）`).
struct IndicatorRow: Sendable {
    /// The table the row belongs to.
    let table: PlainTable
    /// The row.
    let row: PlainTable.Row
    /// The name cell, trimmed.
    let nameSpan: TextSpan
    /// The indicator's name, less a bracketed unit.
    let metric: String
    /// The goal cell, trimmed.
    let goalSpan: TextSpan
    /// The goal as the cell writes it.
    let goal: IndicatorValue
    /// The column the goal came from: ``TableColumn/goal``, or ``TableColumn/growth`` when
    /// the goal column states none and the row's yearly mean or total does (`>7`, `[13.5]`).
    let goalColumn: TableColumn
    /// The base-year value, when the row gives one.
    let baseline: Baseline?
    /// 约束性 → `true`, 预期性 → `false`, else `nil`.
    let binding: Bool?
    /// Where the quote ends: the last of the goal and attribute cells.
    let quoteEnd: Int

    /// Reads `row` of `table`.
    /// - Returns: `nil` when the row names no indicator or states no goal (`—`).
    init?(table: PlainTable, row: PlainTable.Row, text: ScalarText) {
        func trimmed(_ span: TextSpan?) -> TextSpan? {
            guard var span else { return nil }
            while span.start < span.end, text.scalars[span.start].isTrimmedSpace { span.start += 1 }
            while span.end > span.start, text.scalars[span.end - 1].isTrimmedSpace { span.end -= 1 }
            return span.start < span.end ? span : nil
        }
        func string(_ span: TextSpan?) -> String? { span.map { text.string($0.start, $0.end) } }
        guard let nameSpan = trimmed(table.cell(.indicator, of: row) ?? table.cell(.task, of: row)),
            let name = string(nameSpan)
        else { return nil }
        var metric = name
        let nameUnit = TableHeader.bracketedUnit(in: name)
        if nameUnit != nil, let open = name.unicodeScalars.lastIndex(where: { $0 == "(" || $0 == "（" }) {
            metric = String(name.unicodeScalars[..<open]).trimmingSpaces
        }
        let unit = string(trimmed(table.cell(.unit, of: row))) ?? nameUnit ?? table.header.unit
        // The goal column first; 年均/累计 when the goal column states no value (`—`).
        let goals = [TableColumn.goal, .growth].lazy.compactMap { column in
            trimmed(table.cell(column, of: row)).flatMap { span in
                IndicatorValue(cell: string(span) ?? "", unit: unit).map { (column, span, $0) }
            }
        }
        guard !metric.isEmpty, let (goalColumn, goalSpan, goal) = goals.first else { return nil }
        self.goalColumn = goalColumn
        self.table = table
        self.row = row
        self.nameSpan = nameSpan
        self.metric = metric
        self.goalSpan = goalSpan
        self.goal = goal
        baseline = string(trimmed(table.cell(.baseline, of: row)))
            .flatMap { IndicatorValue(cell: $0, unit: unit) }
            .map { Baseline(value: $0.value, year: table.header.baseYear) }
        let attributeSpan = trimmed(table.cell(.attribute, of: row))
        let attribute = string(attributeSpan) ?? ""
        binding = Lexicon.indicatorAttributes.first { attribute.contains($0.written) }?.isBinding
        quoteEnd = max(goalSpan.end, attributeSpan?.end ?? 0)
    }

    /// The row's target with its evidence and its mention.
    /// - Parameters:
    ///   - text: The text as written.
    ///   - outline: The document's headings, for a table without a title line.
    ///   - horizonEnd: The end of the plan's horizon, for a table whose goal column names no year.
    func target(in text: ScalarText, outline: SectionOutline, horizonEnd: CalendarDay?) -> (
        target: Target, evidence: TargetEvidence, mention: Mention
    ) {
        let metricText = ScalarText(metric)
        // `>7` under 年均/累计 is a yearly mean: 年均增长7% each year of the period.
        let isYearlyMean = goalColumn == .growth && !goal.isCumulative
        let kind: TargetKind
        switch goal.family {
        case .percent:
            let namesGrowth = Words.growthWords.match(in: metricText, endingAt: metricText.count) != nil
            kind = namesGrowth || isYearlyMean ? .growth : .ratio
        case .points: kind = .delta
        case .money, .physical: kind = .amount
        case .concentration, .duration: kind = .ratio
        case .count, .occurrence, nil: kind = .count
        }
        // 单位地区生产总值能耗降低（%）: a change named by a word of falling is a reduction.
        let fall = Words.reductionWords.match(in: metricText, endingAt: metricText.count)
        let isReduction = (kind == .growth || kind == .delta) && fall != nil
        let deadline = table.header.goalYear.map(CalendarDay.endOfYear) ?? horizonEnd
        let deadlineSource: DeadlineSource? =
            table.header.goalYear != nil ? .stated : (horizonEnd != nil ? .inherited : nil)
        let section = table.title ?? outline.path(at: row.span.start)
        let span = TextSpan(start: nameSpan.start, end: quoteEnd)
        let quote = text.string(span.start, span.end)
        let target = Target(
            quote: quote, span: span, section: section, metric: metric, kind: kind, value: goal.value,
            valueMax: goal.valueMax, unit: goal.unit, comparator: goal.comparator, deadline: deadline,
            deadlineSource: deadlineSource, recurrence: isYearlyMean ? .annual : nil,
            isIncrement: goal.isCumulative,
            confidence: 0.9, binding: binding,
            baseline: baseline, isReduction: isReduction)
        let goalWords = text.string(goalSpan.start, goalSpan.end)
        let label = table.header.position(of: goalColumn).map { table.header.labels[$0] } ?? ""
        let evidence = TargetEvidence(
            value: FieldEvidence(
                words: goalWords, span: goalSpan, reason: "the \(label) cell of an indicator table"),
            comparator: FieldEvidence(
                words: goalWords, span: goalSpan,
                reason: goal.comparator == .exactly
                    ? "a plain value in an indicator table" : "the sign of the value"),
            metric: FieldEvidence(
                words: text.string(nameSpan.start, nameSpan.end), span: nameSpan,
                reason: "the indicator's name as written"),
            kind: FieldEvidence(reason: "the unit \(goal.unit.rawValue)"),
            increment: FieldEvidence(
                words: goal.isCumulative ? goalWords : nil, span: goal.isCumulative ? goalSpan : nil,
                reason: goal.isCumulative
                    ? "a bracketed value accumulates over the period" : "an indicator states a level"),
            aspirational: FieldEvidence(reason: "an indicator table states no hedge"),
            recurrence: FieldEvidence(
                reason: isYearlyMean
                    ? "the \(label) column states a yearly mean"
                    : "an indicator table states one value for the period"),
            deadline: FieldEvidence(
                reason: table.header.goalYear != nil
                    ? "the year of the \(label) column" : "the goal column names no year: the plan's horizon"),
            section: FieldEvidence(
                reason: table.title != nil ? "the table's title" : "the heading above the table"),
            responsible: FieldEvidence(reason: "an indicator table names no units"),
            direction: FieldEvidence(
                reason: isReduction
                    ? "the indicator's name ends in a word of falling" : "the indicator names no fall"),
            baseline: FieldEvidence(
                reason: baseline == nil
                    ? "the table gives no base value" : "the base column of an indicator table"))
        let mention = Mention(
            text: goalWords, span: goalSpan, value: goal.value, unit: goal.unit, isTarget: true,
            reason: "target: \(metric)")
        return (target, evidence, mention)
    }
}
