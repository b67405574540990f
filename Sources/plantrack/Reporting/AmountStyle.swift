import PlanIngest

/// How a report row writes its amounts: as people read them, or as numbers a spreadsheet can
/// add up.
///
/// ```
/// text:    >= 5亿元 | 3.5亿元    | 1.5亿元    | 70%
/// numbers: >= 5亿元 | 500000000 | 元 | 350000000 | 150000000 | 70
/// ```
enum AmountStyle {
    /// The target with its comparator and each amount in the unit the plan would write
    /// (`>= 5亿元`, `3.5亿元`, `70%`); `-` when there is none.
    case text
    /// After the target as text, its value and its base unit in columns of their own; every
    /// amount a plain number in that base unit (350000000 for 3.5亿元, 70 for 70%), the cell
    /// empty when there is none. A range's value is its lower end.
    case numbers
}

extension RowSink {
    /// Adds the target's cell, and in ``AmountStyle/numbers`` its value and unit cells.
    mutating func appendTarget(_ target: Target, style: AmountStyle) {
        appendCell { NumberText.appendTarget(target, to: &$0) }
        guard style == .numbers else { return }
        // A fall (下降13.5%) carries its sign, as the Target column and the figures do.
        appendCell { NumberText.appendPlain(target.isReduction ? -target.value : target.value, to: &$0) }
        appendCell(target.unit.rawValue)
    }

    /// Adds a cell holding an amount of `unit`, as `style` writes it.
    mutating func appendAmount(_ value: Double?, unit: PlanIngest.Unit, style: AmountStyle) {
        switch style {
        case .text: appendCell(value) { NumberText.appendQuantity($0, unit: unit, to: &$1) }
        case .numbers: appendCell(value, placeholder: "", writing: NumberText.appendPlain)
        }
    }

    /// Adds a cell holding a percentage achieved, as `style` writes it: `87.5%` or `87.5`.
    mutating func appendPercent(_ value: Double?, style: AmountStyle) {
        switch style {
        case .text: appendCell(value, writing: NumberText.appendPercent)
        case .numbers:
            appendCell(value, placeholder: "") { NumberText.appendPlain(($0 * 10).rounded() / 10, to: &$1) }
        }
    }
}

extension TextTable.Column {
    /// The columns of a target in `style`: `Target`, then `Value` and `Unit` for numbers.
    static func target(style: AmountStyle) -> [TextTable.Column] {
        style == .text
            ? [.init("Target")] : [.init("Target"), .init("Value", alignment: .right), .init("Unit")]
    }
}
