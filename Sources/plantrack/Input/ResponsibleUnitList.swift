import PlanIngest

/// Responsible units as typed on the command line: `市科技局、市财政局` or `市科技局,市财政局`.
enum ResponsibleUnitList {
    /// The separators between unit names: the enumeration comma of Chinese text, commas and
    /// semicolons of either width.
    static let separators: Set<Character> = ["、", ",", "，", ";", "；"]

    /// The unit names in `text`, trimmed, empty ones dropped.
    static func names(in text: String) -> [String] {
        text.split(whereSeparator: separators.contains).map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }

    /// The units, leads first: each of `leads` is a lead (and added when `names` lacks it),
    /// the others follow in their order.
    ///
    /// ```swift
    /// ResponsibleUnitList.units(["市财政局", "市科技局"], leads: ["市科技局"])
    /// // [市科技局 (lead), 市财政局]
    /// ```
    static func units(_ names: [String], leads: [String]) -> [ResponsibleUnit] {
        var seen = Set<String>()
        let ordered = (leads + names).filter { seen.insert($0).inserted }
        let leadSet = Set(leads)
        return ordered.map { ResponsibleUnit(name: $0, isLead: leadSet.contains($0)) }
    }
}
