import PlanIngest
import Testing

@testable import plantrack

@Test(arguments: [
    ("plain 文本", "plain 文本"),
    ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
    ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
])
func htmlEscaping(_ text: String, _ expected: String) {
    #expect(HTML.escape(text) == expected)
}

@Test func tablesBecomeHTMLTables() {
    let table = TextTable(columns: [.init("ID", alignment: .right), .init("Metric")], rows: [["1", "R&D"]])
    let html = table.htmlTable()
    #expect(html.contains("<th>ID</th><th>Metric</th>"))
    #expect(html.contains("<td class=\"number\">1</td><td>R&amp;D</td>"))
}

@Test(arguments: [
    ("1970-01-01", 0),
    ("2000-03-01", 11_017),
    ("2024-06-30", 19_904),
])
func dayNumbers(_ iso: String, _ expected: Int) throws {
    let day = try #require(CalendarDay(iso: iso))
    #expect(day.dayNumber == expected)
}

@Test(arguments: [
    (0.0, 113.3, 0.0, 120.0), (522.0, 618.0, 520.0, 620.0), (4150.0, 11_350.0, 4000.0, 12_000.0),
    (3.05e8, 5.45e8, 3e8, 5.5e8), (5.0, 5.0, 5.0, 5.0),
])
func chartAxesEndOnRoundValues(_ bottom: Double, _ top: Double, _ roundBottom: Double, _ roundTop: Double) {
    let bounds = ProgressChart.roundedBounds(bottom, top)
    #expect(abs(bounds.bottom - roundBottom) < 1e-6 && abs(bounds.top - roundTop) < 1e-6, "\(bounds)")
}
