import GRDB
import PlanIngest

extension Store {
    /// Stores a plan with its targets in one transaction.
    ///
    /// Importing the same bytes again (same SHA-256) changes nothing and returns the stored plan
    /// with `isNew == false`. Statements of the same target (same metric, value, upper value,
    /// unit, comparator and deadline) become one tracked target with several sources and the
    /// union of their responsible units, leads first.
    ///
    /// - Parameter plan: The plan and its extracted target statements.
    /// - Returns: The stored plan and its tracked targets.
    /// - Throws: ``StoreError/invalidPlan(fileName:reason:)`` when a target breaks a rule of the
    ///   schema (nothing is stored then), ``StoreError/readOnly(path:)``.
    /// - Complexity: O(*n*) statements for *n* targets.
    public func importPlan(_ plan: PlanImport) throws(StoreError) -> ImportResult {
        let sha256 = plan.sha256.lowercased()
        let importedAt = Clock.timestamp()
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else {
            throw .invalidPlan(
                fileName: plan.fileName, reason: "the SHA-256 \"\(plan.sha256)\" is not 64 hexadecimal digits"
            )
        }
        for target in plan.targets where !target.value.isFinite || !(target.valueMax?.isFinite ?? true) {
            throw .invalidPlan(
                fileName: plan.fileName, reason: "the target \"\(target.quote)\" has no finite value")
        }
        return try write { db in
            if let existing = try Int64.fetchOne(
                db, sql: "SELECT id FROM plan WHERE sha256 = ?", arguments: [sha256])
            {
                return ImportResult(
                    plan: try Store.planSummaries(db, id: existing)[0], isNew: false,
                    targets: try Store.storedTargets(db, .plan(existing)))
            }
            let metadata = plan.metadata
            try db.execute(
                sql: """
                    INSERT INTO plan (title, issuer, documentNumber, issueDate, region,
                        horizonStartYear, horizonEndYear, fileName, sha256, plainText, importedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    metadata.title, metadata.issuer, metadata.documentNumber,
                    metadata.issueDate?.iso, metadata.region, metadata.horizon?.startYear,
                    metadata.horizon?.endYear, plan.fileName, sha256, plan.text, importedAt,
                ])
            let planID = db.lastInsertedRowID
            for statements in Store.trackedTargets(plan.targets) {
                do {
                    try Store.insert(statements, planID: planID, db)
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    throw StoreError.invalidPlan(
                        fileName: plan.fileName,
                        reason:
                            "the target \"\(statements[0].quote)\" breaks a rule of the database (\(error.message ?? "constraint failed"))"
                    )
                }
            }
            return ImportResult(
                plan: try Store.planSummaries(db, id: planID)[0], isNew: true,
                targets: try Store.storedTargets(db, .plan(planID)))
        }
    }

    /// Every stored plan, oldest import first.
    ///
    /// - Complexity: O(*p*) for *p* plans.
    public func plans() throws(StoreError) -> [PlanSummary] {
        try read { db in try Store.planSummaries(db, id: nil) }
    }

    /// The stored plan with this id, if any.
    public func plan(id: Int64) throws(StoreError) -> PlanSummary? {
        try read { db in try Store.planSummaries(db, id: id).first }
    }

    /// The plain text of a plan, which target offsets refer to.
    public func planText(id: Int64) throws(StoreError) -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT plainText FROM plan WHERE id = ?", arguments: [id])
        }
    }

    // MARK: - Rows

    /// Plans with their target counts; all of them when `id` is `nil`.
    static func planSummaries(_ db: Database, id: Int64?) throws -> [PlanSummary] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT plan.id, plan.title, plan.issuer, plan.documentNumber, plan.issueDate,
                    plan.region, plan.horizonStartYear, plan.horizonEndYear, plan.fileName,
                    plan.sha256, plan.importedAt,
                    (SELECT count(*) FROM target WHERE target.planID = plan.id) AS targetCount
                FROM plan
                WHERE ? IS NULL OR plan.id = ?
                ORDER BY plan.id
                """,
            arguments: [id, id])
        return rows.map { row in
            let startYear: Int? = row["horizonStartYear"]
            let endYear: Int? = row["horizonEndYear"]
            let issueDate: String? = row["issueDate"]
            return PlanSummary(
                id: row["id"], title: row["title"], issuer: row["issuer"],
                documentNumber: row["documentNumber"],
                issueDate: issueDate.flatMap { CalendarDay(iso: $0) }, region: row["region"],
                horizon: startYear.flatMap { start in
                    endYear.flatMap { end in start <= end ? Horizon(startYear: start, endYear: end) : nil }
                },
                fileName: row["fileName"], sha256: row["sha256"], importedAt: row["importedAt"],
                targetCount: row["targetCount"])
        }
    }

    /// Groups target statements that state the same commitment, in order of first statement.
    static func trackedTargets(_ statements: [Target]) -> [[Target]] {
        struct Key: Hashable {
            var metric: String
            var value: Double
            var valueMax: Double?
            var unit: Unit
            var comparator: Comparator
            var deadline: CalendarDay?
        }
        var groups: [[Target]] = []
        var indexByKey: [Key: Int] = [:]
        for statement in statements {
            let key = Key(
                metric: statement.metric, value: statement.value, valueMax: statement.valueMax,
                unit: statement.unit, comparator: statement.comparator, deadline: statement.deadline)
            if let index = indexByKey[key] {
                groups[index].append(statement)
            } else {
                indexByKey[key] = groups.count
                groups.append([statement])
            }
        }
        return groups
    }

    /// The union of the statements' responsible units by normalised name, leads first, each
    /// a lead when any statement says so.
    static func responsibleUnion(_ statements: [Target]) -> [ResponsibleUnit] {
        var units: [ResponsibleUnit] = []
        var indexByName: [String: Int] = [:]
        for unit in statements.flatMap(\.responsible) {
            let name = normalisedUnitName(unit.name)
            guard !name.isEmpty else { continue }
            if let index = indexByName[name] {
                units[index].isLead = units[index].isLead || unit.isLead
            } else {
                indexByName[name] = units.count
                units.append(ResponsibleUnit(name: name, isLead: unit.isLead))
            }
        }
        return units.filter(\.isLead) + units.filter { !$0.isLead }
    }

    /// A unit name without white space (ASCII or full-width) anywhere in it.
    static func normalisedUnitName(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// Inserts one tracked target with its sources and responsible units.
    @discardableResult
    static func insert(
        _ statements: [Target], planID: Int64, reviewState: ReviewState = .extracted, _ db: Database
    ) throws -> Int64 {
        let first = statements[0]
        try db.cachedStatement(
            sql: """
                INSERT INTO target (planID, section, metric, kind, value, valueMax, unit, comparator,
                    deadline, deadlineSource, recurrence, isIncrement, isAspirational, reviewState,
                    confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            planID, first.section, first.metric, first.kind.rawValue, first.value,
            first.valueMax, first.unit.rawValue, first.comparator.rawValue, first.deadline?.iso,
            first.deadlineSource?.rawValue, first.recurrence?.rawValue, first.isIncrement,
            first.isAspirational, reviewState.rawValue,
            statements.map(\.confidence).max() ?? first.confidence,
        ])
        let targetID = db.lastInsertedRowID
        try insertStatements(statements, of: targetID, db)
        return targetID
    }

    /// Inserts the sources and the union of responsible units of a tracked target's statements.
    static func insertStatements(_ statements: [Target], of targetID: Int64, _ db: Database) throws {
        var seenSpans = Set<TextSpan>()
        for statement in statements where seenSpans.insert(statement.span).inserted {
            try db.cachedStatement(
                sql: "INSERT INTO targetSource (targetID, quote, startOffset, endOffset) VALUES (?, ?, ?, ?)"
            ).execute(arguments: [targetID, statement.quote, statement.span.start, statement.span.end])
        }
        for (position, unit) in responsibleUnion(statements).enumerated() {
            try db.cachedStatement(
                sql: "INSERT INTO responsibleUnit (name) VALUES (?) ON CONFLICT (name) DO NOTHING"
            ).execute(arguments: [unit.name])
            try db.cachedStatement(
                sql: """
                    INSERT INTO targetResponsibleUnit (targetID, responsibleUnitID, isLead, position)
                    SELECT ?, id, ?, ? FROM responsibleUnit WHERE name = ?
                    """
            ).execute(arguments: [targetID, unit.isLead, position, unit.name])
        }
    }
}
