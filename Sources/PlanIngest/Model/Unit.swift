/// The base unit a target's value is expressed in: `家`, `元`, `%`, `件/万人` ...
///
/// Units are an open vocabulary, so this is a string wrapper with well-known values rather
/// than an enum. Scaled forms (`万元`, `亿元`, `万人`) never appear here: values are
/// normalised to the base unit (5亿元 is 500000000 `元`).
public struct Unit: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The unit as written in Chinese, e.g. `家`.
    public var rawValue: String

    /// Creates a unit from its written form.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a unit from a literal, e.g. `let unit: Unit = "家"`.
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// Chinese yuan, the base of 万元 and 亿元.
    public static let yuan: Unit = "元"
    /// A percentage: 3.55 means 3.55%.
    public static let percent: Unit = "%"
    /// Percentage points (个百分点).
    public static let percentagePoint: Unit = "百分点"
    /// Persons.
    public static let person: Unit = "人"
    /// Enterprises, institutions and other organisations.
    public static let organisation: Unit = "家"
    /// Projects and items.
    public static let item: Unit = "项"
}
