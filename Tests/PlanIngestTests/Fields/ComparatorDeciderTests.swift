import Testing

@testable import PlanIngest

/// Each way the comparator is settled, with the words that settle it.
@Suite struct ComparatorDeciderTests {
    @Test(arguments: [
        ("新增企业100家以上。", Comparator.atLeast, "以上"),
        ("新增企业不少于100家。", .atLeast, "不少于"),
        ("研发投入强度达到3%左右。", .approximately, "左右"),
        ("单个项目最高给予500万元补助。", .atMost, "最高"),
        ("新增企业3-5家。", .range, "3-5家"),
        ("新增企业100余家。", .atLeast, "100余家"),
        ("能源产业、物流业增加值分别增长5%、6%以上。", .atLeast, "以上"),
        ("营业收入突破100亿元。", .atLeast, "突破"),
    ])
    func settlesTheComparator(_ sentence: String, _ comparator: Comparator, _ words: String) throws {
        let (target, evidence) = try #require(FieldDecisionSupport.decided(sentence, "comparator"))
        #expect(target.comparator == comparator)
        #expect(evidence.words == words)
    }

    @Test func noComparingWordIsExactly() throws {
        let (target, evidence) = try #require(FieldDecisionSupport.decided("新增企业100家。", "comparator"))
        #expect(target.comparator == .exactly)
        #expect(evidence.words == nil)
    }

    @Test func breakthroughBeforeTheNounItGovernsIsAVerb() throws {
        let (target, _) = try #require(FieldDecisionSupport.decided("突破10项关键技术。", "comparator"))
        #expect(target.comparator == .exactly)
    }
}
