import Foundation
import GRDB
import GRDBSQLite

/// The columns of one result row, read by position; a row of GRDB, or a statement's current row
/// read straight through SQLite's C interface where reports decode millions.
protocol ColumnReader {
    /// Whether the column is NULL.
    func isNull(_ index: Int) -> Bool
    /// The column as an integer (0 when NULL).
    func integer(_ index: Int) -> Int64
    /// The column as a number (0 when NULL).
    func double(_ index: Int) -> Double
    /// The column as text (empty when NULL).
    func text(_ index: Int) -> String
    /// Calls `body` with the column's text as UTF-8 bytes (none when NULL).
    func withUTF8<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result
}

extension ColumnReader {
    /// The column as text, or nil when NULL.
    func optionalText(_ index: Int) -> String? { isNull(index) ? nil : text(index) }
    /// The column as a number, or nil when NULL.
    func optionalDouble(_ index: Int) -> Double? { isNull(index) ? nil : double(index) }

    /// The case of `type` whose raw value is the column's text, compared byte by byte so that
    /// no String is built; nil when NULL or when no case matches.
    func optionalCase<Value: CaseIterable & RawRepresentable<String>>(_ index: Int, of type: Value.Type)
        -> Value?
    {
        withUTF8(index) { bytes in
            Value.allCases.first { value in
                var rawValue = value.rawValue
                return rawValue.withUTF8 { raw in
                    guard raw.count == bytes.count, let rawStart = raw.baseAddress,
                        let start = bytes.baseAddress
                    else { return raw.count == bytes.count }
                    return memcmp(rawStart, start, raw.count) == 0
                }
            }
        }
    }
}

extension Row: ColumnReader {
    func isNull(_ index: Int) -> Bool { hasNull(atIndex: index) }
    func integer(_ index: Int) -> Int64 { self[index] ?? 0 }
    func double(_ index: Int) -> Double { self[index] ?? 0 }
    func text(_ index: Int) -> String { self[index] ?? "" }

    func withUTF8<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = self.text(index)
        return text.withUTF8(body)
    }
}

/// The current row of a prepared statement, read through SQLite's C interface.
struct StatementColumns: ColumnReader {
    let statement: SQLiteStatement

    func isNull(_ index: Int) -> Bool { sqlite3_column_type(statement, Int32(index)) == SQLITE_NULL }
    func integer(_ index: Int) -> Int64 { sqlite3_column_int64(statement, Int32(index)) }
    func double(_ index: Int) -> Double { sqlite3_column_double(statement, Int32(index)) }

    func text(_ index: Int) -> String {
        guard let bytes = sqlite3_column_text(statement, Int32(index)) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, Int32(index)))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func withUTF8<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let bytes = sqlite3_column_text(statement, Int32(index))
        return body(
            UnsafeBufferPointer(
                start: bytes, count: bytes == nil ? 0 : Int(sqlite3_column_bytes(statement, Int32(index)))))
    }
}
