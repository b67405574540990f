/// One measured figure of a benchmark, printed beside its goal.
struct BenchmarkFigure {
    /// What was measured, e.g. `extraction throughput (1 core)`.
    var name: String
    /// The measurement as printed, e.g. `63.2 MB/s`.
    var measured: String
    /// The goal as printed, e.g. `>= 50 MB/s`.
    var goal: String
    /// Whether the measurement meets the goal; `nil` when there is no goal to meet.
    var isMet: Bool?

    /// The figure as one aligned line of the report.
    var line: String {
        let verdict = isMet.map { $0 ? "ok" : "MISSED" } ?? ""
        return [(name, 52), (measured, 22), (goal, 14)]
            .map { text, width in
                text.padding(toLength: max(width, text.count + 1), withPad: " ", startingAt: 0)
            }
            .joined() + verdict
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
