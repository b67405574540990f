/// What a plan says about itself: title, issuer, document number, date, region, horizon.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// The plan's title without 《》, e.g. `滨州市科技引领产业绿色低碳高质量发展实施方案`.
    public var title: String?
    /// The issuing body, e.g. `滨州市科学技术局`.
    public var issuer: String?
    /// The document number, e.g. `滨科字〔2022〕73号`.
    public var documentNumber: String?
    /// The date the document was issued (成文日期 or the date under the signature).
    public var issueDate: CalendarDay?
    /// The city, district or province the plan governs, e.g. `滨州市`.
    public var region: String?
    /// The years the plan covers, when it says or implies them.
    public var horizon: Horizon?

    /// Creates metadata; every field is optional because documents often omit them.
    public init(
        title: String? = nil, issuer: String? = nil, documentNumber: String? = nil,
        issueDate: CalendarDay? = nil, region: String? = nil, horizon: Horizon? = nil
    ) {
        self.title = title
        self.issuer = issuer
        self.documentNumber = documentNumber
        self.issueDate = issueDate
        self.region = region
        self.horizon = horizon
    }
}
