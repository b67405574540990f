import Testing

@testable import PlanIngest

/// Each way the kind is settled, with the words that settle it.
@Suite struct KindDeciderTests {
    @Test(arguments: [
        ("地区生产总值增长6%。", TargetKind.growth, "增长"),
        ("研发投入强度达到3%。", .ratio, "%"),
        ("研发投入强度提高0.5个百分点。", .delta, "个百分点"),
        ("对新认定的企业给予50万元奖励。", .subsidy, "给予"),
        ("完成固定资产投资500亿元。", .amount, "亿元"),
        ("每万人高价值发明专利拥有量达到25件。", .ratio, "每万人"),
        ("新增企业100家。", .count, "家"),
        ("整车产能达到50万辆。", .amount, "万辆"),
        ("单位GDP能耗降低至12%左右。", .ratio, "%"),
        ("群众办事平均跑动次数降至0.3次以下。", .ratio, "0.3次"),
        ("企业开办时间压缩至1个工作日以内。", .ratio, "个工作日"),
    ])
    func settlesTheKind(_ sentence: String, _ kind: TargetKind, _ words: String) throws {
        let (target, evidence) = try #require(FieldDecisionSupport.decided(sentence, "kind"))
        #expect(target.kind == kind)
        #expect(evidence.words == words)
    }
}
