import Foundation
import PlanStore

/// Colour for terminal tables: only when standard output is a terminal, never with `NO_COLOR`
/// set (https://no-color.org), and never in files or pipes.
struct TerminalStyle: Sendable {
    var isEnabled: Bool

    /// Colour when writing to a terminal and `NO_COLOR` is unset or empty.
    static func forStandardOutput(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TerminalStyle {
        resolved(isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment)
    }

    /// Colour only on a terminal, and never when `NO_COLOR` holds a value.
    static func resolved(isTerminal: Bool, environment: [String: String]) -> TerminalStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(isEnabled: isTerminal && !noColor)
    }

    /// `text` wrapped in the SGR colour for a target state, or unchanged when colour is off.
    func paint(_ text: String, for state: TargetState) -> String {
        guard isEnabled else { return text }
        let code: String
        switch state {
        case .met, .onTrack: code = "32"  // green
        case .atRisk: code = "33"  // yellow
        case .offTrack, .overdue: code = "31"  // red
        case .breached: code = "1;31"  // bold red
        case .noData, .noTrend, .noBaseline, .notAssessable: code = "2"  // dim
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
