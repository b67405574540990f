import GRDB

/// Rows that belong to targets, read in target id order alongside a stream of targets in the
/// same order: each call takes the rows of one target and skips those of targets the stream
/// left out, so a report over a million targets holds one target's rows at a time.
struct TargetCursor<Value> {
    private let rows: RowCursor
    private let decode: (Row) throws -> Value
    private var pending: (targetID: Int64, value: Value)?

    /// - Parameters:
    ///   - rows: Rows ordered by target id, the id in column 0.
    ///   - decode: Turns a row into a value.
    init(_ rows: RowCursor, decode: @escaping (Row) throws -> Value) throws {
        self.rows = rows
        self.decode = decode
        pending = try Self.next(rows, decode)
    }

    /// The values of target `id`, in the rows' order. Ids must be asked for in increasing order.
    mutating func values(of id: Int64) throws -> [Value] {
        var values: [Value] = []
        while let (targetID, value) = pending, targetID <= id {
            if targetID == id { values.append(value) }
            pending = try Self.next(rows, decode)
        }
        return values
    }

    private static func next(_ rows: RowCursor, _ decode: (Row) throws -> Value) throws
        -> (targetID: Int64, value: Value)?
    {
        guard let row = try rows.next() else { return nil }
        return (row[0], try decode(row))
    }
}
