import ArgumentParser
import Foundation
import PlanIngest
import PlanStore

/// The flags every report shares: the day, the plan, binding targets, when to fail, the table's
/// width, and the format and file to write.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The day to judge at (YYYY-MM-DD); default today.", valueName: "date"))
    var asOf: CalendarDay?

    @Option(help: ArgumentHelp("Only targets of this plan id.", valueName: "id"))
    var plan: Int64?

    @Flag(
        inversion: .prefixedNo,
        help: "Only binding targets (约束性); with --no-binding, only expected ones (预期性).")
    var binding: Bool?

    @Option(
        help: ArgumentHelp(
            "Exit with status 1 when a reported target is in one of these states, e.g. overdue,off-track. States: \(FailOn.names.joined(separator: ", ")).",
            valueName: "states"))
    var failOn: String?

    @Flag(
        help:
            "On a terminal, print every column in full instead of fitting the table to the terminal's width.")
    var wide = false

    @OptionGroup var output: OutputOptions

    /// The width a terminal table must fit: the terminal's, when the table goes to one and
    /// `--wide` is not given; `nil` (every column in full) otherwise.
    var tableWidth: Int? {
        guard !wide, output.isStandardOutput else { return nil }
        return TerminalWidth.ofStandardOutput(environment: ProcessInfo.processInfo.environment)
    }

    /// The day the report judges at: `--as-of`, else today.
    var day: CalendarDay { asOf ?? .today }

    func validate() throws {
        if let failOn { _ = try FailOn.states(in: failOn) }
    }

    /// The database of `global`, once the plan `--plan` names is known to be in it: a report
    /// of a plan that is not there fails, rather than printing an empty report.
    func openStore(_ global: GlobalOptions) throws -> Store {
        let store = try global.openStore()
        if let plan, try store.plan(id: plan) == nil {
            throw CLIError("no plan \(plan): see `plantrack plans` for the ids")
        }
        return store
    }

    /// A counter of the reported rows in `--fail-on` states.
    func failOnCounter() throws -> FailOn.Counter {
        FailOn.Counter(states: try failOn.map(FailOn.states) ?? [], asOf: day)
    }

    /// Fails the command, after the report was written, when the counter saw a row in a
    /// `--fail-on` state.
    func checkFailOn(_ counter: FailOn.Counter) throws {
        guard let failOn, counter.hits > 0 else { return }
        Console.note(
            "\(counter.hits) target\(counter.hits == 1 ? " is" : "s are") \(failOn.replacingAll(",", with: " or ")) (--fail-on)"
        )
        throw ExitCode(1)
    }
}
