import Foundation
import Testing

@testable import plantrack

private let pdftotextIsInstalled = PDFTextReader().executable != nil

/// Plans in styles that the rules were not written for (`PlanIngestTests/Fixtures/OtherStyles`,
/// annotated before extraction ran on them): a 工作要点 with 责任单位 lines, a 行动方案 with a
/// five-column task list (its 序号 column so narrow that the header wraps, and the browser
/// centring each row around its number), a 规划 with a 主要指标 table of year columns and
/// `〔 〕` totals. The Word file, the web page, LibreOffice's PDF and Chromium's print of each
/// give, field by field, the targets of its text.
@Suite struct PlanFormatsTests {
    static let plans = ["binhe-work-points-2025", "linjiang-digital-action-plan", "qingshan-ecology-plan"]

    /// A fixture of the unseen plans.
    static func unseenFixture(_ name: String) -> String {
        CLIHarness.packageRoot.appendingPathComponent("Tests/PlanIngestTests/Fixtures/OtherStyles")
            .appendingPathComponent(name).path
    }

    static func expectSameTargets(_ plan: String, as format: String) throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let text = try DocumentFormatsTests.extraction(atPath: Self.unseenFixture(plan + ".txt"), cli)
        let other = try DocumentFormatsTests.extraction(atPath: Self.unseenFixture(plan + format), cli)
        #expect(
            NSDictionary(dictionary: try #require(other["document"] as? [String: Any]))
                == NSDictionary(dictionary: try #require(text["document"] as? [String: Any])))
        let expected = try DocumentFormatsTests.targetFields(text)
        let found = try DocumentFormatsTests.targetFields(other)
        #expect(expected.count >= 7)
        #expect(found.count == expected.count)
        for (foundTarget, expectedTarget) in zip(found, expected) {
            #expect(foundTarget == expectedTarget)
        }
    }

    @Test(arguments: plans, [".docx", ".html"])
    func theWordFileAndWebPageGiveTheTargetsOfTheText(_ plan: String, _ format: String) throws {
        try Self.expectSameTargets(plan, as: format)
    }

    @Test(
        .enabled(if: pdftotextIsInstalled, "pdftotext is not installed (Debian: poppler-utils)"),
        arguments: plans, [".pdf", ".chromium.pdf"])
    func thePDFsGiveTheTargetsOfTheText(_ plan: String, _ format: String) throws {
        try Self.expectSameTargets(plan, as: format)
    }
}
