import Testing

@testable import PlanIngest

/// Each way the recurrence is settled, with the words that settle it.
@Suite struct RecurrenceDeciderTests {
    @Test(arguments: [
        ("每年新增高新技术企业8家以上。", Recurrence?.some(.annual), "每年"),
        ("技术合同成交额年均增长10%。", .some(.annual), "年均"),
        ("每年组织培训，新增企业8家。", .some(.annual), "每年"),
    ])
    func recurs(_ sentence: String, _ recurrence: Recurrence?, _ words: String) throws {
        let (target, evidence) = try #require(FieldDecisionSupport.decided(sentence, "recurrence"))
        #expect(target.recurrence == recurrence)
        #expect(evidence.words == words)
    }

    @Test(arguments: [
        "新增高新技术企业100家。",
        "PM2.5年均浓度降至30微克/立方米。",
        "每年开展检查，高新技术企业总数达到1500家。",
    ])
    func happensOnce(_ sentence: String) throws {
        let (target, evidence) = try #require(FieldDecisionSupport.decided(sentence, "recurrence"))
        #expect(target.recurrence == nil)
        #expect(evidence.words == nil)
    }
}
