/// A figure with an optional unit, as a person types it when logging progress.
///
/// Values are normalised to the base unit, as in ``Target``:
///
/// ```swift
/// Quantity(parsing: "5亿元")   // 500000000 元
/// Quantity(parsing: "450家")   // 450 家
/// Quantity(parsing: "3.2%")    // 3.2 %
/// Quantity(parsing: "1320")    // 1320, no unit
/// Quantity(parsing: "1.5万")   // 15000, no unit
/// Quantity(parsing: "很多")     // nil
/// ```
public struct Quantity: Sendable, Hashable {
    /// The value in the base unit.
    public var value: Double
    /// The base unit, or `nil` when the text names none.
    public var unit: Unit?

    /// Creates a quantity from a value and a unit.
    /// - Parameters:
    ///   - value: The value in the base unit.
    ///   - unit: The base unit, if any.
    public init(value: Double, unit: Unit?) {
        self.value = value
        self.unit = unit
    }

    /// Parses a figure such as `5亿元`, `1,320`, `１２３家`, `百分之三十` or `1.5个百分点`.
    ///
    /// Surrounding white space is ignored; anything else around the figure makes the parse
    /// fail, so that a typo is reported rather than half-read. A leading minus sign is kept.
    /// - Parameter text: The figure as typed.
    /// - Returns: `nil` when the text is not a single figure, or is vague (`十几`).
    /// - Complexity: O(*n*) in the length of `text`.
    public init?(parsing text: String) {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        var sign = 1.0
        if let first = scalars.first, first == "-" || first == "－" || first == "−" {
            sign = -1
            scalars.removeFirst()
        }
        let source = ScalarText(scalars: scalars)
        guard let reading = QuantityReader.read(in: source, at: 0), reading.end == source.count,
            reading.valueMax == nil, let value = reading.value
        else { return nil }
        self.value = sign * value
        self.unit = reading.unit
    }
}
