import Foundation
import GRDB
import PlanStore

/// Builds (once) a database the size of a province's archive: many plans, a million targets
/// and ten million quarterly figures, for the report benchmarks. It is generated, never
/// committed, and reused while its sizes match.
struct ScaleDatabase {
    /// The database file.
    let path: String
    /// Number of targets to create.
    let targetCount: Int
    /// Number of quarterly figures per target.
    let figuresPerTarget: Int
    /// Targets per plan.
    let targetsPerPlan = 100

    /// Creates the database unless a complete one of the same size is already there.
    /// - Returns: The seconds spent generating, or `nil` when the existing file was reused.
    func prepare() throws -> Double? {
        if FileManager.default.fileExists(atPath: path), try isComplete() {
            _ = try Store(path: path)  // brings an older one up to date before anything is timed
            return nil
        }
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
        _ = try Store(path: path)  // creates the schema through the real migrations
        let queue = try DatabaseQueue(path: path)
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            try queue.inDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
                try db.inTransaction {
                    try fill(db)
                    try Store.rebuildProgressYears(db)
                    return .commit
                }
            }
        }
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS benchSize (targets INTEGER, figures INTEGER)")
            try db.execute(
                sql: "INSERT INTO benchSize VALUES (?, ?)", arguments: [targetCount, figuresPerTarget])
        }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "ANALYZE") }
        return elapsed.seconds
    }

    private func isComplete() throws -> Bool {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            guard try db.tableExists("benchSize") else { return false }
            let row = try Row.fetchOne(db, sql: "SELECT targets, figures FROM benchSize")
            return row?["targets"] == targetCount && row?["figures"] == figuresPerTarget
        }
    }

    private func fill(_ db: Database) throws {
        let insertPlan = try db.makeStatement(
            sql: """
                INSERT INTO plan (id, title, region, horizonStartYear, horizonEndYear, fileName,
                    sha256, plainText, importedAt)
                VALUES (?, ?, ?, 2021, 2025, ?, ?, ?, '2024-01-01T00:00:00Z')
                """)
        let insertTarget = try db.makeStatement(
            sql: """
                INSERT INTO target (id, planID, section, metric, kind, value, unit, comparator,
                    deadline, deadlineSource, recurrence, isIncrement, isAspirational, confidence)
                VALUES (?, ?, '二、主要目标', ?, 'count', ?, '家', '>=', ?, 'stated', ?, ?, 0, 0.9)
                """)
        let insertSource = try db.makeStatement(
            sql: "INSERT INTO targetSource (targetID, quote, startOffset, endOffset) VALUES (?, ?, 0, 10)")
        let insertFigure = try db.makeStatement(
            sql: """
                INSERT INTO progressEntry (targetID, period, periodStart, periodEnd, value, recordedAt)
                VALUES (?, ?, ?, ?, ?, '2024-07-01T00:00:00Z')
                """)
        let quarters = ScaleDatabase.quarters(count: figuresPerTarget)
        let planCount = (targetCount + targetsPerPlan - 1) / targetsPerPlan
        for plan in 1...planCount {
            try insertPlan.execute(arguments: [
                plan, "第\(plan)号实施方案", "示范市", "plan-\(plan).txt",
                ImportBenchmark.syntheticDigest(plan), "到2025年高新技术企业达1500家",
            ])
        }
        for target in 1...targetCount {
            let plan = (target - 1) / targetsPerPlan + 1
            let value = Double(100 + target % 900)
            let deadline = target % 3 == 0 ? "2023-12-31" : "2025-12-31"
            let isRecurring = target % 10 == 0
            try insertTarget.execute(arguments: [
                target, plan, "高新技术企业\(target % 500)", value, deadline,
                isRecurring ? "annual" : nil, target % 2,
            ])
            try insertSource.execute(arguments: [target, "高新技术企业达\(Int(value))家"])
            for (index, quarter) in quarters.enumerated() {
                try insertFigure.execute(arguments: [
                    target, quarter.name, quarter.start, quarter.end, value * Double(index + 1) / 12,
                ])
            }
        }
    }

    /// `count` consecutive quarters from 2022Q1, with their first and last days.
    static func quarters(count: Int) -> [(name: String, start: String, end: String)] {
        let ends = ["03-31", "06-30", "09-30", "12-31"]
        let starts = ["01-01", "04-01", "07-01", "10-01"]
        return (0..<count).map { index in
            let year = 2022 + index / 4
            let quarter = index % 4
            return ("\(year)Q\(quarter + 1)", "\(year)-\(starts[quarter])", "\(year)-\(ends[quarter])")
        }
    }
}
