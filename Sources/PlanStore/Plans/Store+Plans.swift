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
        let sha256 = try plan.checkedSHA256()
        let importedAt = Clock.timestamp()
        return try write { db in
            if let existing = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM plan WHERE sha256 = ?"), arguments: [sha256])
            {
                return ImportResult(
                    plan: try Store.planSummaries(db, id: existing)[0], isNew: false,
                    targets: try Store.storedTargets(db, .plan(existing)))
            }
            let metadata = plan.metadata
            try db.cachedStatement(
                sql: """
                    INSERT INTO plan (title, issuer, documentNumber, issueDate, region,
                        horizonStartYear, horizonEndYear, fileName, sha256, plainText, importedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(
                arguments: [
                    metadata.title, metadata.issuer, metadata.documentNumber,
                    metadata.issueDate?.iso, metadata.region, plan.trackingHorizon?.startYear,
                    plan.trackingHorizon?.endYear, plan.fileName, sha256, plan.text, importedAt,
                ])
            let planID = db.lastInsertedRowID
            try Store.insert(Store.trackedTargets(plan.targets), planID: planID, fileName: plan.fileName, db)
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

    /// The plan a newer version of a document replaces: the newest one read from a file of the
    /// same name, else the newest one with the same title.
    ///
    /// - Parameters:
    ///   - fileName: The name of the newer version's file.
    ///   - title: The newer version's title, if it states one.
    /// - Complexity: O(log *p*) for *p* plans.
    public func planToReplace(fileName: String, title: String?) throws(StoreError) -> PlanSummary? {
        try read { db in
            let byFileName = try db.cachedStatement(
                sql: "SELECT id FROM plan WHERE fileName = ? ORDER BY id DESC LIMIT 1")
            let byTitle = try db.cachedStatement(
                sql: "SELECT id FROM plan WHERE title = ? ORDER BY id DESC LIMIT 1")
            let id =
                try Int64.fetchOne(byFileName, arguments: [fileName])
                ?? Int64.fetchOne(byTitle, arguments: [title])
            return try id.flatMap { try Store.planSummaries(db, id: $0).first }
        }
    }

    /// The plain text of a plan, which target offsets refer to.
    public func planText(id: Int64) throws(StoreError) -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT plainText FROM plan WHERE id = ?", arguments: [id])
        }
    }

    // MARK: - Rows

    /// Plans with their target counts; all of them when `id` is `nil`.
    ///
    /// One plan is found by its primary key: a condition such as `? IS NULL OR plan.id = ?`
    /// would make SQLite scan every plan, and importing would slow down as the database grows.
    static func planSummaries(_ db: Database, id: Int64?) throws -> [PlanSummary] {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT plan.id, plan.title, plan.issuer, plan.documentNumber, plan.issueDate,
                        plan.region, plan.horizonStartYear, plan.horizonEndYear, plan.fileName,
                        plan.sha256, plan.importedAt,
                        (SELECT count(*) FROM target WHERE target.planID = plan.id) AS targetCount
                    FROM plan
                    \(id == nil ? "" : "WHERE plan.id = ?")
                    ORDER BY plan.id
                    """),
            arguments: StatementArguments(id.map { [$0] } ?? []))
        return rows.map { row in
            let issueDate: String? = row["issueDate"]
            let metadata = DocumentMetadata(
                title: row["title"], issuer: row["issuer"], documentNumber: row["documentNumber"],
                issueDate: issueDate.flatMap { CalendarDay(iso: $0) }, region: row["region"],
                horizon: Horizon.stored(startYear: row["horizonStartYear"], endYear: row["horizonEndYear"]))
            return PlanSummary(
                id: row["id"], metadata: metadata, fileName: row["fileName"], sha256: row["sha256"],
                importedAt: row["importedAt"], targetCount: row["targetCount"])
        }
    }

    /// Groups target statements that state the same commitment, in order of first statement.
    static func trackedTargets(_ statements: [Target]) -> [TargetStatements] {
        struct Key: Hashable {
            var metric: String
            var value: Double
            var valueMax: Double?
            var unit: Unit
            var comparator: Comparator
            var deadline: CalendarDay?
        }
        var groups: [TargetStatements] = []
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
    static func responsibleUnion(_ statements: TargetStatements) -> [ResponsibleUnit] {
        responsibleUnion(statements.flatMap(\.responsible))
    }

    /// The units by normalised name, each once, leads first, a lead when any mention says so.
    static func responsibleUnion(_ mentions: [ResponsibleUnit]) -> [ResponsibleUnit] {
        var units: [ResponsibleUnit] = []
        var indexByName: [String: Int] = [:]
        for unit in mentions {
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
}
