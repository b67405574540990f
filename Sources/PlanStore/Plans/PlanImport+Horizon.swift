import PlanIngest

extension PlanImport {
    /// The years the plan runs, as stored: the horizon its title or header states, else, for a
    /// plan that states its years only in its goals (`到2027年…`), from the year it was issued
    /// (or its first stated deadline) to its last stated deadline; `nil` when it states none.
    ///
    /// Recurring targets (`每年新增`) take their last year from it, so a 实施意见 without years in
    /// its title still has instances to judge.
    var trackingHorizon: Horizon? {
        if let horizon = metadata.horizon { return horizon }
        let years = targets.filter { $0.deadlineSource == .stated }.compactMap { $0.deadline?.year }
        guard let last = years.max(), let firstStated = years.min() else { return nil }
        return Horizon(startYear: min(metadata.issueDate?.year ?? firstStated, last), endYear: last)
    }
}
