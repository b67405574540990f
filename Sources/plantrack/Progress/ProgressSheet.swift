import PlanIngest
import PlanStore

/// One problem in a progress CSV file, naming its line and field.
struct ProgressSheetProblem: Error, Hashable, CustomStringConvertible {
    var line: Int
    var field: String?
    var message: String

    var description: String {
        if let field { return "line \(line), field \(field): \(message)" }
        return "line \(line): \(message)"
    }
}

/// A progress CSV (`target,period,value[,note,source,plan]`, or `指标,期间,数值,备注`) read
/// into figures ready to store.
///
/// Every row is checked before anything is stored, and every problem is reported, so a file is
/// logged whole or not at all and one run shows all that needs fixing.
struct ProgressSheet {
    /// A figure and the line it came from.
    struct Row: Sendable, Hashable {
        var line: Int
        var figure: ProgressFigure
    }

    /// Reads `text`; `resolve` finds the target a row names (an id or an exact quote or metric,
    /// within the plan of the row's `plan` column or of `defaultPlan`). A bare value that looks
    /// like a fraction of a percentage target is refused unless `asIs`.
    static func figures(
        in text: String, defaultPlan: Int64?, asIs: Bool = false,
        resolve: (_ reference: String, _ plan: Int64?) throws -> StoredTarget
    ) throws(ProgressSheetErrors) -> [Row] {
        let records: [CSVRecord]
        do {
            records = try CSVReader.records(in: text)
        } catch {
            throw ProgressSheetErrors(problems: [
                ProgressSheetProblem(line: error.line, field: nil, message: error.problem)
            ])
        }
        return try figures(in: records, defaultPlan: defaultPlan, asIs: asIs, resolve: resolve)
    }

    /// Reads `records`, the first of which is the header row, by the rules of
    /// ``figures(in:defaultPlan:asIs:resolve:)``.
    /// - Parameters:
    ///   - skipsUnansweredRows: Whether a row with no value, note or source is passed over (a
    ///     request sheet's row the unit had no figure for) rather than refused.
    ///   - rowWord: What a record's number counts in messages: `line` in a CSV file, `row` in a
    ///     sheet.
    static func figures(
        in records: [CSVRecord], defaultPlan: Int64?, asIs: Bool = false, skipsUnansweredRows: Bool = false,
        rowWord: String = "line", resolve: (_ reference: String, _ plan: Int64?) throws -> StoredTarget
    ) throws(ProgressSheetErrors) -> [Row] {
        guard let header = records.first else {
            throw ProgressSheetErrors(problems: [
                ProgressSheetProblem(
                    line: 1, field: nil,
                    message: "the file has no header row; expected \(ProgressSheetColumn.accepted)")
            ])
        }
        let columns = header.fields.map(ProgressSheetColumn.init(header:))
        var problems: [ProgressSheetProblem] = []
        for (field, column) in zip(header.fields, columns)
        where column == nil && !ProgressSheetColumn.isContext(header: field) {
            problems.append(
                ProgressSheetProblem(
                    line: header.line, field: nil,
                    message:
                        "unknown column '\(field.trimmingWhitespace())'; the columns are \(ProgressSheetColumn.accepted)"
                ))
        }
        for column in ProgressSheetColumn.required where !columns.contains(column) {
            problems.append(
                ProgressSheetProblem(
                    line: header.line, field: nil,
                    message: "missing column '\(column.rawValue)' (or '\(column.names[1])') in the header row"
                ))
        }
        let known = columns.compactMap { $0 }
        if Set(known).count != known.count {
            problems.append(
                ProgressSheetProblem(line: header.line, field: nil, message: "a column is named twice"))
        }
        guard problems.isEmpty else { throw ProgressSheetErrors(problems: problems) }

        let names = columns.map { $0?.rawValue ?? "" }
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        var figures: [Row] = []
        var months = MonthsTaken()
        var readings: [Reading: Int] = [:]
        var resolved: [TargetReference: Result<StoredTarget, any Error>] = [:]
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                problems.append(
                    ProgressSheetProblem(
                        line: record.line, field: nil,
                        message: "\(record.fields.count) fields, but the header has \(names.count)"))
                continue
            }
            func cell(_ name: String) -> String? {
                guard let index = column(name) else { return nil }
                let value = record.fields[index].trimmingWhitespace()
                return value.isEmpty ? nil : value
            }
            if skipsUnansweredRows, cell("value") == nil, cell("note") == nil, cell("source") == nil {
                continue
            }
            var plan = defaultPlan
            if let planText = cell("plan") {
                guard let id = Int64(planText) else {
                    problems.append(
                        ProgressSheetProblem(
                            line: record.line, field: "plan", message: "'\(planText)' is not a plan id"))
                    continue
                }
                plan = id
            }
            let reference = cell("target") ?? ""
            let target: StoredTarget
            do {
                guard !reference.isEmpty else { throw FigureValueError(description: "the target is empty") }
                // A sheet names the same targets row after row: each is looked up once.
                let key = TargetReference(text: reference, plan: plan)
                let lookup = resolved[key] ?? Result { try resolve(reference, plan) }
                resolved[key] = lookup
                target = try lookup.get()
            } catch {
                problems.append(ProgressSheetProblem(line: record.line, field: "target", message: "\(error)"))
                continue
            }
            let periodText = cell("period") ?? ""
            guard let period = Period(typed: periodText) else {
                problems.append(
                    ProgressSheetProblem(
                        line: record.line, field: "period", message: PeriodText.problem(with: periodText)))
                continue
            }
            let value: Double
            do {
                value = try FigureValue.value(of: cell("value") ?? "", for: target.statement)
            } catch {
                problems.append(
                    ProgressSheetProblem(
                        line: record.line, field: "value",
                        message: "\(error.description) (target \(target.id), \(target.statement.metric))"))
                continue
            }
            if !asIs, let valueText = cell("value"),
                let problem = ImplausibleValue.problem(
                    text: valueText, value: value, target: target.statement)
            {
                problems.append(
                    ProgressSheetProblem(
                        line: record.line, field: "value",
                        message: "\(problem) (target \(target.id), \(target.statement.metric))"))
                continue
            }
            let figure = ProgressFigure(
                targetID: target.id, period: period, value: value, note: cell("note"), source: cell("source"))
            // An increment's figures are added up, so no two may share a month; a level is read
            // at the end of each period, so its periods may overlap, but two readings of one
            // day (2023Q4 and 2023) contradict each other.
            let reading = Reading(targetID: target.id, day: period.end)
            let isAddedUp = target.statement.addsUpFigures
            let clash =
                isAddedUp
                ? months.earlierFigure(overlapping: period, of: target.id).map { ($0, "overlaps") }
                : readings[reading].map { ($0, "ends on the same day as") }
            if let (earlier, relation) = clash {
                let row = figures[earlier]
                problems.append(
                    ProgressSheetProblem(
                        line: record.line, field: "period",
                        message:
                            "\(period.description) for target \(target.id) \(relation) \(row.figure.period.description) on \(rowWord) \(row.line)"
                    ))
                continue
            }
            if isAddedUp {
                months.record(period, of: target.id, as: figures.count)
            } else {
                readings[reading] = figures.count
            }
            figures.append(Row(line: record.line, figure: figure))
        }
        guard problems.isEmpty else { throw ProgressSheetErrors(problems: problems) }
        return figures
    }
}

