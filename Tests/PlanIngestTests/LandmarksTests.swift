import Testing

@testable import PlanIngest

@Suite struct LandmarksTests {
    @Test func digitsNumeralsBracketsAndLabels() {
        // 1 (digit), 二 (numeral), （ (bracket), 责 (责任单位), 十 (十四五), ５ (full-width digit).
        let text = ScalarText("到1年二（责任单位:甲）十四五，５")
        #expect(Landmarks(text).offsets == [1, 3, 4, 5, 12, 13, 14, 16])
    }

    @Test func plainProseHasNone() {
        #expect(Landmarks(ScalarText("加快建设创新型城市。")).offsets.isEmpty)
    }

    /// Every scan that uses the landmarks starts only at a landmark.
    @Test(arguments: ["0", "９", "〇", "○", "一", "两", "万", "亿", "几", "(", "（", "〔", "【", "[", "［", "牵", "标"])
    func startingScalars(_ scalar: String) {
        #expect(Landmarks(ScalarText(scalar)).offsets == [0])
    }

    @Test func searchMovesForwards() {
        let landmarks = Landmarks(ScalarText("a1b2c3"))
        var cursor = 0
        #expect(landmarks.first(atOrAfter: 2, cursor: &cursor) == 3)
        #expect(cursor == 1)
        #expect(landmarks.first(atOrAfter: 4, cursor: &cursor) == 5)
        #expect(landmarks.first(atOrAfter: 6, cursor: &cursor) == nil)
    }
}
