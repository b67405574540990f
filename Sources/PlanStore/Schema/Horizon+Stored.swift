import PlanIngest

extension Horizon {
    /// The horizon stored as its first and last year, when both are there and in order.
    static func stored(startYear: Int?, endYear: Int?) -> Horizon? {
        guard let startYear, let endYear, startYear <= endYear else { return nil }
        return Horizon(startYear: startYear, endYear: endYear)
    }
}