/// A target as a sheet's row names it: its id or text, and the plan it is looked up in.
private struct TargetReference: Hashable {
    var text: String
    var plan: Int64?
}

/// A level target's reading on the last day of a period.
private struct Reading: Hashable {
    var targetID: Int64
    var day: CalendarDay
}

/// The months each target's figures of a sheet cover, so that a figure overlapping an earlier
/// one is found in constant time, whatever the sheet's length: every period (month, quarter,
/// half-year, year) is a run of months of one year.
private struct MonthsTaken {
    private struct Key: Hashable {
        var targetID: Int64
        var year: Int
    }

    /// For each target and year, the index of the figure that took each month (or -1).
    private var taken: [Key: [Int]] = [:]

    /// The index of an earlier figure of `targetID` that shares a month with `period`.
    func earlierFigure(overlapping period: Period, of targetID: Int64) -> Int? {
        guard let months = taken[Key(targetID: targetID, year: period.start.year)] else { return nil }
        return (period.start.month...period.end.month).lazy.map { months[$0 - 1] }.first { $0 >= 0 }
    }

    /// Records that figure `index` of `targetID` covers `period`.
    mutating func record(_ period: Period, of targetID: Int64, as index: Int) {
        let key = Key(targetID: targetID, year: period.start.year)
        var months = taken[key] ?? Array(repeating: -1, count: 12)
        for month in period.start.month...period.end.month { months[month - 1] = index }
        taken[key] = months
    }
}

/// Every problem found in a progress CSV file.
struct ProgressSheetErrors: Error, CustomStringConvertible {
    var problems: [ProgressSheetProblem]

    var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Messages about period texts.
enum PeriodText {
    /// Why `text` is not a period, and how to write one.
    static func problem(with text: String) -> String {
        let shown = text.isEmpty ? "the period is empty" : "'\(text)' is not a period"
        return shown
            + "; write 2024Q3, 2024H1, 2024 or 2024-07 (or 2024年三季度, 2024年上半年, 2024年7月), for a year from \(Period.years.lowerBound) to \(Period.years.upperBound)"
    }
}
