/// A ``RowSink`` that collects a row's cells as strings, for the tables people read.
struct RowCells: RowSink {
    /// The cells added so far, in order.
    private(set) var cells: [String] = []
    /// Reused by every cell written as bytes.
    private var scratch: [UInt8] = []

    /// The cells that `fill` adds.
    static func collect(_ fill: (inout RowCells) -> Void) -> [String] {
        var row = RowCells()
        fill(&row)
        return row.cells
    }

    mutating func appendCell(_ text: String) {
        cells.append(text)
    }

    mutating func appendCell(writing write: (inout [UInt8]) -> Void) {
        scratch.removeAll(keepingCapacity: true)
        write(&scratch)
        cells.append(String(decoding: scratch, as: UTF8.self))
    }
}
