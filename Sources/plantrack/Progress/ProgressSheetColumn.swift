import PlanIngest

/// The columns of a progress CSV, under their English names or the Chinese ones a statistics
/// office's sheet carries (`指标,期间,数值,备注`).
enum ProgressSheetColumn: String, CaseIterable {
    case target, period, value, note, source, plan

    /// The columns a sheet must have.
    static let required: [Self] = [.target, .period, .value]

    /// Every header name each column is known by, the English one first; matched after
    /// trimming and, for English, lowercasing.
    var names: [String] {
        switch self {
        case .target: ["target", "目标", "指标", "目标编号", "指标名称", "目标名称"]
        case .period: ["period", "期间", "时期", "统计期间", "报告期", "统计期"]
        case .value: ["value", "数值", "完成值", "实际值", "值"]
        case .note: ["note", "备注", "说明"]
        case .source: ["source", "来源", "数据来源"]
        case .plan: ["plan", "方案", "方案编号", "规划"]
        }
    }

    /// The column a header cell names, if any.
    init?(header: String) {
        let name = header.trimmingWhitespace().lowercased()
        guard let column = Self.allCases.first(where: { $0.names.contains(name) }) else { return nil }
        self = column
    }

    /// The columns a request sheet (`plantrack request`) shows beside the ones it asks to fill
    /// in, and those an office's own sheet adds (序号, 填报单位): read by people, passed over
    /// when the sheet is logged.
    static let contextHeaders: Set<String> = [
        "方案名称", "指标内容", "目标值", "单位", "截止日期", "上次数值", "上次期间", "责任单位", "序号",
        "填报单位", "填报人", "联系电话", "plan title", "metric", "target value", "unit", "deadline", "last value",
        "last period",
        "responsible",
    ]

    /// Whether a header cell names a column of ``contextHeaders``.
    static func isContext(header: String) -> Bool {
        contextHeaders.contains(header.trimmingWhitespace().lowercased())
    }

    /// The accepted headers, for a message: `target,period,value and optionally note,source,plan
    /// (or 目标,期间,数值,备注,来源,方案)`.
    static let accepted =
        "target,period,value and optionally note,source,plan (or "
        + allCases.map { $0.names[1] }.joined(separator: ",") + ")"
}
