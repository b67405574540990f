import GRDB
import PlanIngest

extension Store {
    /// The tracked targets that pass `filter`, by plan then order of appearance.
    ///
    /// - Parameter filter: Plan, responsible unit and deadline conditions; `TargetFilter()`
    ///   lists every target.
    /// - Complexity: O(*t* log *t*) for *t* targets returned.
    public func targets(matching filter: TargetFilter) throws(StoreError) -> [StoredTarget] {
        try read { db in try Store.storedTargets(db, .filter(filter)) }
    }

    /// The tracked target with this id, if any.
    public func target(id: Int64) throws(StoreError) -> StoredTarget? {
        try read { db in try Store.storedTargets(db, .id(id)).first }
    }

    /// The SQL condition of a target in service: neither rejected nor retired.
    static let inService = "target.reviewState <> 'rejected' AND target.retiredAt IS NULL"

    /// The one target a user means by `reference`: an id, or a text equal to exactly one
    /// target's quote (any of its statements) or, failing that, its metric. Rejected and
    /// retired targets are found by id only.
    ///
    /// ```swift
    /// try store.resolveTarget("12", inPlan: nil)              // target 12
    /// try store.resolveTarget("高新技术企业达1500家", inPlan: nil) // the target stating it
    /// ```
    ///
    /// - Parameters:
    ///   - reference: An id, a quote or a metric; surrounding white space is ignored.
    ///   - plan: Only look in this plan.
    /// - Returns: The matching target.
    /// - Throws: ``StoreError/targetNotFound(reference:plan:candidates:)`` with targets whose
    ///   quote or metric contains the reference, or
    ///   ``StoreError/ambiguousTarget(reference:plan:candidates:)`` listing the matches.
    public func resolveTarget(_ reference: String, inPlan plan: Int64?) throws(StoreError)
        -> StoredTarget
    {
        let text = reference.trimmingWhitespace()
        return try read { db in
            if let id = Int64(text) {
                if let target = try Store.storedTargets(db, .id(id)).first,
                    plan == nil || target.planID == plan
                {
                    return target
                }
                throw StoreError.targetNotFound(reference: text, plan: plan, candidates: [])
            }
            let byQuote = try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT target.id FROM targetSource
                    JOIN target ON target.id = targetSource.targetID
                    WHERE targetSource.quote = ? AND (? IS NULL OR target.planID = ?)
                        AND \(Store.inService)
                    ORDER BY target.id
                    """,
                arguments: [text, plan, plan])
            let matches =
                byQuote.isEmpty
                ? try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT id FROM target WHERE metric = ? AND (? IS NULL OR planID = ?)
                            AND \(Store.inService)
                        ORDER BY id
                        """,
                    arguments: [text, plan, plan])
                : byQuote
            if matches.count == 1, let target = try Store.storedTargets(db, .id(matches[0])).first {
                return target
            }
            if matches.isEmpty {
                let similar = try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT target.id FROM target
                        JOIN targetSource ON targetSource.targetID = target.id
                        WHERE (instr(targetSource.quote, ?) > 0 OR instr(target.metric, ?) > 0
                            OR (target.metric <> '' AND instr(?, target.metric) > 0))
                            AND (? IS NULL OR target.planID = ?) AND \(Store.inService)
                        ORDER BY target.id
                        LIMIT 10
                        """,
                    arguments: [text, text, text, plan, plan])
                throw StoreError.targetNotFound(
                    reference: text, plan: plan, candidates: try Store.candidates(db, ids: similar))
            }
            throw StoreError.ambiguousTarget(
                reference: text, plan: plan, candidates: try Store.candidates(db, ids: matches))
        }
    }

    // MARK: - Rows

    /// Which targets a query loads.
    enum TargetSelection {
        case id(Int64)
        case plan(Int64)
        case filter(TargetFilter)

        /// An SQL condition over `target` (and its plan) with its arguments.
        var condition: (sql: String, arguments: StatementArguments) {
            switch self {
            case .id(let id):
                return ("target.id = ?", [id])
            case .plan(let plan):
                return ("target.planID = ?", [plan])
            case .filter(let filter):
                // Only the conditions the filter sets: with `? IS NULL OR target.planID = ?`
                // SQLite would scan every target instead of searching the plan's.
                var conditions = ["1"]
                var arguments: [(any DatabaseValueConvertible)?] = []
                if let plan = filter.plan {
                    conditions.append("target.planID = ?")
                    arguments.append(plan)
                }
                if let dueBefore = filter.dueBefore {
                    conditions.append("target.deadline IS NOT NULL AND target.deadline <= ?")
                    arguments.append(dueBefore.iso)
                }
                if let binding = filter.binding {
                    conditions.append("target.binding = ?")
                    arguments.append(binding)
                }
                if let unitName = filter.unitName.map(normalisedUnitName) {
                    conditions.append(
                        """
                        EXISTS (
                            SELECT 1 FROM targetResponsibleUnit
                            JOIN responsibleUnit ON responsibleUnit.id = targetResponsibleUnit.responsibleUnitID
                            WHERE targetResponsibleUnit.targetID = target.id
                                AND instr(responsibleUnit.name, ?) > 0)
                        """)
                    arguments.append(unitName)
                }
                return (conditions.joined(separator: " AND "), StatementArguments(arguments))
            }
        }
    }

    /// Loads targets with their sources and responsible units, by plan then id.
    static func storedTargets(_ db: Database, _ selection: TargetSelection) throws -> [StoredTarget] {
        let (condition, arguments) = selection.condition
        // Three cursors in target id order, merged as they go: no dictionaries of a million
        // entries for a report over everything.
        let sourceRows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT targetSource.targetID, targetSource.quote, targetSource.startOffset,
                        targetSource.endOffset
                    FROM targetSource
                    WHERE targetSource.targetID IN (SELECT target.id FROM target WHERE \(condition))
                    ORDER BY targetSource.targetID, targetSource.startOffset, targetSource.id
                    """),
            arguments: arguments)
        let unitRows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT targetResponsibleUnit.targetID, responsibleUnit.name, targetResponsibleUnit.isLead
                    FROM targetResponsibleUnit
                    JOIN responsibleUnit ON responsibleUnit.id = targetResponsibleUnit.responsibleUnitID
                    WHERE targetResponsibleUnit.targetID IN (SELECT target.id FROM target WHERE \(condition))
                    ORDER BY targetResponsibleUnit.targetID, targetResponsibleUnit.position
                    """),
            arguments: arguments)
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT \(targetColumns), target.retiredAt IS NOT NULL
                    FROM target JOIN plan ON plan.id = target.planID
                    WHERE \(condition)
                    ORDER BY target.id
                    """),
            arguments: arguments)
        func nextSource() throws -> (Int64, TargetSource)? {
            guard let row = try sourceRows.next() else { return nil }
            let start: Int = row[2]
            let end: Int = row[3]
            return (row[0], TargetSource(quote: row[1], span: TextSpan(start: start, end: max(start, end))))
        }
        func nextUnit() throws -> (Int64, ResponsibleUnit)? {
            guard let row = try unitRows.next() else { return nil }
            return (row[0], ResponsibleUnit(name: row[1], isLead: row[2]))
        }
        var pendingSource = try nextSource()
        var pendingUnit = try nextUnit()
        var targets: [StoredTarget] = []
        while let row = try rows.next() {
            let id: Int64 = row[0]
            var sources: [TargetSource] = []
            while let (targetID, source) = pendingSource, targetID <= id {
                if targetID == id { sources.append(source) }
                pendingSource = try nextSource()
            }
            var units: [ResponsibleUnit] = []
            while let (targetID, unit) = pendingUnit, targetID <= id {
                if targetID == id { units.append(unit) }
                pendingUnit = try nextUnit()
            }
            var target = try storedTarget(row, sources: sources, responsible: units)
            target.isRetired = row[Store.targetColumnCount]
            targets.append(target)
        }
        // By plan, then id: plans usually hold consecutive ids, so this rarely sorts.
        let isOrdered = zip(targets, targets.dropFirst()).allSatisfy { $0.planID <= $1.planID }
        guard !isOrdered else { return targets }
        let order = targets.indices.sorted {
            (targets[$0].planID, targets[$0].id) < (targets[$1].planID, targets[$1].id)
        }
        return order.map { targets[$0] }
    }

    /// How many columns ``targetColumns`` holds.
    static let targetColumnCount = 22

    /// The columns ``storedTarget(_:sources:responsible:)`` decodes, in its order.
    static let targetColumns = targetColumns(planTitle: "plan.title")

    /// ``targetColumns`` with the plan title taken from `planTitle`, an SQL expression: `NULL`
    /// for a query that reads titles elsewhere and need not join the plan.
    static func targetColumns(planTitle: String) -> String {
        """
        target.id, target.planID, \(planTitle), target.section, target.metric, target.kind, target.value,
        target.valueMax, target.unit, target.comparator, target.deadline, target.deadlineSource,
        target.recurrence, target.isIncrement, target.isAspirational, target.confidence, target.reviewState,
        target.binding, target.baselineValue, target.baselineYear, target.isReduction,
        target.baseYear
        """
    }

    /// Decodes a row of ``targetColumns`` by position: reports decode hundreds of thousands.
    static func storedTarget(
        _ columns: some ColumnReader, sources: [TargetSource], responsible: [ResponsibleUnit]
    ) throws -> StoredTarget {
        let id = columns.integer(0)
        func decode<T: CaseIterable & RawRepresentable<String>>(_ index: Int, as type: T.Type) throws -> T {
            guard let value = columns.optionalCase(index, of: T.self) else {
                throw DatabaseError(
                    message: "target \(id) has an unknown \(T.self) \"\(columns.text(index))\"")
            }
            return value
        }
        let metric = columns.text(4)
        let first = sources.first ?? TargetSource(quote: metric, span: TextSpan(start: 0, end: 0))
        let target = Target(
            quote: first.quote, span: first.span, section: columns.optionalText(3), metric: metric,
            kind: try decode(5, as: TargetKind.self), value: columns.double(6),
            valueMax: columns.optionalDouble(7), unit: Unit(rawValue: columns.text(8)),
            comparator: try decode(9, as: Comparator.self),
            deadline: columns.withUTF8(10, CalendarDay.stored(utf8:)),
            deadlineSource: columns.optionalCase(11, of: DeadlineSource.self),
            recurrence: columns.optionalCase(12, of: Recurrence.self),
            isIncrement: columns.integer(13) != 0, isAspirational: columns.integer(14) != 0,
            responsible: responsible, confidence: columns.double(15),
            binding: columns.isNull(17) ? nil : columns.integer(17) != 0,
            baseline: columns.optionalDouble(18).map {
                Baseline(value: $0, year: columns.isNull(19) ? nil : Int(columns.integer(19)))
            }, isReduction: columns.integer(20) != 0,
            baseYear: columns.isNull(21) ? nil : Int(columns.integer(21)))
        return StoredTarget(
            id: id, planID: columns.integer(1), planTitle: columns.optionalText(2), statement: target,
            sources: sources, reviewState: try decode(16, as: ReviewState.self))
    }

    /// Candidates to show for these target ids.
    private static func candidates(_ db: Database, ids: [Int64]) throws -> [TargetCandidate] {
        try ids.compactMap { id in
            try storedTargets(db, .id(id)).first.map {
                TargetCandidate(
                    id: $0.id, planID: $0.planID, metric: $0.statement.metric, quote: $0.statement.quote)
            }
        }
    }
}
