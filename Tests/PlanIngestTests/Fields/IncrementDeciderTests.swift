import Testing

@testable import PlanIngest

/// Each way the increment is settled, with the words that settle it.
@Suite struct IncrementDeciderTests {
    @Test(arguments: [
        ("新增高新技术企业100家。", true, "新增"),
        ("改扩建中小学30所。", true, "改扩建"),
        ("新开工改造老旧小区600个。", true, "新开工"),
        ("支持企业20家开展技术攻关。", false, "支持"),
        ("高新技术企业总数达到1500家。", false, "达到"),
        ("累计新增企业100家。", true, "新增"),
        ("新增造林绿化面积1200亩。", true, "新增"),
        ("设立总规模50亿元的产业基金。", true, "设立"),
    ])
    func settlesTheIncrement(_ sentence: String, _ isIncrement: Bool, _ words: String) throws {
        let (target, evidence) = try #require(FieldDecisionSupport.decided(sentence, "increment"))
        #expect(target.isIncrement == isIncrement)
        #expect(evidence.words == words)
    }

    @Test func aRatioIsNeverAnIncrement() throws {
        let (target, evidence) = try #require(FieldDecisionSupport.decided("常住人口城镇化率62%。", "increment"))
        #expect(!target.isIncrement)
        #expect(evidence.words == nil)
    }
}
