import Testing

@testable import PlanIngest

@Suite struct ChineseNumeralTests {
    @Test(
        arguments: [
            ("一", 1.0), ("两", 2), ("十", 10), ("十五", 15), ("二十", 20), ("二十五", 25),
            ("一百", 100), ("一百二十", 120), ("一百零五", 105), ("两千", 2000), ("三千零八", 3008),
            ("一千二百万", 12_000_000), ("五万", 50000), ("十万", 100_000), ("一亿", 100_000_000),
            ("三亿五千万", 350_000_000), ("一万亿", 1e12), ("壹佰", 100), ("贰拾", 20),
            ("叁仟", 3000), ("玖", 9), ("〇", 0), ("二〇二三", 2023), ("九百九十九", 999),
            ("一万零一", 10001), ("四十万", 400_000), ("六千五百", 6500), ("百", 100),
        ] as [(String, Double)])
    func value(_ numeral: String, _ expected: Double) {
        #expect(ChineseNumeral.value(of: numeral) == expected)
    }

    @Test func meaningsOfNumeralCharacters() {
        #expect(ChineseNumeral.meaning(of: "两")?.digit == 2)
        #expect(ChineseNumeral.meaning(of: "○")?.digit == 0)
        #expect(ChineseNumeral.meaning(of: "佰")?.smallScale == 100)
        #expect(ChineseNumeral.meaning(of: "亿")?.largeScale == 1e8)
        #expect(ChineseNumeral.meaning(of: "几") == nil)
        #expect(ChineseNumeral.meaning(of: "年") == nil)
        #expect(ChineseNumeral.meaning(of: "a") == nil)
    }

    @Test(arguments: ["十四五", "五五", "一二", "十十", "", "万", "亿万", "二三四", "二廿", "十廿", "廿十"])
    func malformed(_ numeral: String) {
        #expect(ChineseNumeral.value(of: numeral) == nil)
    }

    @Test(
        arguments: [
            ("1500", 1500.0, 4), ("3.55", 3.55, 1), ("1,500", 1500, 4), ("12,345,678", 12_345_678, 8),
            ("１２３", 123, 3), ("０.５", 0.5, 1), ("2025", 2025, 4), ("7", 7, 1), ("1.5", 1.5, 1),
            ("100.00", 100, 3),
        ] as [(String, Double, Int)])
    func arabic(_ written: String, _ expected: Double, _ digits: Int) throws {
        let reading = try #require(ChineseNumeral.readArabic(in: ScalarText(written), at: 0))
        #expect(reading.value == expected)
        #expect(reading.end == written.unicodeScalars.count)
        #expect(reading.integerDigits == digits)
    }

    @Test(arguments: [("1,50", 1.0), ("3.", 3), ("5．x", 5), ("12,3456", 12)] as [(String, Double)])
    func arabicStopsAtNonNumbers(_ written: String, _ expected: Double) throws {
        let reading = try #require(ChineseNumeral.readArabic(in: ScalarText(written), at: 0))
        #expect(reading.value == expected)
    }

    @Test(arguments: ["十几", "几十", "上百", "数十", "近百", "几百"])
    func fuzzy(_ written: String) throws {
        let text = ScalarText(written + "家")
        let offset = written.hasPrefix("上") || written.hasPrefix("数") || written.hasPrefix("近") ? 1 : 0
        let reading = try #require(ChineseNumeral.readChinese(in: text, at: offset))
        #expect(reading.value == nil)
    }

    @Test func roundingRemovesNoise() {
        #expect(ChineseNumeral.rounded(3.5500000000000003) == 3.55)
        #expect(ChineseNumeral.rounded(0.1 + 0.2) == 0.3)
    }
}
