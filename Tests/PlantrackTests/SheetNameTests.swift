import Testing

@testable import plantrack

struct SheetNameTests {
    @Test(arguments: [
        ("市科技局", "市科技局"), ("[办公室]/财务:审计*?", "_办公室__财务_审计__"), ("'引号'", "引号"), ("", "_"),
        ("a\u{1B}b", "a_b"),
        ("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"),
        ("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十😀", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"),
    ])
    func namesAreWhatExcelAccepts(_ name: String, _ expected: String) {
        #expect(SheetName.cleaned(name) == expected)
    }

    @Test func namesAreUniqueIgnoringCase() {
        var names = SheetName.Registry()
        let long = String(repeating: "局", count: 40)
        #expect(
            ["市科技局", "市科技局", "Office", "office", long, long].map { names.unique(for: $0) } == [
                "市科技局", "市科技局 (2)", "Office", "office (2)", String(repeating: "局", count: 31),
                String(repeating: "局", count: 27) + " (2)",
            ])
    }
}
