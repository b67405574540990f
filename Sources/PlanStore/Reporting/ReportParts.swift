import GRDB

/// The parts a report walks one after the other, in the order of its rows: each part is a
/// ``ReportScope`` narrowed to one run of target ids, or to one plan when a plan's targets are
/// not one run of ids (targets added by `import --replace`), so that rows come plan by plan
/// while each part reads its tables in target id order, in key ranges.
struct ReportParts {
    /// The most target ids one part covers when a report runs over all plans.
    static let defaultIDsPerPart: Int64 = 8192

    /// The plans of the report's targets, by id.
    let plans: [Int64: ReportPlan]
    /// The parts, in report order.
    let scopes: [ReportScope]

    /// Reads how to split `scope` in a read transaction on `db`.
    /// - Parameters:
    ///   - scope: The report's targets.
    ///   - idsPerPart: The most target ids a part covers.
    init(_ db: Database, scope: ReportScope, idsPerPart: Int64 = defaultIDsPerPart) throws {
        plans = try ReportPlan.byID(db, id: scope.plan)
        if scope.plan != nil {
            scopes = [scope]
        } else if try Self.plansHoldRunsOfIDs(db) {
            scopes = try Self.idRanges(db, idsPerPart: idsPerPart).map { ids in
                var part = scope
                part.ids = ids
                return part
            }
        } else {
            scopes = plans.keys.sorted().map { planID in
                var part = scope
                part.plan = planID
                return part
            }
        }
    }

    /// Runs of at most `idsPerPart` ids from the smallest target id to the largest.
    private static func idRanges(_ db: Database, idsPerPart: Int64) throws -> [ClosedRange<Int64>] {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT (SELECT min(id) FROM target), (SELECT max(id) FROM target)"),
            let first = row[0] as Int64?, let last = row[1] as Int64?
        else { return [] }
        return stride(from: first, through: last, by: Int(idsPerPart)).map { start in
            start...(last - start < idsPerPart ? last : start + idsPerPart - 1)
        }
    }

    /// The smallest and largest target id of each plan in plan order (NULL for a plan without
    /// targets): two searches of the plan index per plan.
    static let planIDRangesSQL = """
        SELECT (SELECT min(target.id) FROM target WHERE target.planID = plan.id),
            (SELECT max(target.id) FROM target WHERE target.planID = plan.id)
        FROM plan ORDER BY plan.id
        """

    /// Whether ordering targets by id orders them by plan too.
    private static func plansHoldRunsOfIDs(_ db: Database) throws -> Bool {
        let runs = try Row.fetchCursor(db, sql: planIDRangesSQL)
        var previousLast: Int64 = .min
        while let run = try runs.next() {
            guard let first = run[0] as Int64? else { continue }
            guard first > previousLast else { return false }
            previousLast = run[1]
        }
        return true
    }
}
