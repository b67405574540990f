import PlanIngest
import Testing

@testable import plantrack

private let text = "一、目标\n2023年，全市高新技术企业总量突破600家，全年备案贷款突破5亿元。\n二、任务"

@Test(arguments: [
    (TextSpan(start: 13, end: 27), 100, "2023年，全市【高新技术企业总量突破600家】，全年备案贷款突破5亿元。"),
    (TextSpan(start: 13, end: 27), 3, "…，全市【高新技术企业总量突破600家】，全年…"),
    (TextSpan(start: 0, end: 2), 2, "【一、】目标"),
])
func quotesAreShownInTheirSentence(_ span: TextSpan, _ radius: Int, _ expected: String) {
    #expect(QuoteContext.excerpt(of: span, in: text, radius: radius) == expected)
}

@Test func aSpanOutsideTheTextGivesNothing() {
    #expect(QuoteContext.excerpt(of: TextSpan(start: 10, end: 500), in: text) == nil)
}
