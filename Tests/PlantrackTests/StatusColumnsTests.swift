import PlanIngest
import PlanStore
import PlanWriting
import Testing

@testable import plantrack

/// Statuses covering every kind of cell, each with its record in `report status` and in
/// `report overdue`.
private let records: [(status: TargetStatus, statusRecord: String, overdueRecord: String)] = [
    (
        makeStatus(), "7,42,高新技术企业,>= 1500家,2025-12-31,-,-,-,no data,市科技局(牵头),none\r\n",
        "7,42,高新技术企业,>= 1500家,2025-12-31,-,-,-,-,市科技局(牵头),none\r\n"
    ),
    (
        makeStatus(
            instanceYear: 2023, deadline: "2023-12-31", achieved: 1200, gap: 300, percentAchieved: 80,
            state: .overdue, daysOverdue: 182, lastPeriod: "2023Q4"),
        "7,42,高新技术企业 (2023),>= 1500家,2023-12-31,1200家,300家,80%,overdue,市科技局(牵头),2023Q4\r\n",
        "7,42,高新技术企业 (2023),>= 1500家,2023-12-31,1200家,300家,80%,182,市科技局(牵头),2023Q4\r\n"
    ),
    (
        makeStatus(
            metric: "R&D, \"intensity\"", responsible: [.init(name: "市发改委, 市统计局"), .init(name: "区\n政府")],
            lastPeriod: "2024H1"),
        "7,42,\"R&D, \"\"intensity\"\"\",>= 1500家,2025-12-31,-,-,-,no data,\"市发改委, 市统计局、区\n政府\",2024H1\r\n",
        "7,42,\"R&D, \"\"intensity\"\"\",>= 1500家,2025-12-31,-,-,-,-,\"市发改委, 市统计局、区\n政府\",2024H1\r\n"
    ),
    (
        makeStatus(
            metric: "line\r\nbreak", value: 500_000_000, unit: .yuan, comparator: .atMost, responsible: [],
            deadline: nil, achieved: 650_000_000, gap: -150_000_000, percentAchieved: 130.04,
            state: .breached, daysOverdue: -3, lastPeriod: "2024"),
        "7,42,\"line\r\nbreak\",<= 5亿元,-,6.5亿元,'-1.5亿元,130%,breached,,2024\r\n",
        "7,42,\"line\r\nbreak\",<= 5亿元,-,6.5亿元,'-1.5亿元,130%,-3,,2024\r\n"
    ),
    (
        makeStatus(
            value: 960_000, unit: .person, comparator: .approximately, achieved: 12_345.6789, gap: -5_000,
            percentAchieved: 1.28601, state: .offTrack, lastPeriod: "2024-07"),
        "7,42,高新技术企业,~ 96万人,2025-12-31,1.2346万人,'-5000人,1.3%,off track,市科技局(牵头),2024-07\r\n",
        "7,42,高新技术企业,~ 96万人,2025-12-31,1.2346万人,'-5000人,1.3%,-,市科技局(牵头),2024-07\r\n"
    ),
    (
        makeStatus(
            value: 3, valueMax: 5, unit: .percent, comparator: .range, achieved: 3.5500000000000003, gap: 0,
            percentAchieved: 118.33333, state: .met, lastPeriod: "2024Q1"),
        "7,42,高新技术企业,3% - 5%,2025-12-31,3.55%,0%,118.3%,met,市科技局(牵头),2024Q1\r\n",
        "7,42,高新技术企业,3% - 5%,2025-12-31,3.55%,0%,118.3%,-,市科技局(牵头),2024Q1\r\n"
    ),
    (
        makeStatus(
            value: 1.5, unit: .percentagePoint, comparator: .exactly, achieved: -0.25, gap: 1.75,
            percentAchieved: -16.666, state: .atRisk, lastPeriod: "2024-12"),
        "7,42,高新技术企业,1.5个百分点,2025-12-31,'-0.25个百分点,1.75个百分点,-16.7%,at risk,市科技局(牵头),2024-12\r\n",
        "7,42,高新技术企业,1.5个百分点,2025-12-31,'-0.25个百分点,1.75个百分点,-16.7%,-,市科技局(牵头),2024-12\r\n"
    ),
    (
        makeStatus(
            metric: "资金", value: 12_000_000_000_000, unit: .yuan, achieved: 9_999.5,
            gap: 11_999_999_990_000.5,
            percentAchieved: 0, state: .onTrack, daysOverdue: 1_234_567, lastPeriod: "2024Q3"),
        "7,42,资金,>= 120000亿元,2025-12-31,9999.5元,119999.9999亿元,0%,on track,市科技局(牵头),2024Q3\r\n",
        "7,42,资金,>= 120000亿元,2025-12-31,9999.5元,119999.9999亿元,0%,1234567,市科技局(牵头),2024Q3\r\n"
    ),
    (
        makeStatus(
            metric: "专利", value: 25, unit: Unit(rawValue: "件/万人"), comparator: .range,
            responsible: [.init(name: "甲", isLead: true), .init(name: "乙", isLead: true), .init(name: "丙")],
            instanceYear: 2025, achieved: 0.00001, percentAchieved: 0.04, state: .notAssessable),
        "7,42,专利 (2025),25件/万人,2025-12-31,0件/万人,-,0%,not assessable,甲(牵头)、乙(牵头)、丙,none\r\n",
        "7,42,专利 (2025),25件/万人,2025-12-31,0件/万人,-,0%,-,甲(牵头)、乙(牵头)、丙,none\r\n"
    ),
]

/// `status`'s row in `columns` appended to `bytes` as one CSV record, as the CSV report writes it.
private func appendRecord(_ columns: StatusColumns, _ status: TargetStatus, to bytes: inout [UInt8]) {
    CSVRecordWriter.appendRecord(to: &bytes) { columns.appendRow(status, to: &$0) }
}

@Test(arguments: records)
func statusRecordsAreWrittenAsBytes(_ status: TargetStatus, _ record: String, _: String) {
    var bytes: [UInt8] = []
    appendRecord(.status, status, to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == record)
    #expect(bytes == Array(CSVRecordWriter.record(StatusColumns.status.cells(status)).utf8))
}

@Test(arguments: records)
func overdueRecordsAreWrittenAsBytes(_ status: TargetStatus, _: String, _ record: String) {
    var bytes: [UInt8] = []
    appendRecord(.overdue, status, to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == record)
    #expect(bytes == Array(CSVRecordWriter.record(StatusColumns.overdue.cells(status)).utf8))
}

@Test func recordsFollowWhatTheBufferHeld() {
    var bytes = Array("header\r\n".utf8)
    for record in records { appendRecord(.status, record.status, to: &bytes) }
    #expect(String(decoding: bytes, as: UTF8.self) == "header\r\n" + records.map(\.statusRecord).joined())
}

@Test(arguments: [StatusColumns.status, .overdue, .unreported, .missing, .compare(regions: [7: "滨海市"])])
func everyRowHasOneCellPerColumn(_ columns: StatusColumns) {
    for record in records {
        #expect(columns.cells(record.status).count == columns.columns.count)
    }
    if let stateColumn = columns.stateColumn {
        #expect(columns.columns[stateColumn].title == "State")
    }
}
