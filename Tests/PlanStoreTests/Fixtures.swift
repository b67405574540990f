import Foundation
import GRDB
import PlanIngest
@testable import PlanStore

/// A target statement with test defaults: a level of at least `value` 家 due 2025-12-31.
func makeTarget(
    _ quote: String, metric: String? = nil, value: Double, valueMax: Double? = nil,
    unit: PlanIngest.Unit = "家", comparator: PlanIngest.Comparator = .atLeast, kind: TargetKind = .count,
    deadline: String? = "2025-12-31", recurrence: Recurrence? = nil, isIncrement: Bool = false,
    start: Int = 0, responsible: [ResponsibleUnit] = []
) -> Target {
    Target(
        quote: quote, span: TextSpan(start: start, end: start + quote.unicodeScalars.count),
        section: "一、主要目标", metric: metric ?? quote, kind: kind, value: value,
        valueMax: valueMax, unit: unit, comparator: comparator,
        deadline: deadline.flatMap { CalendarDay(iso: $0) },
        deadlineSource: deadline == nil ? nil : .stated, recurrence: recurrence,
        isIncrement: isIncrement, responsible: responsible, confidence: 0.9)
}

/// A plan covering 2023–2025 with the given target statements.
func makePlan(
    _ targets: [Target], sha256: String = String(repeating: "a", count: 64),
    title: String = "科技创新三年行动方案", horizon: Horizon? = Horizon(startYear: 2023, endYear: 2025),
    text: String = "到2025年，高新技术企业达1500家。"
) -> PlanImport {
    PlanImport(
        metadata: DocumentMetadata(
            title: title, issuer: "滨州市科学技术局", documentNumber: "滨科字〔2022〕73号",
            issueDate: CalendarDay(year: 2022, month: 12, day: 1), region: "滨州市",
            horizon: horizon),
        fileName: "plan.txt", sha256: sha256, text: text, targets: targets)
}

/// A period from a literal that is known to be valid.
func period(_ text: String) -> Period {
    guard let period = Period(text) else { fatalError("bad test period \(text)") }
    return period
}

/// A day from a literal that is known to be valid.
func day(_ iso: String) -> CalendarDay {
    guard let day = CalendarDay(iso: iso) else { fatalError("bad test day \(iso)") }
    return day
}

/// A fresh folder under the temporary directory, removed by the caller.
func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appending(path: "plantrack-store-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Inserts plan 1 and its target 1 with plain SQL, as a database between migrations holds them
/// (the store of today writes columns a past schema lacks).
func insertPlanAndTarget(_ db: Database) throws {
    try db.execute(
        sql:
            "INSERT INTO plan (fileName, sha256, plainText, importedAt) VALUES ('a.txt', ?, '', '2024-01-01T00:00:00Z')",
        arguments: [String(repeating: "b", count: 64)])
    try db.execute(
        sql: """
            INSERT INTO target (planID, metric, kind, value, unit, comparator, deadline, deadlineSource,
                isIncrement, isAspirational, confidence)
            VALUES (1, 'm', 'count', 1, '家', '>=', '2025-12-31', 'stated', 0, 0, 0.5)
            """)
}
