import Testing

@testable import PlanIngest

/// Deadline cells of a task table.
@Suite struct TableDeadlineTests {
    @Test(arguments: [
        ("2024年底前", "2024-12-31"),
        ("2025年6月底前", "2025-06-30"),
        ("2024年9月", "2024-09-30"),
        ("2024年2月底", "2024-02-29"),
        ("2024年第三季度", "2024-09-30"),
        ("2025年上半年", "2025-06-30"),
        ("２０２６年底前", "2026-12-31"),
        ("2024年启动，2026年底前完成", "2026-12-31"),
        ("2024—2026年", "2026-12-31"),
    ])
    func namesTheLastDay(_ cell: String, _ expected: String) {
        #expect(TableDeadline.day(in: cell)?.iso == expected)
    }

    @Test(arguments: ["长期坚持", "持续推进", "", "每年", "12345年", "按要求完成"])
    func statesNoDeadline(_ cell: String) {
        #expect(TableDeadline.day(in: cell) == nil)
    }
}
