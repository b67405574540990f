import Testing

@testable import PlanIngest

/// A change from a stated level (`从77%提高到80%`) gives the target its baseline.
@Suite struct BaselineDeciderTests {
    @Test(arguments: [
        ("最低比例从77%提高到80%以上。", 77.0, "从77%", "最低比例"),
        ("县中托管帮扶从15个县扩大到57个县。", 15, "从15个", "县中托管帮扶"),
        ("新能源汽车保有量从12万辆增加到20万辆。", 120_000, "从12万辆", "新能源汽车保有量"),
    ])
    func readsTheLevelAChangeStartsFrom(
        _ sentence: String, _ value: Double, _ words: String, _ metric: String
    )
        throws
    {
        let (target, evidence) = try #require(FieldDecisionSupport.decided(sentence, "baseline"))
        #expect(target.baseline == Baseline(value: value, year: nil))
        #expect(evidence.words == words)
        #expect(target.metric == metric)
    }

    @Test(arguments: ["高新技术企业达到1500家。", "研发投入强度比2020年提高0.5个百分点。"])
    func statesNoBaselineWithoutAChangeFromALevel(_ sentence: String) throws {
        let (target, evidence) = try #require(FieldDecisionSupport.decided(sentence, "baseline"))
        #expect(target.baseline == nil)
        #expect(evidence.words == nil)
    }
}
