import ArgumentParser
import PlanIngest
import PlanStore

/// `--fail-on` state names: the states with spaces written as hyphens (`off-track`).
enum FailOn {
    /// Counts the rows in the `--fail-on` states.
    struct Counter {
        let states: Set<TargetState>
        /// The report's day: `overdue` also names a target with no figure past its deadline,
        /// as `report overdue` lists it.
        let asOf: CalendarDay
        private(set) var hits = 0

        init(states: Set<TargetState>, asOf: CalendarDay) {
            self.states = states
            self.asOf = asOf
        }

        /// Counts one reported row.
        mutating func count(_ status: TargetStatus) {
            if states.contains(status.state) || states.contains(.overdue) && status.isOverdue(asOf: asOf) {
                hits += 1
            }
        }
    }

    /// Every state's name as `--fail-on` takes it.
    static var names: [String] { TargetState.allCases.map { $0.rawValue.replacingAll(" ", with: "-") } }

    /// The states a comma-separated list names.
    /// - Throws: `ValidationError` for an unknown name or an empty list.
    static func states(in list: String) throws -> Set<TargetState> {
        var states: Set<TargetState> = []
        for name in list.split(separator: ",").map({ String($0).trimmingWhitespace().lowercased() }) {
            guard let state = TargetState(rawValue: name.replacingAll("-", with: " ")) else {
                throw ValidationError(
                    "--fail-on: unknown state '\(name)'; use \(names.joined(separator: ", ")).")
            }
            states.insert(state)
        }
        if states.isEmpty {
            throw ValidationError("--fail-on: name at least one state, e.g. overdue,off-track.")
        }
        return states
    }
}
