import ArgumentParser
import Foundation
import PlanIngest
import PlanStore

/// The targets a review command acts on, by id: at least one, as the argument parser requires.
struct TargetIDs: ParsableArguments {
    @Argument(help: ArgumentHelp("Target ids.", valueName: "id"))
    var ids: [Int64]

    /// The ids as the messages name them: `#3, #5`.
    var listed: String { ids.map { "#\($0)" }.joined(separator: ", ") }
}

/// `--by NAME`: who made a change, for the audit trail; `$USER` by default.
struct ReviewerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Who makes the change, for the history; default $USER.", valueName: "name"))
    var by: String?

    var person: String {
        if let by, !by.trimmingWhitespace().isEmpty { return by.trimmingWhitespace() }
        let user = ProcessInfo.processInfo.environment["USER"] ?? ""
        return user.isEmpty ? "unknown" : user
    }
}

extension Plantrack.Targets {
    /// `plantrack targets review [--plan N]`: the targets nobody has reviewed yet, in context.
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the targets not yet reviewed, each with its quote in context."
        )

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("Only targets of this plan id.", valueName: "id"))
        var plan: Int64?

        func run() throws {
            let store = try global.openStore()
            let targets = try store.unreviewedTargets(inPlan: plan)
            guard !targets.isEmpty else {
                Console.out("Every target has been reviewed.")
                return
            }
            var texts: [Int64: String] = [:]
            var lines = ["\(targets.count) target\(targets.count == 1 ? "" : "s") to review:"]
            for stored in targets {
                let target = stored.statement
                if texts[stored.planID] == nil {
                    texts[stored.planID] = try store.planText(id: stored.planID) ?? ""
                }
                let context =
                    texts[stored.planID].flatMap { QuoteContext.excerpt(of: target.span, in: $0) }
                    ?? "【\(target.quote)】"
                lines.append("")
                lines.append(
                    "#\(stored.id) (plan \(stored.planID)) \(target.metric) \(NumberText.target(target)), "
                        + "deadline \(TargetText.deadline(target)), \(target.kind.rawValue)"
                        + (target.isIncrement ? ", increment" : ", level"))
                lines.append("  \(context)")
            }
            lines.append("")
            lines.append(
                "Next: plantrack targets confirm ID..., targets reject ID... --reason TEXT, targets edit ID --value ..."
            )
            Console.out(lines.joined(separator: "\n"))
        }
    }

    /// `plantrack targets confirm ID...`.
    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Confirm targets as extracted.")

        @OptionGroup var global: GlobalOptions

        @OptionGroup var targets: TargetIDs

        @OptionGroup var reviewer: ReviewerOptions

        func run() throws {
            try global.openStore().confirmTargets(targets.ids, by: reviewer.person)
            Console.out("Confirmed \(targets.listed).")
        }
    }

    /// `plantrack targets reject ID... --reason TEXT`: the targets leave the reports.
    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reject targets extraction got wrong; they leave the reports, their history stays."
        )

        @OptionGroup var global: GlobalOptions

        @OptionGroup var targets: TargetIDs

        @Option(help: "Why the target is rejected, e.g. 'a subsidy rule, not a goal'.")
        var reason: String

        @OptionGroup var reviewer: ReviewerOptions

        func validate() throws {
            if reason.trimmingWhitespace().isEmpty {
                throw ValidationError("--reason must say why the target is rejected.")
            }
        }

        func run() throws {
            try global.openStore().rejectTargets(
                targets.ids, reason: reason.trimmingWhitespace(), by: reviewer.person)
            Console.out("Rejected \(targets.listed).")
        }
    }

    /// `plantrack targets edit ID --value 1500 --deadline 2025-12-31 --unit 家 ...`.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a target's fields; the old values stay in its history."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The target id.", valueName: "id"))
        var id: Int64

        @OptionGroup var fields: TargetFieldOptions
        @OptionGroup var reviewer: ReviewerOptions

        func validate() throws {
            if fields.isEmpty {
                throw ValidationError(
                    "Name at least one field to change, e.g. --value 1500 or --deadline 2025-12-31.")
            }
        }

        func run() throws {
            let store = try global.openStore()
            guard let current = try store.target(id: id) else {
                throw CLIError("no target #\(id): see `plantrack targets` for the ids")
            }
            let edit = try fields.edit(
                currentUnit: current.statement.unit, currentResponsible: current.statement.responsible)
            try store.editTarget(id, edit, by: reviewer.person)
            if let updated = try store.target(id: id) {
                Console.out(
                    "Edited #\(id): \(updated.statement.metric) \(NumberText.target(updated.statement)), deadline \(TargetText.deadline(updated.statement))"
                        + (updated.statement.responsible.isEmpty
                            ? "." : "; responsible \(TargetText.responsible(updated.statement.responsible)).")
                )
            }
        }
    }

    /// `plantrack targets add --plan N --quote TEXT --metric M --value V ...`: a target extraction missed.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a target extraction missed; its quote must appear in the plan's text."
        )

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("The plan the target belongs to.", valueName: "id"))
        var plan: Int64

        @Option(help: "The words of the plan that state the target, exactly as `plantrack text` prints them.")
        var quote: String

        @OptionGroup var fields: TargetFieldOptions
        @OptionGroup var reviewer: ReviewerOptions

        @Flag(
            help:
                "Add it even though a live target of the plan has the same metric, value, unit, comparator and deadline."
        )
        var asNew = false

        func validate() throws {
            if quote.isEmpty { throw ValidationError("--quote must hold the plan's words.") }
            if fields.metric == nil { throw ValidationError("--metric is required, e.g. --metric 高新技术企业.") }
            if fields.value == nil {
                throw ValidationError("--value is required, e.g. --value 1500 or --value 5亿元.")
            }
        }

        func run() throws {
            let edit = try fields.edit(currentUnit: nil)
            guard let metric = edit.metric, let value = edit.value, let unit = edit.unit else {
                throw CLIError("--metric, --value and a unit (--unit, or one in the value) are required.")
            }
            let target = Target(
                quote: quote, span: TextSpan(start: 0, end: 0), section: nil, metric: metric,
                kind: edit.kind ?? .count, value: value, valueMax: edit.valueMax, unit: unit,
                comparator: edit.comparator ?? .atLeast, deadline: edit.deadline,
                deadlineSource: edit.deadline == nil ? nil : .stated,
                recurrence: edit.recurrence.flatMap { $0 },
                isIncrement: edit.isIncrement ?? false, isAspirational: edit.isAspirational ?? false,
                responsible: edit.responsible ?? [], confidence: 1, baseline: edit.baseline)
            let stored = try global.openStore().addTarget(
                target, toPlan: plan, by: reviewer.person, allowsDuplicate: asNew)
            Console.out(
                "Added #\(stored.id) to plan \(plan): \(metric) \(NumberText.target(stored.statement)).")
        }
    }
}

