import ArgumentParser
import PlanStore

extension Plantrack.Plans {
    /// `plantrack plans remove ID --yes`: a plan and what hangs on it leave the database.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a plan with its targets, figures and history; the removal is recorded.",
            discussion: """
                Nothing is removed without --yes: without it, the command says what would go. \
                `plantrack plans removed` lists past removals. Back up first (plantrack backup FILE) \
                if the figures may be wanted again.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The plan id (see `plantrack plans`).", valueName: "id"))
        var id: Int64

        @Flag(help: "Confirm the removal.")
        var yes = false

        @Option(help: "Why the plan is removed, kept in the record.")
        var reason: String?

        @OptionGroup var reviewer: ReviewerOptions

        func run() throws {
            let store = try global.openStore()
            guard yes else {
                guard let plan = try store.plans().first(where: { $0.id == id }) else {
                    throw CLIError(StoreError.planNotFound(id: id).description)
                }
                Console.error(
                    "plan \(id) (\(plan.title ?? plan.fileName)) has \(plan.targetCount) target\(plan.targetCount == 1 ? "" : "s"): "
                        + "nothing was removed; pass --yes to remove it with its targets, figures and history"
                )
                throw ExitCode.failure
            }
            let reason = reason?.trimmingWhitespace()
            let removal = try store.removePlan(
                id, reason: reason?.isEmpty == false ? reason : nil, by: reviewer.person)
            Console.out(
                "Removed plan \(removal.planID): \(removal.title ?? "(untitled)") (\(removal.fileName)), "
                    + "\(removal.targetCount) target\(removal.targetCount == 1 ? "" : "s") and "
                    + "\(removal.figureCount) figure\(removal.figureCount == 1 ? "" : "s").")
        }
    }

    /// `plantrack plans removed`: the record of removed plans.
    struct Removed: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the plans removed, by whom and when.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let removals = try global.openStore().removedPlans()
            guard !removals.isEmpty else {
                Console.out("No plan has been removed.")
                return
            }
            var table = TextTable(columns: [
                .init("Plan", alignment: .right), .init("Title"), .init("File"),
                .init("Targets", alignment: .right), .init("Figures", alignment: .right), .init("Removed"),
                .init("By"), .init("Reason"),
            ])
            for removal in removals {
                table.append([
                    String(removal.planID), removal.title ?? "-", removal.fileName,
                    String(removal.targetCount),
                    String(removal.figureCount), removal.removedAt, removal.removedBy, removal.reason ?? "-",
                ])
            }
            Console.out(table.renderedForTerminal())
        }
    }
}
