import Testing

@testable import PlanIngest

/// A change target promises a fall when a word of falling stands before its number.
@Suite struct DirectionDeciderTests {
    @Test(arguments: [
        ("单位地区生产总值能耗下降13.5%。", true, "下降"),
        ("能耗强度降低0.3个百分点。", true, "降低"),
        ("一般性支出压减15%。", true, "压减"),
        ("地区生产总值增长6%左右。", false, "增长"),
        ("研发投入强度提高0.5个百分点。", false, "提高"),
        ("规上工业、建筑业增加值分别下降2%、3%。", true, "下降"),
    ])
    func settlesTheDirection(_ sentence: String, _ isReduction: Bool, _ words: String) throws {
        let (target, evidence) = try #require(FieldDecisionSupport.decided(sentence, "direction"))
        #expect(target.isReduction == isReduction)
        #expect(evidence.words == words)
    }

    @Test(arguments: ["PM2.5平均浓度降低至30微克/立方米。", "城镇化率降低至12%左右。", "高新技术企业减少负担100家。"])
    func aLevelHasNoDirection(_ sentence: String) throws {
        let (target, _) = try #require(FieldDecisionSupport.decided(sentence, "direction"))
        #expect(!target.isReduction)
    }
}
