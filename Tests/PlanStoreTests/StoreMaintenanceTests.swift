import Foundation
import GRDB
import PlanIngest
import Testing
@testable import PlanStore

@Test func backupCopiesEverythingWhileOthersWrite() async throws {
    // Given a database with a plan and a writer logging figures in the background
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appending(path: "plantrack.sqlite").path
    let store = try Store(path: path)
    let id = try store.importPlan(makePlan([makeTarget("高新技术企业达1500家", value: 1500)])).targets[0].id
    let writing = Task {
        let other = try Store(path: path)
        for index in 0..<200 {
            let (year, month) = (1900 + index / 12, index % 12 + 1)
            let text = "\(year)-" + (month < 10 ? "0" : "") + "\(month)"
            try other.record([ProgressFigure(targetID: id, period: period(text), value: 1)], replacing: false)
        }
    }
    // When a backup is made meanwhile
    let copyPath = folder.appending(path: "backups/copy.sqlite").path
    try store.backup(to: copyPath)
    try await writing.value
    // Then the copy opens, is sound, and holds the plan and a consistent prefix of the figures
    let copy = try Store(path: copyPath)
    #expect(try copy.plans().count == 1)
    #expect(try copy.integrityProblems().isEmpty)
    let figures = try copy.progress(ofTarget: id, includingReplaced: false)
    #expect(figures.count <= 200)
    #expect(figures.map(\.period.description) == figures.map(\.period).sorted().map(\.description))
}

@Test func backupRefusesToOverwriteOtherFiles() throws {
    // Given a database and a text file
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try Store(path: folder.appending(path: "plantrack.sqlite").path)
    let notes = folder.appending(path: "notes.txt")
    try Data("keep me".utf8).write(to: notes)
    // When a backup is asked onto the text file, a folder, or the database itself
    // Then each is refused and the text file is kept
    for destination in [notes.path, folder.path, store.path] {
        #expect {
            try store.backup(to: destination)
        } throws: { error in
            guard case .backupFailed(let failed, _) = error as? StoreError else { return false }
            return failed == destination
        }
    }
    #expect(try Data(contentsOf: notes) == Data("keep me".utf8))
}

@Test func integrityProblemsAreReportedInPlainWords() throws {
    // Given a sound database with an increment
    let store = try Store.makeInMemory()
    let increment = makeTarget("新增高新技术企业100家", value: 100, isIncrement: true)
    let id = try store.importPlan(makePlan([increment])).targets[0].id
    #expect(try store.integrityProblems().isEmpty)
    // When a figure for a missing target, a target without quote and overlapping figures slip
    // in with checks off
    try store.writer.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        try db.execute(
            sql: """
                INSERT INTO progressEntry (targetID, period, periodStart, periodEnd, value, recordedAt)
                VALUES (99, '2024Q1', '2024-01-01', '2024-03-31', 1, '2024-04-01T00:00:00Z')
                """)
        try db.execute(sql: "DELETE FROM targetSource WHERE targetID = ?", arguments: [id])
        try db.execute(
            sql: """
                INSERT INTO progressEntry (targetID, period, periodStart, periodEnd, value, recordedAt)
                VALUES (?, '2024', '2024-01-01', '2024-12-31', 1, '2025-01-01T00:00:00Z'),
                    (?, '2024Q2', '2024-04-01', '2024-06-30', 1, '2025-01-01T00:00:00Z')
                """, arguments: [id, id])
        try db.execute(sql: "PRAGMA foreign_keys = ON")
    }
    // Then each is reported
    let problems = try store.integrityProblems()
    #expect(
        problems == [
            "progress figure 1 refers to a target that does not exist",
            "target \(id) has no quote from its plan",
            "target \(id) has figures for overlapping periods 2024 and 2024Q2, so its sums count some months twice",
            "the summary of target \(id) disagrees with its figures",
            "the yearly summary of target \(id), year 2024 disagrees with its figures",
            "the summary of target 99 disagrees with its figures",
            "the yearly summary of target 99, year 2024 disagrees with its figures",
        ])
}

@Test func aLevelsOverlappingReadingsAreNoProblem() throws {
    // Given a level target with readings for 2024H1 and 2024, as the README allows
    let store = try Store.makeInMemory()
    let id = try store.importPlan(makePlan([makeTarget("高新技术企业达1500家", value: 1500)])).targets[0].id
    try store.record(
        [
            ProgressFigure(targetID: id, period: period("2024H1"), value: 1200),
            ProgressFigure(targetID: id, period: period("2024"), value: 1300),
        ], replacing: false)
    // When the database is checked
    // Then nothing is reported
    #expect(try store.integrityProblems().isEmpty)
}

@Test func summariesFollowEveryRecordedFigure() throws {
    // Given a target with figures in two years, one of them replaced
    let store = try Store.makeInMemory()
    let id = try store.importPlan(makePlan([makeTarget("高新技术企业达1500家", value: 1500)])).targets[0].id
    let today = day("2025-12-31")
    try store.record(
        [
            ProgressFigure(targetID: id, period: Period("2023Q4")!, value: 10),
            ProgressFigure(targetID: id, period: Period("2024Q1")!, value: 20),
            ProgressFigure(targetID: id, period: Period("2024Q2")!, value: 30),
        ], replacing: false, today: today)
    try store.record(
        [ProgressFigure(targetID: id, period: Period("2024Q1")!, value: 25)], replacing: true, today: today)
    // When the summaries are read
    let years = try store.writer.read { db in
        try Row.fetchAll(
            db, sql: "SELECT periodYear, figureCount, total, lastValue FROM progressYear ORDER BY periodYear"
        )
        .map { [$0[0], $0[1], $0[2], $0[3]] as [Double] }
    }
    // Then all figures (year 0) and each year sum up the current figures, and the check finds
    // them sound
    #expect(years == [[0, 3, 65, 30], [2023, 1, 10, 10], [2024, 2, 55, 30]])
    #expect(try store.integrityProblems().isEmpty)
}

@Test func aYearlySummaryChangedBehindTheStoresBackIsReported() throws {
    // Given a target with a figure whose summary is then changed directly
    let store = try Store.makeInMemory()
    let id = try store.importPlan(makePlan([makeTarget("高新技术企业达1500家", value: 1500)])).targets[0].id
    try store.record(
        [ProgressFigure(targetID: id, period: Period("2024Q1")!, value: 20)], replacing: false,
        today: day("2025-01-01"))
    try store.writer.write { db in
        try db.execute(sql: "UPDATE progressYear SET total = 21 WHERE periodYear = 2024")
    }
    // When the database is checked
    // Then the summary is named
    #expect(
        try store.integrityProblems() == [
            "the yearly summary of target \(id), year 2024 disagrees with its figures"
        ])
}
