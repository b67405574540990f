import Foundation
import PlanIngest
import Testing
@testable import PlanStore

@Test func eightWritersCreatingTheSameDatabaseAtOnce() async throws {
    // Given a path where no database exists yet
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appending(path: "new/plantrack.sqlite").path
    // When 8 writers open it at the same time and each imports a plan
    try await withThrowingTaskGroup(of: Void.self) { group in
        for writer in 0..<8 {
            group.addTask {
                let store = try Store(path: path)
                let sha = String(repeating: String(writer), count: 64)
                _ = try store.importPlan(
                    makePlan([makeTarget("新增\(writer)家", value: Double(writer))], sha256: sha))
            }
        }
        try await group.waitForAll()
    }
    // Then the schema was created once and all 8 plans are stored
    let store = try Store(path: path)
    #expect(try store.plans().count == 8)
    #expect(try store.appliedMigrations() == Store.migrator.migrations)
}
