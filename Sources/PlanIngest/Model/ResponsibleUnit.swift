/// A department named as responsible for a target (`责任单位:市科技局`, `〔市科技局牵头〕`).
public struct ResponsibleUnit: Sendable, Hashable, Codable {
    /// The unit's name as written in the document, e.g. `市科技局`.
    public var name: String
    /// Whether the document marks this unit as the lead (`牵头`).
    public var isLead: Bool

    /// Creates a responsible unit.
    /// - Parameters:
    ///   - name: The name as written.
    ///   - isLead: Whether the unit leads the work.
    public init(name: String, isLead: Bool = false) {
        self.name = name
        self.isLead = isLead
    }
}
