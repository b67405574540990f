import ArgumentParser
import PlanIngest
import PlanStore

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

/// The flags every report shares: the day, the plan, and when to fail.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The day to judge at (YYYY-MM-DD); default today.", valueName: "date"))
    var asOf: CalendarDay?

    @Option(help: ArgumentHelp("Only targets of this plan id.", valueName: "id"))
    var plan: Int64?

    @Option(
        help: ArgumentHelp(
            "Exit with status 1 when a reported target is in one of these states, e.g. overdue,off-track. States: \(FailOn.names.joined(separator: ", ")).",
            valueName: "states"))
    var failOn: String?

    var day: CalendarDay { asOf ?? .today }

    func validate() throws {
        if let failOn { _ = try FailOn.states(in: failOn) }
    }

    /// Fails the command when a row is in a `--fail-on` state, after the report was written.
    func checkFailOn(_ statuses: [TargetStatus]) throws {
        var counter = try failOnCounter()
        statuses.forEach { counter.count($0) }
        try checkFailOn(counter)
    }

    /// A counter of rows in `--fail-on` states, for a report that streams its rows.
    func failOnCounter() throws -> FailOn.Counter {
        FailOn.Counter(states: try failOn.map(FailOn.states) ?? [])
    }

    /// Fails the command when the counter saw a row in a `--fail-on` state.
    func checkFailOn(_ counter: FailOn.Counter) throws {
        guard let failOn, counter.hits > 0 else { return }
        Console.note(
            "\(counter.hits) target\(counter.hits == 1 ? " is" : "s are") \(failOn.replacingAll(",", with: " or ")) (--fail-on)"
        )
        throw ExitCode(1)
    }
}

/// `--fail-on` state names: the states with spaces written as hyphens.
enum FailOn {
    /// Counts the rows in the `--fail-on` states.
    struct Counter {
        let states: Set<TargetState>
        private(set) var hits = 0

        init(states: Set<TargetState>) {
            self.states = states
        }

        mutating func count(_ status: TargetStatus) {
            count(status.state)
        }

        mutating func count(_ state: TargetState) {
            if states.contains(state) { hits += 1 }
        }
    }

    static var names: [String] { TargetState.allCases.map { $0.rawValue.replacingAll(" ", with: "-") } }

    static func states(in list: String) throws -> Set<TargetState> {
        var states: Set<TargetState> = []
        for name in list.split(separator: ",").map({ String($0).trimmingWhitespace().lowercased() }) {
            guard let state = TargetState(rawValue: name.replacingAll("-", with: " ")) else {
                throw ValidationError(
                    "--fail-on: unknown state '\(name)'; use \(names.joined(separator: ", ")).")
            }
            states.insert(state)
        }
        if states.isEmpty {
            throw ValidationError("--fail-on: name at least one state, e.g. overdue,off-track.")
        }
        return states
    }
}

/// Writes a status report in the chosen format.
enum StatusReportWriter {
    /// Streams `report status` as CSV or as the JSON of ``StatusReportJSON``: statuses are
    /// rendered on the store's worker threads and written in order as they come back; counts
    /// `--fail-on` states as it goes.
    static func streamStatus(asJSON: Bool, store: Store, options: ReportOptions, output: OutputOptions) throws
    {
        let day = options.day
        var failOn = try options.failOnCounter()
        try output.stream { text in
            let writer = StatusReportJSON.Writer(report: "status", asOf: day.iso)
            if asJSON {
                try text.write(try writer.opening())
            } else {
                if output.bom { try text.write("\u{FEFF}") }
                try text.writeCSVRecord(StatusTable.statusColumns.map(\.title))
            }
            let render = asJSON ? RenderedRows.appendJSON : StatusTable.appendStatusCSVRecord
            var rowCount = 0
            try store.forEachStatusPart(
                asOf: day, plan: options.plan, withSources: asJSON, makePart: RenderedRows.init,
                add: { rows, status in try rows.append(status, render: render) }
            ) { rows in
                for row in rows.rows {
                    failOn.count(row.state)
                    if asJSON {
                        try text.write(rowCount == 0 ? "\n" : ",\n")
                        try text.write(bytes: rows.text(of: row))
                    }
                    rowCount += 1
                }
                if !asJSON { try text.write(bytes: rows.text) }
            }
            if asJSON { try text.write(writer.closing(afterElements: rowCount)) }
        }
        try options.checkFailOn(failOn)
    }

