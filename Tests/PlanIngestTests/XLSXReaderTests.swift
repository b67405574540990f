import Foundation
import Testing

@testable import PlanIngest

/// The bytes of a fixture in `Fixtures/Workbook`, which `make_fixtures.py` there regenerates.
private func workbookFixture(_ name: String) throws -> [UInt8] {
    let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return [UInt8](
        try Data(contentsOf: fixtures.appendingPathComponent("Workbook").appendingPathComponent(name)))
}

struct XLSXReaderTests {
    @Test func readsAWorkbookTypedByHandInOpenpyxl() throws {
        let sheets = try XLSXReader().sheets(in: try workbookFixture("typed-by-hand.xlsx"))
        #expect(sheets.map(\.name) == ["figures", "市科技局 (2)"])
        let rows = sheets[0].rows
        #expect(rows.map(\.number) == [1, 2, 3, 5, 6])
        #expect(
            rows[0].cells == [0: .text("target"), 1: .text("period"), 2: .text("value"), 3: .text("note")])
        // Numbers stored as text stay text; an inline string is read like a shared one.
        #expect(rows[1].cells[2] == .text("1320"))
        // A period Excel turned into a date, and a formula with its cached value.
        #expect(
            rows[2].cells == [
                0: .number(7), 1: .date(CalendarDay(year: 2024, month: 7, day: 1)!), 2: .number(3.5),
            ])
        #expect(rows[3].cells == [0: .text("高新技术企业"), 1: .number(2024), 2: .number(0.25), 3: .boolean(true)])
        #expect(
            rows[4].cells == [0: .error("#DIV/0!"), 1: .date(CalendarDay(year: 2024, month: 6, day: 30)!)])
        #expect(sheets[1].rows[1].cells[3] == .text("含\"引号\", 逗号"))
    }

    @Test func readsAWorkbookSavedByLibreOfficeFromACSV() throws {
        let bytes: [UInt8]
        do {
            bytes = try workbookFixture("saved-by-libreoffice.xlsx")
        } catch {
            // Written only where LibreOffice's spreadsheet part is installed (see make_fixtures.py).
            print("skipped: Fixtures/Workbook/saved-by-libreoffice.xlsx is not there")
            return
        }
        let rows = try #require(try XLSXReader().sheets(in: bytes).first).rows
        #expect(rows[0].cells == [0: .text("目标编号"), 1: .text("期间"), 2: .text("数值"), 3: .text("备注")])
        #expect(rows[1].cells == [0: .number(12), 1: .text("2024Q2"), 2: .number(1320), 3: .text("由公式计算")])
    }

    @Test(arguments: [
        ([UInt8](), IngestError.empty),
        (
            Array("not a zip archive at all, just some words".utf8),
            .unreadableWorkbook(
                part: "",
                reason:
                    "it is not a readable ZIP archive; it has no central directory, so the file is cut off")
        ),
    ])
    func refusesWhatIsNoWorkbook(_ bytes: [UInt8], _ expected: IngestError) {
        #expect(throws: expected) { try XLSXReader().sheets(in: bytes) }
    }

    @Test func refusesAWordDocument() throws {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let docx = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent("Decoding/plan.docx")))
        #expect(
            throws: IngestError.unreadableWorkbook(
                part: "", reason: "it has no xl/workbook.xml, so it is not an Excel workbook")
        ) {
            try XLSXReader().sheets(in: docx)
        }
    }
}

struct XLSXNumberFormatTests {
    @Test(arguments: [
        ("yyyy-mm-dd", true), ("yyyy\"年\"m\"月\"d\"日\"", true), ("mmm-yy", true), ("m/d", true),
        ("[$-804]yyyy年m月", true), ("0.00", false), ("#,##0", false), ("h:mm", false), ("mm:ss", false),
        ("0.0\"d\"", false), ("[Red]0.00", false), ("@", false),
    ])
    func tellsDatesFromNumbers(_ code: String, _ isDate: Bool) {
        #expect(XLSXNumberFormat.isDate(code: code) == isDate)
    }

    @Test(arguments: [
        (1.0, false, "1900-01-01"), (59, false, "1900-02-28"), (61, false, "1900-03-01"),
        (45473, false, "2024-06-30"), (45474.75, false, "2024-07-01"), (0, true, "1904-01-01"),
        (44011, true, "2024-06-30"),
    ])
    func readsSerialDays(_ serial: Double, _ uses1904: Bool, _ expected: String) {
        #expect(XLSXNumberFormat.day(serial: serial, uses1904: uses1904)?.iso == expected)
    }

    @Test func refusesSerialsThatAreNoDay() {
        #expect(XLSXNumberFormat.day(serial: -1, uses1904: false) == nil)
        #expect(XLSXNumberFormat.day(serial: .infinity, uses1904: false) == nil)
    }
}
