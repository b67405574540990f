import Testing

@testable import PlanIngest

/// A growth rate or a change in points measured from a year's level (`比2020年下降13.5%`) gets
/// that year as its base year, with the words that name it; the metric leaves them out.
@Suite struct BaseYearDeciderTests {
    @Test(arguments: [
        ("单位地区生产总值能耗比2020年下降13.5%。", 2020, "比2020年", "单位地区生产总值能耗"),
        ("研发经费投入较2020年增长20%。", 2020, "较2020年", "研发经费投入"),
        ("研发经费投入在2022年基础上增长20%。", 2022, "在2022年基础上", "研发经费投入"),
        ("研发经费投入在2022年的基础上增长20%。", 2022, "在2022年的基础上", "研发经费投入"),
        ("规模以上工业增加值比上年增长8%。", 2025, "比上年", "规模以上工业增加值"),
        ("全社会研发经费支出较上年增长6%。", 2025, "较上年", "全社会研发经费支出"),
        ("数字经济核心产业增加值占比比\"十三五\"末提高5个百分点。", 2020, "比\"十三五\"末", "数字经济核心产业增加值占比"),
        ("森林覆盖率较“十三五”期末提高2个百分点。", 2020, "较“十三五”期末", "森林覆盖率"),
    ])
    func readsTheYearAChangeIsMeasuredFrom(
        _ sentence: String, _ year: Int, _ words: String, _ metric: String
    ) throws {
        let (target, evidence) = try #require(FieldDecisionSupport.decided(sentence, "base year"))
        #expect(target.baseYear == year)
        #expect(evidence.words == words)
        #expect(target.metric == metric)
    }

    @Test(arguments: [
        ("全社会研发经费投入在2020年基础上翻一番。", 100.0, 2020, "全社会研发经费投入"),
        ("高新技术产业产值比2020年翻两番。", 300, 2020, "高新技术产业产值"),
    ])
    func readsADoublingAsTheGrowthItPromises(
        _ sentence: String, _ percent: Double, _ year: Int, _ metric: String
    ) throws {
        let (target, _) = try #require(FieldDecisionSupport.decided(sentence, "base year"))
        #expect(target.value == percent)
        #expect(target.unit == .percent)
        #expect(target.kind == .growth)
        #expect(target.baseYear == year)
        #expect(target.metric == metric)
    }

    @Test(arguments: [
        ("地区生产总值在2020年基础上年均增长6%。", "年均", "地区生产总值"),
        ("研发经费投入比2020年年均增长10%。", "年均", "研发经费投入"),
    ])
    func givesAMeanYearlyRateNoBaseYear(_ sentence: String, _ words: String, _ metric: String) throws {
        let (target, evidence) = try #require(FieldDecisionSupport.decided(sentence, "base year"))
        #expect(target.baseYear == nil)
        #expect(target.recurrence == .annual)
        #expect(evidence.words == words)
        #expect(target.metric == metric)
    }

    @Test(arguments: [
        "高新技术企业达到1500家。", "地区生产总值年均增长6%。",
        "单位地区生产总值能耗下降13.5%。", "最低比例从77%提高到80%以上。",
    ])
    func namesNoBaseYearWithoutOne(_ sentence: String) throws {
        let (target, evidence) = try #require(FieldDecisionSupport.decided(sentence, "base year"))
        #expect(target.baseYear == nil)
        #expect(evidence.words == nil)
    }
}
