import PlanIngest

/// Everything that can go wrong in the plantrack database, each case carrying what failed.
///
/// ``description`` is one line saying what failed, where, and what to do, ready for a
/// command-line tool to print on stderr.
public enum StoreError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The database path names a folder.
    case isDirectory(path: String)
    /// The folder that should hold the database could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// The database cannot be opened at all (missing permission on the folder, a bad path).
    case cannotOpen(path: String, reason: String)
    /// The database was created or upgraded by a newer plantrack: these migrations are unknown.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The database file or its folder is read-only and a change was asked for.
    case readOnly(path: String)
    /// No target matches the reference (an id, a quote or a metric).
    case targetNotFound(reference: String, plan: Int64?, candidates: [TargetCandidate])
    /// Several targets match the reference; it must be made precise.
    case ambiguousTarget(reference: String, plan: Int64?, candidates: [TargetCandidate])
    /// A figure already exists for this target and period.
    case duplicatePeriod(targetID: Int64, period: String)
    /// Several figures of one batch already exist for their target and period.
    case duplicatePeriods([TargetPeriod])
    /// An increment's figure overlaps another current figure's period: sums would count it twice.
    case overlappingPeriod(targetID: Int64, period: String, existing: String)
    /// A level's figure ends on the same day as another current figure: two readings of one day.
    case sameReadingDay(targetID: Int64, period: String, existing: String)
    /// A figure's period has not started yet.
    case futurePeriod(targetID: Int64, period: String, today: CalendarDay)
    /// A figure's value is not a finite number.
    case invalidValue(targetID: Int64, period: String, value: Double)
    /// A plan to import breaks a rule of the database (e.g. a range target without upper end).
    case invalidPlan(fileName: String, reason: String)
    /// A correction would break a rule of the database; nothing was changed.
    case invalidEdit(targetID: Int64, reason: String)
    /// No plan has this id.
    case planNotFound(id: Int64)
    /// A target to add quotes text that its plan does not contain.
    case quoteNotInPlan(planID: Int64, quote: String)
    /// A live target of the plan already has the same metric, value, unit, comparator and deadline.
    case duplicateTarget(planID: Int64, existingID: Int64)
    /// A backup could not be written.
    case backupFailed(destination: String, reason: String)
    /// Any other database failure, with SQLite's own message.
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .isDirectory(let path):
            return
                "database path \(path) is a folder: give the path of a database file inside it, e.g. \(path)/plantrack.sqlite"
        case .cannotCreateFolder(let path, let reason):
            return
                "cannot create the folder \(path) for the database (\(reason)): check its permissions or choose another --db path"
        case .notADatabase(let path):
            return "\(path) is not an SQLite database: choose another --db path, or move the file away"
        case .cannotOpen(let path, let reason):
            return "cannot open the database \(path) (\(reason)): check the path and its permissions"
        case .newerSchema(let path, let unknown):
            return
                "database \(path) was written by a newer plantrack (unknown migrations: \(unknown.joined(separator: ", "))): it was left untouched; upgrade plantrack to use it"
        case .readOnly(let path):
            return
                "database \(path) is read-only: nothing was changed; make the file and its folder writable, or work on a copy"
        case .targetNotFound(let reference, let plan, let candidates):
            let scope = plan.map { " in plan \($0)" } ?? ""
            let hint =
                candidates.isEmpty
                ? "give a target id (see `plantrack targets`) or its exact quote or metric"
                : "did you mean: " + candidates.map(\.description).joined(separator: "; ")
            return "no target matches \"\(reference)\"\(scope): \(hint)"
        case .ambiguousTarget(let reference, let plan, let candidates):
            let scope = plan.map { " in plan \($0)" } ?? ""
            return "\"\(reference)\" matches \(candidates.count) targets\(scope): "
                + candidates.map(\.description).joined(separator: "; ")
                + (plan == nil ? "; give the id or narrow with --plan" : "; give the id")
        case .duplicatePeriod(let targetID, let period):
            return
                "target \(targetID) already has a figure for \(period): nothing was recorded; pass --replace to replace it (the old figure stays in history)"
        case .duplicatePeriods(let figures):
            return "targets already have figures for "
                + figures.map { "\($0.period) (target \($0.targetID))" }.joined(separator: ", ")
                + ": nothing was recorded; pass --replace to replace them (the old figures stay in history)"
        case .overlappingPeriod(let targetID, let period, let existing):
            return
                "the period \(period) overlaps the figure for \(existing) of target \(targetID), an increment whose figures are added up: nothing was recorded; log figures for periods that do not overlap"
        case .sameReadingDay(let targetID, let period, let existing):
            return
                "the period \(period) ends on the same day as the figure for \(existing) of target \(targetID), a level read at the end of each period: nothing was recorded; a level keeps one reading a day: keep \(existing), or correct it with log --replace"
        case .futurePeriod(let targetID, let period, let today):
            return
                "the period \(period) for target \(targetID) has not started yet (today is \(today)): nothing was recorded; check the period"
        case .invalidValue(let targetID, let period, let value):
            return
                "the value \(value) for target \(targetID), period \(period) is not a finite number: nothing was recorded"
        case .invalidPlan(let fileName, let reason):
            return "cannot store the plan from \(fileName): \(reason); nothing was stored"
        case .invalidEdit(let targetID, let reason):
            return "cannot change target \(targetID): \(reason); nothing was changed"
        case .planNotFound(let id):
            return "no plan has the id \(id): see `plantrack plans` for the ids"
        case .quoteNotInPlan(let planID, let quote):
            return
                "plan \(planID) does not contain the text \"\(quote)\": give the quote exactly as the plan states it (see `plantrack text`)"
        case .duplicateTarget(let planID, let existingID):
            return
                "plan \(planID) already has this target as #\(existingID) (same metric, value, unit, comparator and deadline): edit #\(existingID), or pass --as-new to add a second one"
        case .backupFailed(let destination, let reason):
            return
                "cannot write the backup to \(destination) (\(reason)): choose a writable path that is not an existing database in use"
        case .database(let path, let message):
            return "database \(path) failed: \(message)"
        }
    }
}

/// A target and a period, naming one figure.
public struct TargetPeriod: Sendable, Hashable, Codable {
    /// The target.
    public var targetID: Int64
    /// The period, as stored (`2024Q3`).
    public var period: String

    /// Names the figure of `targetID` for `period`.
    public init(targetID: Int64, period: String) {
        self.targetID = targetID
        self.period = period
    }
}

/// A target offered to the user when a reference matched none or several.
public struct TargetCandidate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The target's id.
    public var id: Int64
    /// The plan it belongs to.
    public var planID: Int64
    /// What it measures.
    public var metric: String
    /// Its first statement in the plan.
    public var quote: String

    /// Creates a candidate.
    public init(id: Int64, planID: Int64, metric: String, quote: String) {
        self.id = id
        self.planID = planID
        self.metric = metric
        self.quote = quote
    }

    public var description: String { "#\(id) \(quote) (plan \(planID))" }
}
