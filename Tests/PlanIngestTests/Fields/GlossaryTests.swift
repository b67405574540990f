import Testing

@testable import PlanIngest

/// The glossary of terms a work report ends with starts at a line that is only its heading.
@Suite struct GlossaryTests {
    @Test(
        arguments: [
            ("正文。\n名词解释\n1.“两重”：……", 4),
            ("正文。\n  名词解释：\n1.……", 4),
            ("正文。\n注释\n……", 4),
            ("正文。\n名词解释很重要。\n", nil),
            ("没有术语表。", nil),
        ] as [(String, Int?)])
    func startsAtItsHeading(_ text: String, _ start: Int?) {
        #expect(Glossary.start(in: ScalarText(text)) == start)
    }
}