    /// Writes a status report; as a workbook, one sheet per section of `sections`, or one sheet
    /// named `name` when none are given.
    static func write(
        name: String, title: String, emptyMessage: String, statuses: [TargetStatus], table: TextTable,
        stateColumn: Int?, options: ReportOptions, output: OutputOptions, store: Store,
        sections: [StatusWorkbook.Section]? = nil
    ) throws {
        let day = options.day
        switch output.resolvedFormat {
        case .xlsx:
            try output.emitWorkbook(
                StatusWorkbook.bytes(
                    title: title, asOf: day, sections: sections ?? [.init(name: name, statuses: statuses)]))
        case .html:
            try output.emit(htmlPage(title: title, statuses: statuses, asOf: day, store: store))
        case .json:
            try output.emit(
                JSONOutput.text(
                    of: StatusReportJSON(
                        report: name, asOf: day.iso, targets: statuses.map(StatusJSON.init))))
        case .table:
            if table.rows.isEmpty {
                try output.emit(emptyMessage + "\n")
            } else {
                let style =
                    output.isStandardOutput
                    ? TerminalStyle.forStandardOutput() : TerminalStyle(isEnabled: false)
                let rendered = table.renderedForTerminal { row, column, cell in
                    guard column == stateColumn, row < statuses.count else { return cell }
                    return style.paint(cell, for: statuses[row].state)
                }
                try output.emit(title + "\n\n" + rendered)
            }
        case .csv:
            try output.emit(table.renderedAsCSV(byteOrderMark: output.bom))
        case .markdown:
            try output.emit("## " + title + "\n\n" + table.renderedAsMarkdown())
        }
        try options.checkFailOn(statuses)
    }

