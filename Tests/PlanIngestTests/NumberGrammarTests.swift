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

    @Test(
        arguments: [
            // Chinese decimals and fractions
            ("百分之六点五", 6.5, "%"), ("百分之十三点五", 13.5, "%"), ("零点五个百分点", 0.5, "百分点"),
            ("一点五个百分点", 1.5, "百分点"), ("三点五亿元", 350_000_000, "元"), ("百分之三十", 30, "%"),
            ("千分之三", 0.3, "%"), ("万分之五", 0.05, "%"), ("百分之零点五", 0.5, "%"),
            ("百分之一百", 100, "%"), ("十二点五万人", 125_000, "人"), ("六点五％", 6.5, "%"),
            // 成
            ("九成", 90, "%"), ("七成", 70, "%"), ("8成", 80, "%"), ("三成五", 35, "%"), ("七成五", 75, "%"),
            ("两成半", 25, "%"),
            // fractions of two numerals
            ("三分之一", 33.333333, "%"), ("二分之一", 50, "%"), ("四分之三", 75, "%"), ("3分之2", 66.666667, "%"),
            // old numerals for whole tens
            ("廿五个", 25, "个"), ("卅家", 30, "家"), ("廿家", 20, "家"), ("二百卅项", 230, "项"), ("卌人", 40, "人"),
            // signs
            ("负3.9%", -3.9, "%"), ("-2.5%", -2.5, "%"), ("−1.2个百分点", -1.2, "百分点"), ("负百分之二", -2, "%"),
            ("－5%", -5, "%"),
            // mixed Arabic and Chinese scales
            ("5万4千6百个", 54_600, "个"), ("1亿2千万元", 120_000_000, "元"), ("3万5千人", 35_000, "人"),
            ("2千万元", 20_000_000, "元"), ("1.2万亿元", 1_200_000_000_000, "元"), ("3万亿元", 3e12, "元"),
            // colloquial elision
            ("一万三千人", 13_000, "人"), ("两千四百五十个", 2450, "个"), ("五万四千六百个", 54_600, "个"),
            ("一百零五家", 105, "家"), ("一千零五十项", 1050, "项"), ("一万零三人", 10_003, "人"),
            ("三百二十五所", 325, "所"), ("十五家", 15, "家"), ("二十家", 20, "家"),
            // traditional forms
            ("兩萬個", 20_000, "个"), ("十億元", 1_000_000_000, "元"), ("三點五億元", 350_000_000, "元"),
            ("壹佰萬元", 1_000_000, "元"), ("貳拾項", 20, "项"), ("參萬人", 30_000, "人"), ("陸佰家", 600, "家"),
            ("5萬元", 50_000, "元"), ("2億元", 200_000_000, "元"),
            // grouped digits
            ("1,200家", 1200, "家"), ("1，500亿元", 150_000_000_000, "元"), ("12,345,678元", 12_345_678, "元"),
            ("１２０家", 120, "家"), ("３．５％", 3.5, "%"), ("１，２００人", 1200, "人"),
            // scales before units, 千 told apart from 千瓦, 千米, 千克
            ("50万千瓦", 500_000, "千瓦"), ("五十万千瓦", 500_000, "千瓦"), ("五百千克", 500, "千克"),
            ("三千千伏安", 3000, "千伏安"), ("1亿千瓦", 100_000_000, "千瓦"), ("100亿千瓦时", 1e10, "千瓦时"),
            ("1500亿斤", 150_000_000_000, "斤"), ("3000万标箱", 30_000_000, "标箱"), ("6000万头", 60_000_000, "头"),
            ("13.5亿只", 1_350_000_000, "只"), ("800万方", 8_000_000, "方"), ("2千米", 2, "千米"),
            ("500千克", 500, "千克"), ("30万千伏安", 300_000, "千伏安"), ("1千万吨", 10_000_000, "吨"),
            ("300兆瓦", 300, "兆瓦"), ("5吉瓦", 5, "吉瓦"), ("200万亩", 2_000_000, "亩"), ("4.27万公里", 42_700, "公里"),
            ("2万平方米", 20_000, "平方米"), ("12万吨", 120_000, "吨"), ("10万人次", 100_000, "人次"),
            // measure words
            ("20列", 20, "列"), ("40宗", 40, "宗"), ("30班次", 30, "班次"), ("600架次", 600, "架次"),
            ("2.5万套", 25_000, "套"), ("120间", 120, "间"), ("3000张", 3000, "张"), ("50艘", 50, "艘"),
            ("10口", 10, "口"), ("8门", 8, "门"), ("6批次", 6, "批次"), ("100例", 100, "例"),
            ("15栋", 15, "栋"), ("1000床", 1000, "床"), ("20款", 20, "款"), ("30集", 30, "集"), ("5类", 5, "类"),
            ("500笔", 500, "笔"), ("10对", 10, "对"), ("3轮", 3, "轮"), ("200起", 200, "起"), ("1万份", 10_000, "份"),
            ("2亿美元", 200_000_000, "美元"), ("￥500万", 5_000_000, "元"), ("¥1,234.5", 1234.5, "元"),
            ("$3亿", 300_000_000, "美元"), ("€20万", 200_000, "欧元"), ("500块", 500, "元"), ("三千块钱", 3000, "元"),
            ("3.55%", 3.55, "%"), ("1.5倍", 1.5, "倍"),
        ] as [(String, Double, String)])
    func readsValueAndUnit(_ text: String, _ value: Double, _ unit: String) throws {
        let reading = try #require(Self.reading(text), "nothing read in \(text)")
        let read = try #require(reading.value, "no value in \(text)")
        #expect(abs(read - value) <= 1e-9 * max(1, abs(value)), "\(text): \(read)")
        #expect(reading.unit?.rawValue == unit, "\(text): \(String(describing: reading.unit))")
    }

    @Test(
        arguments: [
            ("一万三", 13_000.0), ("两千四百五", 2450), ("一亿五", 150_000_000), ("三千五", 3500), ("五万四", 54_000),
            ("一百五", 150), ("十三点五", 13.5), ("零点五", 0.5), ("六点五", 6.5), ("兩", 2), ("一百零五", 105),
        ] as [(String, Double)])
    func readsChineseNumerals(_ text: String, _ value: Double) throws {
        let reading = try #require(ChineseNumeral.readChinese(in: ScalarText(text), at: 0))
        #expect(reading.end == text.unicodeScalars.count, "\(text) read only in part")
        #expect(abs((reading.value ?? -1) - value) < 1e-9, "\(text): \(String(describing: reading.value))")
    }

    @Test(
        arguments: [
            ("3-5个", 3.0, 5.0), ("10%-15%", 10, 15), ("3—5家", 3, 5), ("1-2亿元", 100_000_000, 200_000_000),
            ("三至五家", 3, 5),
        ] as [(String, Double, Double)])
    func readsRanges(_ text: String, _ lower: Double, _ upper: Double) throws {
        let reading = try #require(Self.reading(text))
        #expect(reading.value == lower)
        #expect(reading.valueMax == upper)
    }

    /// A range is not a negative number: `2025-2027年` and `3-5个` keep their second number positive.
    @Test func aHyphenAfterADigitIsNotASign() throws {
        let text = ScalarText("3-5个")
        let second = try #require(QuantityReader.read(in: text, at: 2))
        #expect(second.value == 5)
        #expect(second.start == 2)
    }

    /// A Chinese comma between numbers separates a list unless the digits group as thousands.
    @Test(arguments: [("2025，100%", 2025.0), ("1234，567", 1234), ("1，500亿", 1500)] as [(String, Double)])
    func aCommaGroupsOnlyThousands(_ text: String, _ value: Double) throws {
        #expect(ChineseNumeral.readArabic(in: ScalarText(text), at: 0)?.value == value)
    }

    @Test(arguments: ["成为", "成果", "方面", "方案", "列入", "宗旨", "只有", "口径", "门槛", "期间", "类型", "本地", "首批"])
    func wordsThatBeginWithAUnitAreNotUnits(_ word: String) {
        #expect(QuantityReader.unitForm(in: ScalarText(word + "，"), at: 0) == nil, "\(word) read as a unit")
    }
}
