import PlanStore

/// The order of `report overdue`: targets behind with figures reported before those nobody
/// reported on (two different conversations), each most overdue first, then in report order.
enum OverdueOrder {
    /// What the order looks at in a status.
    struct Key {
        var hasFigures: Bool
        var daysOverdue: Int

        init(_ status: TargetStatus) {
            hasFigures = status.lastPeriod != nil
            daysOverdue = status.daysOverdue ?? 0
        }
    }

    /// The positions of `keys` in the order of the report.
    /// - Complexity: O(*n* log *n*).
    static func positions(of keys: [Key]) -> [Int] {
        keys.indices.sorted { left, right in
            let (a, b) = (keys[left], keys[right])
            if a.hasFigures != b.hasFigures { return a.hasFigures }
            if a.daysOverdue != b.daysOverdue { return a.daysOverdue > b.daysOverdue }
            return left < right
        }
    }

    /// `statuses` in the order of the report.
    static func sorted(_ statuses: [TargetStatus]) -> [TargetStatus] {
        // Positions are sorted rather than the statuses themselves: a status is a large value.
        positions(of: statuses.map(Key.init)).map { statuses[$0] }
    }
}
