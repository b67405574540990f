import Testing

@testable import PlanIngest

/// Periods as offices write them, in the short form figures are stored under.
@Suite struct PeriodPhraseTests {
    @Test(arguments: [
        ("2025年", "2025"), ("2025年全年", "2025"), ("2025年三季度", "2025Q3"), ("2025年第3季度", "2025Q3"),
        ("2025年第一季度", "2025Q1"), ("2025年 四季度", "2025Q4"), ("2025年上半年", "2025H1"), ("2025年下半年", "2025H2"),
        ("2025年9月", "2025-09"), ("2025年09月份", "2025-09"), ("2025年十二月", "2025-12"), ("2025-Q2", "2025Q2"),
        ("2025-h1", "2025H1"), ("2025/9", "2025-09"), ("2025/10", "2025-10"), ("２０２５年三季度", "2025Q3"),
    ])
    func readsTheShortForm(_ written: String, _ short: String) {
        #expect(PeriodPhrase.canonical(written) == short)
    }

    @Test(arguments: [
        "三季度", "2025年第五季度", "2025年13月", "2025年春季", "2025", "2025Q3", "25年三季度", "2025年三", "2025-Q5", "2025-H3",
        "2025-Q0", "2025.9", "2025年九千亿亿亿季度", "2025年1.5月", "2025年季度", "2025年月",
    ])
    func refusesWhatIsNoPeriod(_ written: String) {
        #expect(PeriodPhrase.canonical(written) == nil)
    }
}
