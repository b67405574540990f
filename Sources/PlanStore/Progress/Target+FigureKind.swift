import PlanIngest

extension Target {
    /// Whether the target's figures are added up (increments, recurring targets) rather than
    /// read as a level at the end of each period (totals, rates).
    ///
    /// `新增高新技术企业100家` adds up its yearly figures, so two figures covering one month
    /// would count it twice; `高新技术企业达1500家` reads the latest, so a 2023 figure may follow
    /// a 2023H1 one. A change from a base year (`比上年增长8%`, even each year) logs levels.
    public var addsUpFigures: Bool { (isIncrement || recurrence != nil) && baseYear == nil }
}
