import PlanStore

/// How many reported rows are in each state, for a report's title: `3 met, 2 overdue, 5 no data`.
struct StateCounts: CustomStringConvertible {
    private var byState: [TargetState: Int] = [:]
    /// How many rows in all.
    private(set) var total = 0

    /// Targets with no figure whose deadline has passed: `report overdue` lists them too.
    private(set) var pastDeadlineWithoutFigures = 0

    /// Counts one row.
    mutating func add(_ status: TargetStatus) {
        byState[status.state, default: 0] += 1
        total += 1
        if status.state == .noData, status.daysOverdue != nil { pastDeadlineWithoutFigures += 1 }
    }

    /// How many rows are in `state`.
    subscript(state: TargetState) -> Int { byState[state] ?? 0 }

    /// The non-zero counts by state, in the states' order; `no targets` when there are none.
    var description: String {
        let parts = TargetState.allCases.compactMap { state -> String? in
            let count = self[state]
            guard count > 0 else { return nil }
            if state == .noData, pastDeadlineWithoutFigures > 0 {
                return "\(count) \(state.rawValue) (\(pastDeadlineWithoutFigures) past the deadline)"
            }
            return "\(count) \(state.rawValue)"
        }
        return parts.isEmpty ? "no targets" : parts.joined(separator: ", ")
    }
}
