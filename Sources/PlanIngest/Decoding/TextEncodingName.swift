/// The name of a character encoding, as the user writes it after `--encoding`.
///
/// An open vocabulary: the common ones have static values, and any other name that glibc's
/// `iconv -l` lists (`BIG5`, `GB2312`, `SHIFT_JIS`) works too. Names compare case-insensitively
/// and ignore `-` and `_`, so `gbk`, `GBK` and `utf_8` mean what the user meant.
///
/// ```swift
/// TextEncodingName(rawValue: "utf8") == .utf8  // true
/// ```
public struct TextEncodingName: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The name in canonical form (upper case), as `iconv` accepts it.
    public let rawValue: String

    /// Creates a name; spelling variants of the built-in names map to their canonical form.
    /// - Parameter rawValue: An encoding name such as `"gbk"`, `"UTF-16LE"` or `"big5"`.
    public init(rawValue: String) {
        let trimmed = Self.strippingBlanks(rawValue).uppercased()
        let key = String(trimmed.filter { $0 != "-" && $0 != "_" })
        switch key {
        case "UTF8": self.rawValue = "UTF-8"
        case "UTF16LE": self.rawValue = "UTF-16LE"
        case "UTF16BE": self.rawValue = "UTF-16BE"
        case "UTF16": self.rawValue = "UTF-16"
        case "GB18030": self.rawValue = "GB18030"
        case "GBK", "CP936": self.rawValue = "GBK"
        case "GB2312", "EUCCN": self.rawValue = "GB2312"
        default: self.rawValue = trimmed
        }
    }

    /// UTF-8, with or without a byte order mark.
    public static let utf8 = TextEncodingName(rawValue: "UTF-8")
    /// UTF-16, little-endian.
    public static let utf16LittleEndian = TextEncodingName(rawValue: "UTF-16LE")
    /// UTF-16, big-endian.
    public static let utf16BigEndian = TextEncodingName(rawValue: "UTF-16BE")
    /// UTF-16 with a byte order mark that says which end comes first (big-endian without one).
    public static let utf16 = TextEncodingName(rawValue: "UTF-16")
    /// GB18030, the superset of GBK and GB2312 used by older Chinese systems.
    public static let gb18030 = TextEncodingName(rawValue: "GB18030")
    /// GBK (code page 936); decoded as GB18030, its superset.
    public static let gbk = TextEncodingName(rawValue: "GBK")
    /// GB2312 (EUC-CN); decoded as GB18030, its superset.
    public static let gb2312 = TextEncodingName(rawValue: "GB2312")
    /// BIG5, the traditional-Chinese encoding of Taiwan and Hong Kong.
    public static let big5 = TextEncodingName(rawValue: "BIG5")

    /// The name as written.
    public var description: String { rawValue }

    /// `name` without leading and trailing ASCII spaces and tabs.
    private static func strippingBlanks(_ name: String) -> String {
        var scalars = Substring(name)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
