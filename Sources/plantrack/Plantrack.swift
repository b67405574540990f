import ArgumentParser
import PlanIngest
import PlanStore

@main
struct Plantrack: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plantrack",
        abstract: "Turn Chinese policy plans into a scoreboard of numeric targets.",
        subcommands: [
            Import.self,
            Plans.self,
            Targets.self,
            Show.self,
            Log.self,
            Report.self,
            History.self,
            Backup.self,
            Check.self,
            DB.self,
            Text.self,
            Extract.self,
            Explain.self,
        ]
    )

    @OptionGroup var global: GlobalOptions
}
