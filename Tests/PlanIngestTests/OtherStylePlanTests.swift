import Foundation
import Testing

@testable import PlanIngest

/// Plans in styles the rules were not written for (`Fixtures/OtherStyles`), annotated before
/// extraction ran on them: a 工作要点 with 责任单位 lines, a 行动方案 with a task list, a 规划
/// with an indicator table of year columns and `〔 〕` totals. Their Word, web page and PDF
/// copies are compared with the text in the CLI's `PlanFormatsTests`. One vocabulary row
/// (`〔 〕` as cumulative brackets) was added after they were scored, so they are regression
/// tests now, no longer a measure of documents the rules never saw.
@Suite struct OtherStylePlanTests {
    @Test func plansInOtherStylesMatchTheirGoldAnnotations() throws {
        let folder = try TargetExtractorTests.heldOutFolder().deletingLastPathComponent()
            .appendingPathComponent("OtherStyles")
        let score = try AnnotatedPlanTests.score(texts: folder, gold: folder)
        print("plans of other styles: \(score.summary)")
        AnnotatedPlanTests.expect(score, f1: 1.0, fields: [:])
    }
}
