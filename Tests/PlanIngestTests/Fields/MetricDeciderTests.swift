import Testing

@testable import PlanIngest

/// Each place a metric is read from, with the words that name it.
@Suite struct MetricDeciderTests {
    @Test(arguments: [
        ("高新技术企业达到1500家。", "高新技术企业", "高新技术企业"),
        ("培育6家市级以上创新平台。", "市级以上创新平台", "市级以上创新平台"),
        ("技术合同登记额突破20亿元，同比增长20%。", "技术合同登记额", "技术合同登记额"),
        ("水果、蔬菜产量分别达到100万吨、200万吨。", "水果产量", "水果"),
        ("吸纳超100万名高校毕业生在粤就业创业。", "高校毕业生", "高校毕业生"),
        ("实施10大类60项民生实事项目。", "民生实事项目", "民生实事项目"),
        ("载体每年奖励20万元。", "载体奖励", "载体每年奖励"),
        ("新增孵化器5家。", "孵化器", "孵化器"),
        ("孵化科技型企业100家。", "科技型企业", "科技型企业"),
    ])
    func readsTheMetric(_ sentence: String, _ metric: String, _ words: String) throws {
        let (target, evidence) = try #require(FieldDecisionSupport.decided(sentence, "metric"))
        #expect(target.metric == metric)
        #expect(evidence.words == words)
    }
}
