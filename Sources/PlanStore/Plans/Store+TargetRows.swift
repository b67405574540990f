import GRDB
import PlanIngest

extension Store {
    /// The most target rows one `INSERT` statement stores when a plan is imported.
    ///
    /// SQLite checks `kind`, `comparator` and `reviewState` against their lists of allowed
    /// values through small lookup tables that it builds once per run of a statement. Built for
    /// every target, they cost more than the insert itself; built for every few dozen, they
    /// hardly count.
    static let targetRowsPerStatement = 32

    /// Inserts a plan's tracked targets, in order, with their sources and responsible units.
    ///
    /// The target rows go in a batch at a time, with ids counted up from the largest one in use,
    /// as SQLite would give them one by one.
    ///
    /// - Throws: ``StoreError/invalidPlan(fileName:reason:)`` naming the first target that breaks
    ///   a rule of the schema, the same one that inserting the targets one by one would name.
    static func insert(_ trackedTargets: [TargetStatements], planID: Int64, fileName: String, _ db: Database)
        throws
    {
        func insertOneByOne(_ batch: ArraySlice<TargetStatements>) throws {
            for statements in batch {
                try namingTarget(statements, in: fileName) { try insert(statements, planID: planID, db) }
            }
        }
        let lastID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM target")) ?? 0
        // Past the largest id SQLite picks free ids at random, so only it can number the rows.
        guard lastID <= Int64.max - Int64(trackedTargets.count) else {
            return try insertOneByOne(trackedTargets[...])
        }
        for start in stride(from: 0, to: trackedTargets.count, by: targetRowsPerStatement) {
            let batch = trackedTargets[start..<min(start + targetRowsPerStatement, trackedTargets.count)]
            let firstID = lastID + Int64(start) + 1
            do {
                try insertRows(batch, firstID: firstID, planID: planID, reviewState: .extracted, db)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                // The failed statement stored none of its rows: one by one, the target at fault
                // comes to light.
                try insertOneByOne(batch)
                continue
            }
            for (offset, statements) in batch.enumerated() {
                try namingTarget(statements, in: fileName) {
                    try insertStatements(statements, of: firstID + Int64(offset), db)
                }
            }
        }
    }

    /// Inserts one tracked target with its sources and responsible units.
    @discardableResult
    static func insert(
        _ statements: TargetStatements, planID: Int64, reviewState: ReviewState = .extracted, _ db: Database
    ) throws -> Int64 {
        try insertRows([statements], firstID: nil, planID: planID, reviewState: reviewState, db)
        let targetID = db.lastInsertedRowID
        try insertStatements(statements, of: targetID, db)
        return targetID
    }

    /// Inserts the sources and the union of responsible units of a tracked target's statements.
    static func insertStatements(_ statements: TargetStatements, of targetID: Int64, _ db: Database) throws {
        var seenSpans = Set<TextSpan>()
        for statement in statements where seenSpans.insert(statement.span).inserted {
            try insertSource(statement.quote, at: statement.span, of: targetID, db)
        }
        try insertResponsibleUnits(responsibleUnion(statements), of: targetID, db)
    }

    /// Inserts one statement of a target: its quote and where it stands in the plan text.
    static func insertSource(_ quote: String, at span: TextSpan, of targetID: Int64, _ db: Database) throws {
        try db.cachedStatement(
            sql: "INSERT INTO targetSource (targetID, quote, startOffset, endOffset) VALUES (?, ?, ?, ?)"
        ).execute(arguments: [targetID, quote, span.start, span.end])
    }

    /// Inserts a target's responsible units in their order (leads first), each name stored once.
    static func insertResponsibleUnits(_ units: [ResponsibleUnit], of targetID: Int64, _ db: Database) throws
    {
        for (position, unit) in units.enumerated() {
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

    /// Inserts the target rows of tracked targets in one statement, with ids counted up from
    /// `firstID`, or picked by SQLite when it is `nil`.
    private static func insertRows(
        _ trackedTargets: some Collection<TargetStatements>, firstID: Int64?, planID: Int64,
        reviewState: ReviewState, _ db: Database
    ) throws {
        var arguments: [(any DatabaseValueConvertible)?] = []
        for (offset, statements) in trackedTargets.enumerated() {
            let first = statements[0]
            arguments += [
                firstID.map { $0 + Int64(offset) }, planID, first.section, first.metric,
                first.kind.rawValue, first.value, first.valueMax, first.unit.rawValue,
                first.comparator.rawValue, first.deadline?.iso, first.deadlineSource?.rawValue,
                first.recurrence?.rawValue, first.isIncrement, first.isAspirational, reviewState.rawValue,
                statements.map(\.confidence).max() ?? first.confidence, statements.binding,
                statements.baseline?.value,
                statements.baseline?.year, first.isReduction, first.baseYear,
            ]
        }
        let row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        try db.cachedStatement(
            sql: """
                INSERT INTO target (id, planID, section, metric, kind, value, valueMax, unit, comparator,
                    deadline, deadlineSource, recurrence, isIncrement, isAspirational, reviewState,
                    confidence, binding, baselineValue, baselineYear, isReduction, baseYear)
                VALUES \(repeatElement(row, count: trackedTargets.count).joined(separator: ", "))
                """
        ).execute(arguments: StatementArguments(arguments))
    }

    /// Runs `body`, reporting a broken rule of the schema as the fault of this target.
    private static func namingTarget(
        _ statements: TargetStatements, in fileName: String, _ body: () throws -> Void
    )
        throws
    {
        do {
            try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw StoreError.invalidPlan(
                fileName: fileName,
                reason:
                    "the target \"\(statements[0].quote)\" breaks a rule of the database (\(error.message ?? "constraint failed"))"
            )
        }
    }
}
