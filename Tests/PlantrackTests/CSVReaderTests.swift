import Testing

@testable import plantrack

@Test func readsRecordsWithTheirStartingLines() throws {
    let text =
        "\u{FEFF}# illustrative figures\ntarget,period,value\r\n\n\"达到\"\"1500家\"\"\",2024Q2,1320\n\"two\nlines\",2024,5\nlast,2024H1,"
    let records = try CSVReader.records(in: text)
    #expect(
        records == [
            CSVRecord(line: 2, fields: ["target", "period", "value"]),
            CSVRecord(line: 4, fields: ["达到\"1500家\"", "2024Q2", "1320"]),
            CSVRecord(line: 5, fields: ["two\nlines", "2024", "5"]),
            CSVRecord(line: 7, fields: ["last", "2024H1", ""]),
        ])
}

@Test(arguments: [
    ("a,b\n\"open,c\n", 2),
    ("a,\"b\"x\n", 1),
    ("a,b\nc\"d,e\n", 2),
])
func malformedCSVNamesTheLine(_ text: String, _ line: Int) {
    #expect(throws: CSVSyntaxError.self) { try CSVReader.records(in: text) }
    do {
        _ = try CSVReader.records(in: text)
    } catch {
        #expect(error.line == line)
    }
}

@Test func emptyTextHasNoRecords() throws {
    #expect(try CSVReader.records(in: "").isEmpty)
    #expect(try CSVReader.records(in: "# only a comment\n\n").isEmpty)
}