    /// The self-contained HTML page of a status report, with each target's figures charted.
    static func htmlPage(title: String, statuses: [TargetStatus], asOf day: CalendarDay, store: Store) throws
        -> String
    {
        var figures: [Int64: [ProgressRecord]] = [:]
        for id in Set(statuses.map(\.target.id)) {
            figures[id] = try store.progress(ofTarget: id, includingReplaced: false)
        }
        let plans = Dictionary(try store.plans().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return HTMLStatusReport(title: title, asOf: day, statuses: statuses, plans: plans, figures: figures)
            .rendered()
    }
}

extension Plantrack.Report {
    /// `plantrack report overdue`: every target past its deadline and not met.
    struct Overdue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every target past its deadline and not met.",
            discussion: """
                A deadline such as 到2025年 is the end of 2025-12-31: the target is overdue from \
                2026-01-01 while unmet. Recurring targets are judged year by year.
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ReportOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let day = options.day
            let store = try global.openStore()
            let format = output.resolvedFormat
            if format == .csv || format == .json {
                try writeRendered(store, asJSON: format == .json)
                return
            }
            let statuses = try store.overdueTargets(asOf: day, plan: options.plan)
            // Behind targets first, then those nobody reported on: two different conversations.
            let reported = statuses.filter { $0.lastPeriod != nil }
            let unreported = statuses.filter { $0.lastPeriod == nil }
            switch format {
            case .json, .csv, .html, .xlsx:
                try StatusReportWriter.write(
                    name: "overdue", title: "Overdue targets as of \(day.iso)", emptyMessage: "",
                    statuses: reported + unreported, table: StatusTable.overdue(reported + unreported),
                    stateColumn: nil, options: options, output: output, store: store,
                    sections: [
                        .init(name: "Behind", statuses: reported),
                        .init(name: "No figure", statuses: unreported),
                    ])
            case .table, .markdown:
                try output.emit(
                    Self.text(
                        reported: reported, unreported: unreported, asOf: day, format: output.resolvedFormat))
                try options.checkFailOn(statuses)
            }
        }

        /// CSV or JSON, each row rendered on the store's worker threads and only the rendered
        /// rows held until they are sorted.
        private func writeRendered(_ store: Store, asJSON: Bool) throws {
            let day = options.day
            let render = asJSON ? RenderedRows.appendJSON : StatusTable.appendOverdueCSVRecord
            var overdue = RenderedRows()
            var failOn = try options.failOnCounter()
            try store.forEachStatusPart(
                asOf: day, plan: options.plan, dueBefore: day, withSources: asJSON,
                makePart: RenderedRows.init,
                add: { rows, status in
                    if status.isOverdue(asOf: day) { try rows.append(status, render: render) }
                }
            ) { rows in
                for row in rows.rows { failOn.count(row.state) }
                overdue.append(contentsOf: rows)
            }
            try output.stream { text in
                let writer = StatusReportJSON.Writer(report: "overdue", asOf: day.iso)
                try text.write(
                    asJSON
                        ? try writer.opening()
                        : (output.bom ? "\u{FEFF}" : "")
                            + CSVWriter.record(StatusTable.overdueColumns.map(\.title)))
                for (position, row) in overdue.overdueOrder().enumerated() {
                    if asJSON { try text.write(position == 0 ? "\n" : ",\n") }
                    try text.write(bytes: overdue.text(of: row))
                }
                if asJSON { try text.write(writer.closing(afterElements: overdue.rows.count)) }
            }
            try options.checkFailOn(failOn)
        }

        /// The report for people: overdue targets with figures, then those past their deadline
        /// with no figure at all.
        static func text(
            reported: [TargetStatus], unreported: [TargetStatus], asOf day: CalendarDay, format: OutputFormat
        ) -> String {
            if reported.isEmpty, unreported.isEmpty { return "No target is overdue as of \(day.iso).\n" }
            let heading = format == .markdown ? "## " : ""
            let subheading = format == .markdown ? "### " : ""
            func render(_ table: TextTable) -> String {
                format == .markdown ? table.renderedAsMarkdown() : table.renderedForTerminal()
            }
            var text = "\(heading)Overdue targets as of \(day.iso): \(reported.count + unreported.count)\n"
            if !reported.isEmpty {
                text +=
                    "\n\(subheading)Behind, with figures reported: \(reported.count)\n\n"
                    + render(StatusTable.overdue(reported))
            }
            if !unreported.isEmpty {
                text +=
                    "\n\(subheading)No figure reported: \(unreported.count)\n\n"
                    + render(StatusTable.unreported(unreported))
            }
            return text
        }
    }

    /// `plantrack report status`: every target's state at a date.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Show every target's state: met, on track, at risk, off track, no trend, overdue, breached, no data.",
            discussion: "Recurring targets get one row per year of the plan's horizon."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ReportOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let day = options.day
            let store = try global.openStore()
            switch output.resolvedFormat {
            case .csv, .json:
                try StatusReportWriter.streamStatus(
                    asJSON: output.resolvedFormat == .json, store: store, options: options, output: output)
                return
            case .table:
                try writeTable(store)
                return
            case .markdown, .html, .xlsx:
                break
            }
            let statuses = try store.statuses(asOf: day, plan: options.plan)
            let counts = StatusTable.counts(statuses)
            try StatusReportWriter.write(
                name: "status", title: "Status as of \(day.iso): \(counts)",
                emptyMessage: Self.emptyMessage, statuses: statuses,
                table: StatusTable.status(statuses), stateColumn: StatusTable.statusStateColumn,
                options: options, output: output, store: store,
                sections: StatusWorkbook.sectionsByPlan(statuses))
        }

        static let emptyMessage = "No targets stored yet; import a plan first."

        /// The table for people, measured in a first pass over the statuses and printed in a
        /// second, so that its rows are never all held.
        private func writeTable(_ store: Store) throws {
            let day = options.day
            var layout = TableLayout(columns: StatusTable.statusColumns)
            var countByState: [TargetState: Int] = [:]
            var failOn = try options.failOnCounter()
            let style =
                output.isStandardOutput ? TerminalStyle.forStandardOutput() : TerminalStyle(isEnabled: false)
            try output.stream { text in
                var printed = 0
                try store.forEachStatus(asOf: day, plan: options.plan, withSources: false, passes: 2) {
                    pass, status in
                    let row = StatusTable.statusRow(status)
                    guard pass == 1 else {
                        layout.measure(row)
                        countByState[status.state, default: 0] += 1
                        failOn.count(status)
                        return
                    }
                    if printed == 0 {
                        try text.write(
                            "Status as of \(day.iso): \(StatusTable.counts(countByState))\n\n"
                                + layout.heading)
                    }
                    let line = layout.line(row) { column, cell in
                        column == StatusTable.statusStateColumn ? style.paint(cell, for: status.state) : cell
                    }
                    try text.write(line + "\n")
                    printed += 1
                }
                if countByState.isEmpty { try text.write(Self.emptyMessage + "\n") }
            }
            try options.checkFailOn(failOn)
        }
    }

    /// `plantrack report units`: one row per responsible unit.
    struct Units: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One row per responsible unit: its targets counted by state, and its worst gaps."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ReportOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let day = options.day
            var accumulator = UnitSummary.Accumulator()
            var failOn = try options.failOnCounter()
            try global.openStore().forEachStatus(asOf: day, plan: options.plan, withSources: true) { status in
                failOn.count(status)
                accumulator.add(status)
            }
            let summaries = accumulator.summaries()
            switch output.resolvedFormat {
            case .json:
                try output.emit(
                    JSONOutput.text(of: UnitReportJSON(asOf: day.iso, units: summaries.map(UnitJSON.init))))
            case .table:
                if summaries.isEmpty {
                    try output.emit("No target names a responsible unit.\n")
                } else {
                    try output.emit(
                        "Responsible units as of \(day.iso)\n\n"
                            + UnitSummary.table(summaries).renderedForTerminal())
                }
            case .csv:
                try output.emit(UnitSummary.table(summaries).renderedAsCSV(byteOrderMark: output.bom))
            case .markdown:
                try output.emit(
                    "## Responsible units as of \(day.iso)\n\n"
                        + UnitSummary.table(summaries).renderedAsMarkdown())
            case .html:
                try output.emit(
                    UnitSummary.table(summaries).renderedAsHTML(title: "Responsible units as of \(day.iso)"))
            case .xlsx:
                throw StatusWorkbook.unsupported("report units")
            }
            try options.checkFailOn(failOn)
        }
    }
}