/// The fields `targets edit` and `targets add` set.
struct TargetFieldOptions: ParsableArguments {
    @Option(help: "What is counted or measured, e.g. 高新技术企业.")
    var metric: String?

    @Option(help: "The value, bare in the unit or with one: 1500, 5亿元, 3.55%.")
    var value: String?

    @Option(help: "The upper end of a range target.")
    var valueMax: String?

    @Option(help: "The base unit, e.g. 家, 元, %.")
    var unit: String?

    @Option(help: "How figures compare: >=, <=, ~, = or range.")
    var comparator: String?

    @Option(help: "count, amount, ratio, growth, delta, subsidy or parameter.")
    var kind: String?

    @Option(help: ArgumentHelp("The deadline (YYYY-MM-DD).", valueName: "date"))
    var deadline: CalendarDay?

    @Option(help: "Whether the target counts new things (true) or a level (false).")
    var increment: Bool?

    @Option(help: "Whether the target is aspirational (力争): true or false.")
    var aspirational: Bool?

    @Option(help: "annual for a target that repeats each year, none for one that does not.")
    var recurring: String?

    @Option(
        help: ArgumentHelp(
            "The units answerable for the target, separated by 、 or commas; replaces the stored ones.",
            valueName: "units"))
    var responsible: String?

    @Option(
        help: ArgumentHelp("The lead units (牵头) among them, separated by 、 or commas.", valueName: "units"))
    var lead: String?

    @Option(
        help: ArgumentHelp(
            "Where a level starts, in its unit (850, 3.2%): the pace runs from it, not from the first figure. For a change from a base year (比2020年下降13.5%), the level of that year, bare (0.60).",
            valueName: "value"))
    var baseline: String?

    @Option(
        help: ArgumentHelp(
            "The period the baseline was measured in (2020, 2023Q4); it counts from the end of that year.",
            valueName: "period"))
    var baselinePeriod: String?

    var isEmpty: Bool {
        metric == nil && value == nil && valueMax == nil && unit == nil && comparator == nil && kind == nil
            && deadline == nil && increment == nil && aspirational == nil && recurring == nil
            && responsible == nil && lead == nil && baseline == nil
    }

