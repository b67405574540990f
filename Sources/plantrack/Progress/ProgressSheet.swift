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

/// A progress CSV (`target,period,value[,note,source,plan]`) read into figures ready to store.
///
/// Every row is checked before anything is stored, and every problem is reported, so a file is
/// logged whole or not at all and one run shows all that needs fixing.
struct ProgressSheet {
    /// A figure and the line it came from.
    struct Row: Sendable, Hashable {
        var line: Int
        var figure: ProgressFigure
    }

    static let requiredColumns = ["target", "period", "value"]
    static let optionalColumns = ["note", "source", "plan"]

    /// Reads `text`; `resolve` finds the target a row names (an id or an exact quote or metric,
    /// within the plan of the row's `plan` column or of `defaultPlan`).
    static func figures(
        in text: String, defaultPlan: Int64?,
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
        guard let header = records.first else {
            throw ProgressSheetErrors(problems: [
                ProgressSheetProblem(
                    line: 1, field: nil,
                    message: "the file has no header row; expected target,period,value[,note,source,plan]")
            ])
        }
        let names = header.fields.map { $0.trimmingWhitespace().lowercased() }
        var problems: [ProgressSheetProblem] = []
        for name in names where !(requiredColumns + optionalColumns).contains(name) {
            problems.append(
                ProgressSheetProblem(
                    line: header.line, field: nil,
                    message:
                        "unknown column '\(name)'; the columns are target,period,value and optionally note,source,plan"
                ))
        }
        for name in requiredColumns where !names.contains(name) {
            problems.append(
                ProgressSheetProblem(
                    line: header.line, field: nil, message: "missing column '\(name)' in the header row"))
        }
        if Set(names).count != names.count {
            problems.append(
                ProgressSheetProblem(line: header.line, field: nil, message: "a column is named twice"))
        }
        guard problems.isEmpty else { throw ProgressSheetErrors(problems: problems) }

        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        var figures: [Row] = []
        var months = MonthsTaken()
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
                value = try FigureValue.value(of: cell("value") ?? "", unit: target.target.unit)
            } catch {
                problems.append(
                    ProgressSheetProblem(
                        line: record.line, field: "value",
                        message: "\(error.description) (target \(target.id), \(target.target.metric))"))
                continue
            }
            let figure = ProgressFigure(
                targetID: target.id, period: period, value: value, note: cell("note"), source: cell("source"))
            if let earlier = months.earlierFigure(overlapping: period, of: target.id) {
                let row = figures[earlier]
                problems.append(
                    ProgressSheetProblem(
                        line: record.line, field: "period",
                        message:
                            "\(period.description) for target \(target.id) overlaps \(row.figure.period.description) on line \(row.line)"
                    ))
                continue
            }
            months.record(period, of: target.id, as: figures.count)
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
            + "; write 2024Q3, 2024H1, 2024 or 2024-07, for a year from \(Period.years.lowerBound) to \(Period.years.upperBound)"
    }
}
