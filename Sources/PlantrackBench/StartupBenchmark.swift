import Foundation

/// Times how long the binary takes to answer small requests: start-up cost dominates them.
struct StartupBenchmark {
    /// The `plantrack` executable.
    let executable: String
    /// A small database holding the seed plans and demo figures.
    let smallDatabasePath: String

    func run() -> [BenchmarkFigure] {
        let cases: [(name: String, arguments: [String])] = [
            ("start-up: plantrack --help", ["--help"]),
            (
                "start-up: report overdue, seed database",
                ["--db", smallDatabasePath, "report", "overdue", "--as-of", "2024-06-30"]
            ),
        ]
        return cases.map { item in
            let run = ProcessTiming.median(of: [executable] + item.arguments, runs: 21)
            guard run.exitStatus == 0 else {
                return BenchmarkFigure(
                    name: item.name, measured: "failed (exit \(run.exitStatus))", goal: "< 50 ms",
                    isMet: false)
            }
            return BenchmarkFigure(
                name: item.name, measured: String(format: "%.1f ms", run.seconds * 1000),
                goal: "< 50 ms", isMet: run.seconds < 0.05)
        }
    }
}
