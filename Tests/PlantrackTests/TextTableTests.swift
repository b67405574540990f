import PlanWriting
import Testing

@testable import plantrack

private let sample = TextTable(
    columns: [.init("ID", alignment: .right), .init("Metric"), .init("Target")],
    rows: [["1", "高新技术企业", ">= 1500家"], ["12", "R&D, \"intensity\"", "3.55%"]]
)

@Test func terminalColumnsLineUpWithChineseText() {
    let expected = """
        ID  Metric            Target
        --  ----------------  ---------
         1  高新技术企业      >= 1500家
        12  R&D, "intensity"  3.55%

        """
    #expect(sample.renderedForTerminal() == expected)
}

@Test func terminalCellsStayOnOneLine() {
    let table = TextTable(columns: [.init("A"), .init("B")], rows: [["x\ny", "z"]])
    #expect(table.renderedForTerminal() == "A    B\n---  -\nx y  z\n")
}

@Test func csvQuotesOnlyWhatNeedsQuoting() {
    let expected = "ID,Metric,Target\r\n1,高新技术企业,>= 1500家\r\n12,\"R&D, \"\"intensity\"\"\",3.55%\r\n"
    #expect(sample.renderedAsCSV() == expected)
    #expect(sample.renderedAsCSV(byteOrderMark: true) == "\u{FEFF}" + expected)
}

@Test func markdownEscapesPipesAndAlignsNumbers() {
    let table = TextTable(
        columns: [.init("N", alignment: .right), .init("Text")], rows: [["1", "a|b\nc"]])
    #expect(table.renderedAsMarkdown() == "| N | Text |\n| ---: | --- |\n| 1 | a\\|b<br>c |\n")
}

@Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("carriage\rreturn", "\"carriage\rreturn\""),
    ("\"", "\"\"\"\""),
    ("高新技术企业", "高新技术企业"),
    ("", ""),
])
func csvFieldQuoting(_ field: String, _ expected: String) {
    #expect(CSVRecordWriter.record([field]) == expected + "\r\n")
    #expect(CSVRecordWriter.record(["1", field, "2"]) == "1," + expected + ",2\r\n")
}
