import Foundation
import Testing

/// Reads the files in `Fixtures/Decoding`, which `make_fixtures.py` there regenerates, and in the
/// other folders of `Fixtures` (`Pages`: web pages beside the plain text of their documents).
enum DecodingFixtures {
    /// The bytes of fixture `name`, in `Fixtures/Decoding` or another folder of `Fixtures`.
    static func bytes(_ name: String, in subfolder: String = "Decoding") throws -> [UInt8] {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return [UInt8](
            try Data(contentsOf: fixtures.appendingPathComponent(subfolder).appendingPathComponent(name)))
    }

    /// The UTF-8 text of fixture `name`, in `Fixtures/Decoding` or another folder of `Fixtures`.
    static func text(_ name: String, in subfolder: String = "Decoding") throws -> String {
        String(decoding: try bytes(name, in: subfolder), as: UTF8.self)
    }

    /// The plan every text fixture carries.
    static let plan =
        "滨州市科技引领产业绿色低碳高质量发展实施方案\n"
        + "一、总体目标\n"
        + "到2025年，全市高新技术企业达到1500家，研发投入强度达到3.55%。\n"
        + "（一）每年新增科技型中小企业100家以上，“专精特新”企业不少于50家。\n"
}
