import ArgumentParser
import PlanStore

extension Plantrack.Report {
    /// `plantrack report units`: one row per responsible unit.
    struct Units: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One row per responsible unit: its targets counted by state, and its worst gaps."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            let day = options.day
            let output = options.output
            var accumulator = UnitSummary.Accumulator()
            var failOn = try options.failOnCounter()
            try options.openStore(global).forEachStatus(
                asOf: day, plan: options.plan, binding: options.binding
            ) {
                _, status in
                failOn.count(status)
                accumulator.add(status)
            }
            let summaries = accumulator.summaries()
            let title = "Responsible units as of \(day.iso)"
            let table = UnitSummary.table(summaries)
            switch output.resolvedFormat {
            case .json:
                try output.emit(JSONOutput.text(of: UnitReportJSON(asOf: day, units: summaries)))
            case .table:
                try output.emit(
                    summaries.isEmpty
                        ? "No target to report.\n"
                        : title + "\n\n" + table.renderedForTerminal(width: options.tableWidth))
            case .csv:
                try output.emit(table.renderedAsCSV(byteOrderMark: output.bom))
            case .markdown:
                try output.emit("## " + title + "\n\n" + table.renderedAsMarkdown())
            case .html:
                try output.emit(table.renderedAsHTML(title: title))
            case .xlsx:
                throw StatusWorkbook.unsupported("report units")
            }
            try options.checkFailOn(failOn)
        }
    }
}
