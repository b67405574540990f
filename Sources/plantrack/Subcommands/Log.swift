import ArgumentParser
import Foundation
import PlanIngest
import PlanStore
import PlanWriting

extension Plantrack {
    /// `plantrack log TARGET PERIOD VALUE` or `plantrack log --csv FILE`: record progress figures.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a progress figure for a target, or a CSV file or Excel workbook of them.",
            discussion: """
                TARGET is a target id or a text matching exactly one target's quote or metric. \
                PERIOD is 2024Q3, 2024H1, 2024 or 2024-07. VALUE is in the target's unit, or carries \
                a unit that is converted to it (5亿元, 450家, 3.2%). A negative VALUE needs no -- \
                (plantrack log 69 2023Q4 -3). A bare value against a percentage target that looks \
                like a fraction (0.0355 against 3.55%), and a value above 100% against a share of at \
                most 100% (1200 against 3.2%), are refused with a hint unless --as-is. A fall \
                (下降3%) is logged as a change with its sign: -2.1 for a fall of 2.1%. A change from \
                a base year (比2020年下降13.5%) is logged as the statistic's level (0.54). \
                PERIOD may also be written 2024年三季度, 2024年上半年 or 2024年7月.

                A level target (a total, a rate) is read at the end of each period, so its periods \
                may overlap (2023H1, then 2023); an increment's figures are added up, so its \
                periods may not. A replaced figure keeps its note and source unless new ones are given.

                A CSV file has the columns target,period,value and optionally note,source,plan \
                (or 目标/指标/目标编号, 期间, 数值, 备注, 来源, 方案); lines starting with # are comments. It is logged whole or not at all.

                plantrack log FILE.xlsx reads an Excel workbook the same way: every sheet whose first \
                row names those columns (as the sheets of plantrack request do); problems name the \
                sheet, row and column. A row whose value, note and source are empty is passed over.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: "A target id, or text matching exactly one target's quote or metric.")
        var target: String?

        @Argument(help: "The period the figure is for: 2024Q3, 2024H1, 2024 or 2024-07.")
        var period: String?

        /// The figure: a list only so that a negative value (`-3`) is not read as an option.
        @Argument(
            parsing: .allUnrecognized,
            help: ArgumentHelp(
                "The figure, in the target's unit or with a unit (5亿元, 450家, 3.2%, -3).", valueName: "value"))
        var values: [String] = []

        /// The figure as typed, when exactly one was given.
        var value: String? { typedValues.count == 1 ? typedValues[0] : nil }

        /// The values typed, without the `--` that older habits put before a negative one.
        private var typedValues: [String] {
            guard let terminator = values.firstIndex(of: "--") else { return values }
            var typed = values
            typed.remove(at: terminator)
            return typed
        }

        @Option(help: ArgumentHelp("Log every row of this CSV file instead.", valueName: "file"))
        var csv: String?

        @Option(help: ArgumentHelp("Look targets up in this plan only.", valueName: "id"))
        var plan: Int64?

        @Option(help: "A note kept with the figure.")
        var note: String?

        @Option(help: "Where the figure comes from, e.g. a statistics bulletin.")
        var source: String?

        @Flag(help: "Replace figures already logged for the same period; the old ones stay in the history.")
        var replace = false

        @Flag(
            help:
                "Store a value as typed, even when it looks like a slip: a fraction or a hundredfold of a percentage target, or an amount in the 万 or 亿 the target is shown in."
        )
        var asIs = false

        /// The workbook named as the only argument: `plantrack log FILE.xlsx`.
        var workbook: String? {
            guard let target, period == nil, typedValues.isEmpty, target.lowercased().hasSuffix(".xlsx")
            else {
                return nil
            }
            return target
        }

        func validate() throws {
            if let csv, csv.lowercased().hasSuffix(".xlsx") {
                throw ValidationError("--csv reads CSV files; log a workbook with plantrack log \(csv)")
            }
            if workbook != nil {
                if csv != nil { throw ValidationError("Give either FILE.xlsx or --csv FILE, not both.") }
                if note != nil || source != nil {
                    throw ValidationError(
                        "--note and --source apply to one figure; put them in the workbook's 备注 and 来源 columns."
                    )
                }
                return
            }
            if typedValues.count > 1 {
                throw ValidationError(
                    "Unexpected arguments: \(typedValues.dropFirst().joined(separator: " ")); give one VALUE."
                )
            }
            if csv != nil {
                if target != nil || !typedValues.isEmpty {
                    throw ValidationError("Give either --csv FILE or TARGET PERIOD VALUE, not both.")
                }
                if note != nil || source != nil {
                    throw ValidationError(
                        "--note and --source apply to one figure; put them in the CSV's note and source columns."
                    )
                }
                return
            }
            guard target != nil, let period, value != nil else {
                throw ValidationError(
                    "Give TARGET PERIOD VALUE, e.g. plantrack log 高新技术企业达1500家 2024Q2 1320, or --csv FILE.")
            }
            if Period(typed: period) == nil {
                throw ValidationError(PeriodText.problem(with: period))
            }
        }

        func run() throws {
            let store = try global.openStore()
            if let file = csv ?? workbook {
                let figures: [ProgressFigure]
                let place: (TargetPeriod) -> String?
                var unanswered = 0
                if csv != nil {
                    let rows = try figuresFromCSV(at: file, store: store)
                    figures = rows.map(\.figure)
                    place = { figure in Self.line(of: figure, in: rows).map { "line \($0)" } }
                } else {
                    let reading = try figuresFromWorkbook(at: file, store: store)
                    figures = reading.rows.map(\.figure)
                    unanswered = reading.unansweredCount
                    place = { figure in
                        reading.rows.first {
                            $0.figure.targetID == figure.targetID
                                && $0.figure.period.description == figure.period
                        }
                        .map { "sheet \($0.sheet.withVisibleControls), row \($0.row)" }
                    }
                }
                try record(figures, from: file, store: store, place: place)
                let left =
                    unanswered == 0 ? "" : " (\(unanswered) row\(unanswered == 1 ? "" : "s") left empty)"
                Console.out(
                    "Logged \(figures.count) figure\(figures.count == 1 ? "" : "s") from \(file)\(left).")
                return
            }
            let figures = try [singleFigure(store: store)]
            try store.record(figures, replacing: replace)
            if let figure = figures.first, let stored = try store.target(id: figure.targetID) {
                let amount = FigureText.figure(figure.value, of: stored.statement)
                Console.out(
                    "Logged \(amount) for \(figure.period.description) against target \(stored.id) (\(stored.statement.metric))."
                )
            }
        }

        /// Stores a file's figures in one transaction; when the store refuses them, says which
        /// row (`place`) each refusal is about and that nothing was logged.
        private func record(
            _ figures: [ProgressFigure], from file: String, store: Store, place: (TargetPeriod) -> String?
        ) throws {
            do {
                try store.record(figures, replacing: replace)
            } catch .duplicatePeriods(let duplicates) {
                for duplicate in duplicates {
                    let location = place(duplicate).map { "\($0): " } ?? ""
                    Console.error(
                        "\(file): \(location)target \(duplicate.targetID) already has a figure for \(duplicate.period)"
                    )
                }
                Console.note(
                    "nothing was logged from \(file); pass --replace to replace those figures (the old ones stay in history)."
                )
                throw ExitCode.failure
            } catch {
                // Name the row of the figure the database refused.
                let location = Self.targetPeriod(of: error).flatMap(place).map { "\($0): " } ?? ""
                Console.error("\(file): \(location)\(error)")
                throw ExitCode.failure
            }
        }

        /// The target `reference` names, when figures logged against it reach the reports: a
        /// rejected or retired target refuses them, naming what to do instead.
        static func loggableTarget(_ reference: String, inPlan plan: Int64?, store: Store) throws
            -> StoredTarget
        {
            let stored = try store.resolveTarget(reference, inPlan: plan)
            if stored.reviewState == .rejected {
                throw CLIError(
                    "target \(stored.id) (\(stored.statement.metric)) is rejected, so its figures would reach no report; confirm it first (plantrack targets confirm \(stored.id)) or log against another target"
                )
            }
            if stored.isRetired {
                throw CLIError(
                    "target \(stored.id) (\(stored.statement.metric)) is retired: its plan no longer states it; log against the target of the plan's current version (plantrack targets --plan \(stored.planID))"
                )
            }
            return stored
        }

        private func singleFigure(store: Store) throws -> ProgressFigure {
            guard let target, let period, let value, let parsedPeriod = Period(typed: period) else {
                throw ValidationError("Give TARGET PERIOD VALUE or --csv FILE.")
            }
            let stored = try Self.loggableTarget(target, inPlan: plan, store: store)
            let amount: Double
            do {
                amount = try FigureValue.value(of: value, for: stored.statement)
            } catch {
                throw CLIError(
                    "value: \(error.description) (target \(stored.id), \(stored.statement.metric))")
            }
            if !asIs,
                let problem = ImplausibleValue.problem(text: value, value: amount, target: stored.statement)
            {
                throw CLIError("value: \(problem) (target \(stored.id), \(stored.statement.metric))")
            }
            return ProgressFigure(
                targetID: stored.id, period: parsedPeriod, value: amount, note: note, source: source)
        }

        /// The target and period a store error is about.
        static func targetPeriod(of error: StoreError) -> TargetPeriod? {
            switch error {
            case .duplicatePeriod(let id, let text), .overlappingPeriod(let id, let text, _),
                .sameReadingDay(let id, let text, _), .futurePeriod(let id, let text, _),
                .invalidValue(let id, let text, _):
                return TargetPeriod(targetID: id, period: text)
            default:
                return nil
            }
        }

        /// The CSV line holding the figure for this target and period.
        static func line(of figure: TargetPeriod, in rows: [ProgressSheet.Row]) -> Int? {
            rows.first {
                $0.figure.targetID == figure.targetID && $0.figure.period.description == figure.period
            }?
            .line
        }

        private func figuresFromCSV(at path: String, store: Store) throws -> [ProgressSheet.Row] {
            let text = try Self.csvText(at: path)
            do {
                return try ProgressSheet.figures(in: text, defaultPlan: plan, asIs: asIs) { reference, plan in
                    try Self.loggableTarget(reference, inPlan: plan, store: store)
                }
            } catch {
                for problem in error.problems { Console.error("\(path): \(problem)") }
                Console.note("nothing was logged from \(path).")
                throw ExitCode.failure
            }
        }

        private func figuresFromWorkbook(at path: String, store: Store) throws -> ProgressWorkbook.Reading {
            let sheets: [WorkbookSheet]
            do {
                sheets = try XLSXReader().sheets(in: [UInt8](try Self.fileContents(at: path)))
            } catch let error as IngestError {
                throw CLIError("\(path): \(error)")
            }
            do {
                return try ProgressWorkbook.figures(in: sheets, defaultPlan: plan, asIs: asIs) {
                    reference, plan in
                    try Self.loggableTarget(reference, inPlan: plan, store: store)
                }
            } catch {
                for problem in error.problems { Console.error("\(path): \(problem)") }
                Console.note("nothing was logged from \(path).")
                throw ExitCode.failure
            }
        }

        /// The bytes of the file at `path`, which must be a readable file.
        static func fileContents(at path: String) throws -> Data {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("\(path): no such file; check the path")
            }
            guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
                throw CLIError("\(path): cannot read the file; check that it is a readable file")
            }
            return data
        }

        /// The CSV file's text: UTF-8 (with or without the byte order mark Excel writes), UTF-16
        /// or GB18030/GBK as WPS and older Excel save it, detected from the bytes.
        static func csvText(at path: String) throws -> String {
            let data = try fileContents(at: path)
            if data.isEmpty { return "" }
            do {
                return try TextDecoder().decodedText(from: [UInt8](data)).text
            } catch .binary(_, let offset) {
                // log takes no --encoding: a spreadsheet's CSV is UTF-8, or UTF-16 with its mark.
                throw CLIError(
                    "\(path): a NUL byte at offset \(offset): this is not UTF-8 text (UTF-16 without a byte order mark?); save the CSV as UTF-8 (Excel: CSV UTF-8) and log it again"
                )
            } catch {
                throw CLIError("\(path): \(error)")
            }
        }
    }
}
