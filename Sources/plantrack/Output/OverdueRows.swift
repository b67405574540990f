import PlanStore

/// Overdue rows rendered as the statuses stream in, and handed back in the order of the
/// overdue report: targets with figures before those without, each most overdue first, then
/// in the order they came. Only the rendered text and a sort key are kept per row, not the
/// statuses.
///
struct OverdueRows {
    private struct Key {
        var isUnreported: Bool
        var daysOverdue: Int
        var bytes: Range<Int>
    }

    private var text: [UInt8] = []
    private var keys: [Key] = []

    /// How many rows were added.
    var count: Int { keys.count }

    /// Adds a rendered row.
    mutating func append(_ row: RenderedStatus) {
        let start = text.count
        text.append(contentsOf: row.text)
        keys.append(
            Key(isUnreported: !row.hasFigures, daysOverdue: row.daysOverdue ?? 0, bytes: start..<text.count))
    }

    /// Calls `body` with each row's text in report order, and its position.
    func forEachInOrder(_ body: (_ row: ArraySlice<UInt8>, _ position: Int) throws -> Void) throws {
        let order = keys.indices.sorted { left, right in
            let (a, b) = (keys[left], keys[right])
            if a.isUnreported != b.isUnreported { return !a.isUnreported }
            if a.daysOverdue != b.daysOverdue { return a.daysOverdue > b.daysOverdue }
            return left < right
        }
        for (position, index) in order.enumerated() {
            try body(text[keys[index].bytes], position)
        }
    }
}
