import Foundation
import PlanIngest
import PlanStore

/// Times the report commands of the real binary on the scale database, one plan and all plans,
/// with the peak memory each needed: the median of five runs for one plan, of three for all.
struct ReportBenchmark {
    /// The `plantrack` executable.
    let executable: String
    /// The scale database.
    let databasePath: String
    /// The date the reports are computed at.
    let asOf = "2024-06-30"

    func run() -> [BenchmarkFigure] {
        let cases: [(name: String, arguments: [String], goal: Double)] = [
            ("report overdue, one plan", ["report", "overdue", "--plan", "1"], 0.1),
            ("report status, one plan", ["report", "status", "--plan", "1"], 0.1),
            ("report overdue, all plans", ["report", "overdue"], 3),
            ("report status, all plans", ["report", "status"], 3),
        ]
        return cases.map { item in
            let command =
                [executable, "--db", databasePath] + item.arguments
                + ["--as-of", asOf, "--format", "csv"]
            let run = ProcessTiming.median(of: command, runs: item.goal < 1 ? 5 : 3)
            guard run.exitStatus == 0 else {
                return BenchmarkFigure(
                    name: item.name, measured: "failed (exit \(run.exitStatus))",
                    goal: "< \(item.goal) s", isMet: false)
            }
            return BenchmarkFigure(
                name: item.name,
                measured: String(format: "%.3f s, %.0f MB", run.seconds, run.peakMegabytes),
                goal: "< \(item.goal) s", isMet: run.seconds < item.goal)
        }
    }
}
