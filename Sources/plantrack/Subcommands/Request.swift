import ArgumentParser
import Foundation
import PlanIngest
import PlanStore

extension Plantrack {
    /// `plantrack request --period 2024Q2 --output DIR|FILE.xlsx`: the sheets that ask each
    /// responsible unit for its figures.
    struct Request: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the Excel sheets that ask each responsible unit for its figures for a period.",
            discussion: """
                Lists every target that owes a figure for the period (not met, due during or after \
                it, and with no figure for it yet), one sheet per unit asked: the target's first \
                lead unit, else its first unit; units that lead come first, targets with no unit \
                named have a sheet of their own. A sheet 说明 first says how to fill them in. \
                --output FILE.xlsx writes one workbook with a sheet per unit; --output DIR writes \
                one workbook per unit into DIR. The filled workbooks go back in with \
                `plantrack log FILE.xlsx`.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(
            help: ArgumentHelp("The period to ask for: 2024Q2, 2024H1, 2024 or 2024-06.", valueName: "period")
        )
        var period: String

        @Option(
            help: ArgumentHelp(
                "The day to judge at (YYYY-MM-DD); default the period's last day.", valueName: "date"))
        var asOf: CalendarDay?

        @Option(help: ArgumentHelp("Only the sheet of this unit, named as in the plan.", valueName: "name"))
        var unit: String?

        @Option(help: ArgumentHelp("Only targets of this plan id.", valueName: "id"))
        var plan: Int64?

        @Option(
            help: ArgumentHelp(
                "A workbook file (.xlsx) with a sheet per unit, or a folder to write one workbook per unit into.",
                valueName: "dir|file.xlsx"))
        var output: String

        @Flag(help: "Replace existing workbooks even if plantrack did not write them.")
        var force = false

        func validate() throws {
            if Period(typed: period) == nil {
                throw ValidationError("--period: " + PeriodText.problem(with: period))
            }
            if output.isEmpty || output == "-" {
                throw ValidationError("--output: give a folder or a file name ending in .xlsx.")
            }
        }

        func run() throws {
            guard let period = Period(typed: period) else {
                throw ValidationError(PeriodText.problem(with: period))
            }
            let day = asOf ?? period.end
            let store = try global.openStore()
            let statuses = try store.statuses(asOf: day, plan: plan) {
                FigureRequest.owesFigure($0, for: period)
            }
            var lines: [FigureRequest.Line] = []
            for status in statuses {
                let figures = try store.progress(ofTarget: status.target.id, includingReplaced: false)
                let last = figures.max { $0.period.end < $1.period.end }
                // A figure for a period that ends later (2025 when 2025Q2 is asked) answers the
                // request, though it ends after the day the statuses are judged at.
                if let last, last.period.end >= period.end { continue }
                lines.append(FigureRequest.Line(status: status, lastFigure: last))
            }
            let request = FigureRequest(period: period, lines: lines, unit: unit)
            guard !request.groups.isEmpty else {
                if let unit {
                    throw CLIError(
                        "no target asked of '\(unit)' owes a figure for \(period.description) as of \(day.iso); check the unit's name with `plantrack report missing`"
                    )
                }
                Console.out(
                    "No target owes a figure for \(period.description) as of \(day.iso); nothing written.")
                return
            }
            if output.lowercased().hasSuffix(".xlsx") {
                let bytes = try RequestWorkbook.bytes(for: request.groups, period: period, asOf: day)
                try WorkbookFile.write(bytes, to: output, force: force)
                let count = request.groups.reduce(0) { $0 + $1.lines.count }
                Console.out(
                    "Wrote \(output): \(request.groups.count) unit sheet\(request.groups.count == 1 ? "" : "s"), \(count) target\(count == 1 ? "" : "s") owing a figure for \(period.description)."
                )
            } else {
                try writeFolder(request, asOf: day)
            }
        }

        /// One workbook per unit in the `--output` folder, every destination checked before
        /// the first is written.
        private func writeFolder(_ request: FigureRequest, asOf day: CalendarDay) throws {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    throw CLIError(
                        "cannot write into \(output): it is a file; give a folder, or a name ending in .xlsx")
                }
            } else {
                do {
                    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                } catch {
                    throw CLIError("cannot create the folder \(output): \(error.localizedDescription)")
                }
            }
            var names = SheetName.Registry()
            let files = request.groups.map { group in
                let name = names.unique(for: group.unit ?? RequestWorkbook.unassignedSheetName)
                return (
                    group,
                    (output as NSString).appendingPathComponent("\(name)-\(request.period.description).xlsx")
                )
            }
            for (_, path) in files { _ = try OutputFile.checkedDestination(path, force: force) }
            for (group, path) in files {
                let bytes = try RequestWorkbook.bytes(for: [group], period: request.period, asOf: day)
                try WorkbookFile.write(bytes, to: path, force: force)
                Console.out(
                    "Wrote \(path): \(group.lines.count) target\(group.lines.count == 1 ? "" : "s") for \(group.unit ?? RequestWorkbook.unassignedSheetName)."
                )
            }
        }
    }
}
