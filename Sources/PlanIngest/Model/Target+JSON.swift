import PlanWriting

/// The keys that every JSON contract of a target writes alike: `extract`'s targets and the
/// stored targets of `targets`.
extension Target {
    /// Writes the keys that open a target object, in sorted order: `aspirational`, `baseline`
    /// (`{"value":850,"year":2020}` or `null`), `binding` (`true`, `false` or `null`) and
    /// `comparator`.
    package func writeOpeningFields(to writer: inout JSONWriter) {
        writer.field("aspirational", isAspirational)
        writer.field("base_year", baseYear)
        writer.key("baseline")
        writer.value(baseline)
        writer.key("binding")
        writer.bool(binding)
        writer.field("comparator", comparator.rawValue)
    }

    /// Writes the amount promised, the keys that close a target object: `unit`, `value` and
    /// `value_max`, quantities without float noise.
    package func writeAmountFields(to writer: inout JSONWriter) {
        writer.field("unit", unit.rawValue)
        writer.field("value", quantity: value)
        writer.field("value_max", quantity: valueMax)
    }
}
