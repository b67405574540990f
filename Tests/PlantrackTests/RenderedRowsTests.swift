import PlanIngest
import PlanStore
import PlanWriting
import Testing

@testable import plantrack

/// Overdue statuses with and without figures, in the order the store walks them.
private let walked = [
    makeStatus(metric: "甲", state: .overdue, daysOverdue: 30, lastPeriod: "2024Q1"),
    makeStatus(metric: "乙", state: .noData, daysOverdue: 400),
    makeStatus(metric: "丙", state: .breached, daysOverdue: 90, lastPeriod: "2024Q2"),
    makeStatus(metric: "丁", state: .overdue, daysOverdue: 30, lastPeriod: "2023Q4"),
]

@Test func rowsAreRenderedAsTheWriterWritesThemAndComeBackInOverdueOrder() {
    // Given the CSV rows of the overdue report, rendered as the statuses come
    let writer = CSVReportWriter(columns: .overdue, byteOrderMark: false)
    var rows = RenderedRows()
    for status in walked { rows.append(status, renderedBy: writer) }
    // When they are taken in the order of the report
    let texts = rows.inOverdueOrder().map { String(decoding: $0, as: UTF8.self) }
    // Then rows with figures come first, most overdue first, ties as they came, each its record
    let expected = [walked[2], walked[0], walked[3], walked[1]].map { status in
        CSVRecordWriter.record(StatusColumns.overdue.cells(status, style: .numbers))
    }
    #expect(rows.count == 4)
    #expect(texts == expected)
}

@Test func statusesSortInTheSameOrderAsTheirRows() {
    #expect(OverdueOrder.sorted(walked).map(\.target.statement.metric) == ["丙", "甲", "丁", "乙"])
    #expect(OverdueOrder.sorted([]).isEmpty)
}
