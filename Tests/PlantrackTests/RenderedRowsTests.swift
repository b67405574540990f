import PlanStore
import Testing

@testable import plantrack

/// Renders a status as its state and days overdue, e.g. `overdue 30;`.
private func renderState(_ status: TargetStatus, _ text: inout [UInt8]) {
    text += Array("\(status.state.rawValue) \(status.daysOverdue ?? 0);".utf8)
}

@Test func rowsOfSeveralPartsKeepTheirTextAndSortInTheOrderOfTheOverdueReport() {
    // Given two parts rendered apart: overdue rows with and without figures, and a breached one
    var first = RenderedRows()
    first.append(makeStatus(state: .overdue, daysOverdue: 30, lastPeriod: "2024Q1"), render: renderState)
    first.append(makeStatus(state: .noData, daysOverdue: 400), render: renderState)
    var second = RenderedRows()
    second.append(makeStatus(state: .breached, daysOverdue: 90, lastPeriod: "2024Q2"), render: renderState)
    second.append(makeStatus(state: .overdue, daysOverdue: 30, lastPeriod: "2023Q4"), render: renderState)
    // When the second is added after the first
    var rows = first
    rows.append(contentsOf: second)
    // Then each row keeps its own text, in the order added
    let texts = rows.rows.map { String(decoding: rows.text(of: $0), as: UTF8.self) }
    #expect(texts == ["overdue 30;", "no data 400;", "breached 90;", "overdue 30;"])
    #expect(rows.rows.map(\.state) == [.overdue, .noData, .breached, .overdue])
    // And the overdue order puts rows with figures first, most overdue first, ties as added
    let order = rows.overdueOrder().map { String(decoding: rows.text(of: $0), as: UTF8.self) }
    #expect(order == ["breached 90;", "overdue 30;", "overdue 30;", "no data 400;"])
    #expect(rows.overdueOrder().map(\.bytes.lowerBound) == [23, 0, 35, 11])
}
