import Testing

@testable import plantrack

@Test(arguments: [
    ("abc", 3),
    ("高新技术企业", 12),
    ("达1500家", 8),
    ("（一）", 6),
    ("１００％", 8),
    ("e\u{301}", 1),
    ("", 0),
    ("滨科字〔2022〕73号", 18),
])
func displayWidthCountsWideCharactersTwice(_ text: String, _ expected: Int) {
    #expect(displayWidth(text) == expected)
}

@Test(arguments: [
    ("高新", 6, TextAlignment.left, "高新  "),
    ("高新", 6, .right, "  高新"),
    ("abc", 2, .left, "abc"),
])
func paddingUsesDisplayWidth(_ text: String, _ width: Int, _ alignment: TextAlignment, _ expected: String) {
    #expect(text.padded(toDisplayWidth: width, alignment: alignment) == expected)
}
