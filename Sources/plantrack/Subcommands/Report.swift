import ArgumentParser

extension Plantrack {
    /// `plantrack report ...`: where the plans stand.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report on the targets' progress.",
            subcommands: [
                Overdue.self, Status.self, Units.self, Missing.self, PlanScorecard.self, Compare.self,
            ]
        )
    }
}
