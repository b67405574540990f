import Testing

@testable import PlanIngest

@Suite struct ScalarTextTests {
    @Test(arguments: [
        ("每年度奖励", 0, 5, "每年度"),
        ("每年度奖励", 0, 2, "每年"),
        ("每年度奖励", 0, 1, nil),
        ("载体每年", 2, 4, "每年"),
        ("载体每年", 1, 4, nil),
    ])
    func wordEndingBefore(_ text: String, _ offset: Int, _ end: Int, _ expected: String?) {
        let match = Words.metricTimeWords.match(in: ScalarText(text), at: offset, before: end)
        #expect(match?.text == expected)
    }

    @Test(arguments: ["", "abc", "到2025年,高新技术企业达1500家", "é😀\u{10FFFF}ü", "\u{7FF}\u{800}\u{FFFF}"])
    func decodesEveryScalar(_ text: String) {
        #expect(ScalarText(text).scalars == Array(text.unicodeScalars))
    }
}
