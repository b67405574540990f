import Foundation
import Testing

@testable import PlanIngest

/// Plans in styles the rules were not written for (`Fixtures/Unseen`), annotated before
/// extraction ran on them: a 工作要点 with 责任单位 lines, a 行动方案 with a task list, a 规划
/// with an indicator table of year columns and `〔 〕` totals. Their Word, web page and PDF
/// copies are compared with the text in the CLI's `PlanFormatsTests`.
@Suite struct UnseenPlanTests {
    @Test func plansInOtherStylesMatchTheirGoldAnnotations() throws {
        let folder = try TargetExtractorTests.heldOutFolder().deletingLastPathComponent()
            .appendingPathComponent("Unseen")
        let score = try AnnotatedPlanTests.score(texts: folder, gold: folder)
        print("unseen plans: \(score.summary)")
        AnnotatedPlanTests.expect(score, f1: 1.0, fields: [:])
    }
}
