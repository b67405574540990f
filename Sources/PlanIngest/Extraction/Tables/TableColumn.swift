/// What a column of a plan's table holds, as its header names it.
///
/// The header words live in `Vocabulary.tsv` (role `tableHeaders`): `完成时限` and `时间节点`
/// name ``deadline``, `牵头单位` names ``lead``, `单位` alone names ``unit``.
enum TableColumn: String, Sendable, Hashable, CaseIterable {
    /// The row number (`序号`): never part of a metric or a quote.
    case rowNumber
    /// A task in words (`重点任务`), which may state targets of its own.
    case task
    /// The name of an indicator (`指标`), whose row states one target.
    case indicator
    /// The value aimed at (`目标值`, or the later of two year columns).
    case goal
    /// A yearly mean or, in brackets, a total over the period (`年均/累计`): the goal of a row
    /// whose goal column states none.
    case growth
    /// Units responsible, lead first when marked (`责任单位`).
    case responsible
    /// Units that lead (`牵头单位`).
    case lead
    /// Units that support the lead (`配合单位`).
    case support
    /// When the row is due (`完成时限`).
    case deadline
    /// The unit of measurement of the row's values (`单位`).
    case unit
    /// The value at the start of the period (`基期值`, or the earlier of two year columns).
    case baseline
    /// Whether the indicator binds (`属性`: 约束性 or 预期性).
    case attribute
    /// A column headed only by a year (`2025年`), resolved to ``baseline`` or ``goal``.
    case year
}