    func validate() throws {
        if let comparator, Comparator(rawValue: comparator) == nil {
            throw ValidationError("--comparator: '\(comparator)' is not one of >=, <=, ~, =, range.")
        }
        if let kind, TargetKind(rawValue: kind) == nil {
            throw ValidationError(
                "--kind: '\(kind)' is not one of \(TargetKind.allCases.map(\.rawValue).joined(separator: ", "))."
            )
        }
        if let recurring, recurring != "none", Recurrence(rawValue: recurring) == nil {
            throw ValidationError("--recurring: '\(recurring)' is not annual or none.")
        }
        if let metric, metric.trimmingWhitespace().isEmpty {
            throw ValidationError("--metric must not be empty.")
        }
        if let lead, ResponsibleUnitList.names(in: lead).isEmpty {
            throw ValidationError("--lead must name a unit, e.g. --lead 市科技局.")
        }
        if baselinePeriod != nil, baseline == nil {
            throw ValidationError("--baseline-period needs --baseline VALUE.")
        }
        if let baselinePeriod, Period(typed: baselinePeriod) == nil {
            throw ValidationError(
                "--baseline-period: '\(baselinePeriod)' is not a period; write e.g. 2020 or 2023Q4.")
        }
    }

    /// The edit these flags describe; a value with a unit sets the unit, which must agree with
    /// `--unit` when both are given.
    /// - Parameters:
    ///   - currentUnit: The target's unit, `nil` for a new target.
    ///   - currentResponsible: The target's units, which `--lead` alone marks.
    func edit(currentUnit: PlanIngest.Unit?, currentResponsible: [ResponsibleUnit] = []) throws -> TargetEdit
    {
        var edit = TargetEdit()
        if responsible != nil || lead != nil {
            edit.responsible = ResponsibleUnitList.units(
                responsible.map(ResponsibleUnitList.names(in:)) ?? currentResponsible.map(\.name),
                leads: lead.map(ResponsibleUnitList.names(in:))
                    ?? currentResponsible.filter(\.isLead).map(\.name))
        }
        edit.metric = metric?.trimmingWhitespace()
        let givenUnit = unit.map { PlanIngest.Unit(rawValue: $0.trimmingWhitespace()) }
        func amount(_ text: String, flag: String) throws -> (Double, PlanIngest.Unit?) {
            let trimmed = text.trimmingWhitespace()
            if let number = Double(trimmed), number.isFinite { return (number, nil) }
            guard let quantity = Quantity(parsing: trimmed), quantity.value.isFinite else {
                throw CLIError("\(flag): '\(trimmed)' is not a number; write e.g. 1500, 3.55 or 5亿元.")
            }
            return (quantity.value, quantity.unit)
        }
        var parsedUnit: PlanIngest.Unit?
        if let value {
            let (number, unit) = try amount(value, flag: "--value")
            edit.value = number
            parsedUnit = unit
        }
        if let valueMax {
            let (number, unit) = try amount(valueMax, flag: "--value-max")
            edit.valueMax = number
            parsedUnit = parsedUnit ?? unit
        }
        if let baseline {
            let (number, unit) = try amount(baseline, flag: "--baseline")
            if let unit, let expected = givenUnit ?? parsedUnit ?? currentUnit, unit != expected {
                throw CLIError("--baseline is in \(unit), but the target is counted in \(expected).")
            }
            edit.baseline = Baseline(
                value: number, year: baselinePeriod.flatMap { Period(typed: $0) }.map(\.end.year))
        }
        if let parsedUnit, let givenUnit, parsedUnit != givenUnit {
            throw CLIError("--value is in \(parsedUnit), but --unit says \(givenUnit).")
        }
        if let parsedUnit, givenUnit == nil, let currentUnit, parsedUnit != currentUnit {
            throw CLIError(
                "--value is in \(parsedUnit), but the target is counted in \(currentUnit); add --unit \(parsedUnit) to change the unit."
            )
        }
        edit.unit = givenUnit ?? (currentUnit == nil ? parsedUnit : nil)
        edit.comparator = comparator.flatMap(Comparator.init(rawValue:))
        edit.kind = kind.flatMap(TargetKind.init(rawValue:))
        edit.deadline = deadline
        edit.isIncrement = increment
        edit.isAspirational = aspirational
        if let recurring {
            edit.recurrence = .some(recurring == "none" ? nil : Recurrence(rawValue: recurring))
        }
        return edit
    }
}
