import PlanIngest

extension Store {
    /// The first year a recurring target (`每年新增8家`) is judged in: the first full year
    /// after the plan was issued, within its horizon.
    ///
    /// A plan issued on 2022-12-06 for 2022–2025 starts its yearly instances in 2023: a 2022
    /// instance would be overdue from the plan's first day. A plan issued on 1 January starts
    /// that year. When no full year is left before the last year (a yearly plan issued in
    /// March), the first year stays the plan's own, so the plan still has an instance.
    ///
    /// - Parameters:
    ///   - plan: The target's plan: its horizon and issue date.
    ///   - lastYear: The last year an instance may fall in.
    /// - Returns: The horizon's first year (else the issue year), moved to the first full
    ///   year after the issue date when that is later and not after `lastYear`.
    static func firstInstanceYear(in plan: ReportPlan?, lastYear: Int?) -> Int? {
        let stated = plan?.horizon?.startYear ?? plan?.issueDate?.year
        guard let stated, let issued = plan?.issueDate else { return stated }
        let firstFullYear = issued.month == 1 && issued.day == 1 ? issued.year : issued.year + 1
        guard firstFullYear > stated, firstFullYear <= (lastYear ?? firstFullYear) else { return stated }
        return firstFullYear
    }
}
