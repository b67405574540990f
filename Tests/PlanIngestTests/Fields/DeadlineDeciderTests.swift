import Testing

@testable import PlanIngest

/// Each way the deadline is settled, with the words that settle it and its source.
@Suite struct DeadlineDeciderTests {
    @Test(
        arguments: [
            ("到2027年，新增企业100家。", "2027-12-31", DeadlineSource.stated, "到2027年"),
            ("2026年6月底前，建成平台5个。", "2026-06-30", .stated, "2026年6月底前"),
            ("上半年新建基站200个。", "2026-06-30", .documentYear, "上半年"),
            ("新增企业100家。", "2026-12-31", .documentYear, nil),
        ] as [(String, String, DeadlineSource, String?)])
    func settlesTheDeadline(_ sentence: String, _ day: String, _ source: DeadlineSource, _ words: String?)
        throws
    {
        let (target, evidence) = try #require(FieldDecisionSupport.decided(sentence, "deadline"))
        #expect(target.deadline?.description == day)
        #expect(target.deadlineSource == source)
        #expect(evidence.words == words)
    }

    @Test func aPlanHorizonIsInheritedWithoutWords() throws {
        let text = "某市科技创新三年行动方案（2024-2026年）\n一、主要任务\n新建重点实验室5家。\n"
        let extraction = TargetExtractor().extraction(of: text)
        let target = try #require(extraction.targets.first)
        #expect(target.deadlineSource == .inherited)
        #expect(extraction.evidence.first?.deadline.words == nil)
    }
}
