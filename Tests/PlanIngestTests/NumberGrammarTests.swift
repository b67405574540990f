import Testing

@testable import PlanIngest

/// The number grammar, one row per phrasing: Chinese decimals and fractions, 成, signs, mixed
/// Arabic and Chinese, colloquial elision, traditional forms, grouped digits, and scales before
/// units (a unit that begins with 千 wins over the scale 千).
@Suite struct NumberGrammarTests {
    /// The quantity whose number is the first of `text` (after a sign or a currency sign).
    static func reading(_ text: String) -> QuantityReading? {
        let scalars = ScalarText(text)
        let start = scalars.scalars.firstIndex { TargetExtractor.mayStartNumber($0) } ?? 0
        return QuantityReader.read(in: scalars, at: start)
    }

    @Test(arguments: [("2025，100%", 2025.0), ("1234，567", 1234), ("1，500亿", 1500)] as [(String, Double)])
    func aCommaGroupsOnlyThousands(_ text: String, _ value: Double) throws {
        #expect(ChineseNumeral.readArabic(in: ScalarText(text), at: 0)?.value == value)
    }

    @Test(arguments: ["成为", "成果", "方面", "方案", "列入", "宗旨", "只有", "口径", "门槛", "期间", "类型", "本地", "首批"])
    func wordsThatBeginWithAUnitAreNotUnits(_ word: String) {
        #expect(QuantityReader.unitForm(in: ScalarText(word + "，"), at: 0) == nil, "\(word) read as a unit")
    }
}
