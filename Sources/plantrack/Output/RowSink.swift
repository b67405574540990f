import PlanIngest
import PlanWriting

/// Receives a table row cell by cell, so that a row is defined once and then either collected
/// as strings (terminal and Markdown tables) or written straight out as bytes (CSV).
///
/// A cell is plain text or the UTF-8 bytes that a closure appends; the typed helpers of the
/// extension turn numbers, days and missing values into cells.
protocol RowSink {
    /// Adds a cell holding `text`.
    mutating func appendCell(_ text: String)

    /// Adds a cell whose text `write` appends, as UTF-8, to the bytes it is given.
    mutating func appendCell(writing write: (inout [UInt8]) -> Void)
}

extension RowSink {
    /// Adds a cell holding an integer in decimal.
    mutating func appendCell(_ integer: some BinaryInteger) {
        appendCell { NumberText.appendInteger(integer, to: &$0) }
    }

    /// Adds a cell that `write` fills from `value`, or holding `placeholder` when there is no
    /// value.
    mutating func appendCell<Value>(
        _ value: Value?, placeholder: String = "-", writing write: (Value, inout [UInt8]) -> Void
    ) {
        guard let value else { return appendCell(placeholder) }
        appendCell { write(value, &$0) }
    }
}

/// CSV records take their cells from the rows that reports define once.
extension CSVRecordWriter: RowSink {}
