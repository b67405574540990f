import Foundation
import Testing

@testable import PlanIngest

@Suite struct TargetEvidenceTests {
    /// The evidence of the one target in `text`.
    static func evidence(of text: String) throws -> (target: Target, evidence: TargetEvidence) {
        let extraction = TargetExtractor().extraction(of: text)
        #expect(extraction.evidence.count == extraction.targets.count)
        let target = try #require(extraction.targets.first, "no target in \(text)")
        let evidence = try #require(extraction.evidence.first)
        return (target, evidence)
    }

    /// The evidence of the field named `name`.
    static func field(_ name: String, of evidence: TargetEvidence) throws -> FieldEvidence {
        try #require(evidence.fields.first { $0.name == name }?.evidence, "no field \(name)")
    }

    // MARK: Deciding words

    @Test(arguments: [
        ("到2025年,高新技术企业达到1500家。", "deadline", "到2025年"),
        ("2023年底前,建成重点实验室5家。", "deadline", "2023年底前"),
        ("到2025年,培育企业100家以上。", "comparator", "以上"),
        ("到2025年,培育科技型企业不少于100家。", "comparator", "不少于"),
        ("到2025年,研发投入强度达到3%左右。", "comparator", "左右"),
        ("到2025年,新增高新技术企业100家。", "increment", "新增"),
        ("到2025年,培育专精特新企业30家。", "increment", "培育"),
        ("到2025年,力争新增高新技术企业50家。", "aspirational", "力争"),
        ("到2025年,争取建成重点实验室5家。", "aspirational", "争取"),
        ("2023-2025年,每年新增高新技术企业8家。", "recurrence", "每年"),
        ("到2025年,技术合同成交额年均增长10%。", "recurrence", "年均"),
        ("到2025年,高新技术企业达到1500家。", "metric", "高新技术企业"),
        ("到2025年,培育6家市级以上绿色低碳创新平台。", "metric", "市级以上绿色低碳创新平台"),
        ("到2025年,高新技术企业达到1500家。", "value", "1500家"),
        (
            "一、主要任务\n到2025年,新建重点实验室5家。\n责任单位:市科技局、市财政局\n", "responsible",
            "责任单位:市科技局、市财政局"
        ),
        ("一、主要任务\n到2025年,新建重点实验室5家。(市科技局牵头,市财政局配合)\n", "responsible", "(市科技局牵头,市财政局配合)"),
        ("一、主要任务\n到2025年,新建重点实验室5家。\n", "section", "一、主要任务"),
        ("到2025年,高新技术企业总量达到1500家。", "increment", "达到"),
        ("到2025年,能源产业、物流业增加值分别增长5%、6%以上。", "comparator", "以上"),
        ("到2025年,能源产业、物流业增加值分别增长5%、6%以上。", "kind", "增长"),
        ("到2025年,水果、蔬菜产量分别达到100万吨、200万吨。", "metric", "水果"),
        ("对新认定的企业,最高给予500万元补助。", "comparator", "最高"),
        ("2025年6月底前,新建重点实验室5家。", "deadline", "2025年6月底前"),
    ])
    func namesTheDecidingWords(_ text: String, _ name: String, _ words: String) throws {
        let (_, evidence) = try Self.evidence(of: text)
        #expect(try Self.field(name, of: evidence).words == words)
    }

    // MARK: Fields no word decided

    @Test(arguments: [
        ("到2025年,高新技术企业达到1500家。", "comparator"),
        ("到2025年,高新技术企业达到1500家。", "aspirational"),
        ("到2025年,高新技术企业达到1500家。", "recurrence"),
        ("到2025年,高新技术企业达到1500家。", "responsible"),
        ("到2025年,高新技术企业1500家。", "increment"),
    ])
    func namesNoWordsWhereNoneDecided(_ text: String, _ name: String) throws {
        let (_, evidence) = try Self.evidence(of: text)
        let field = try Self.field(name, of: evidence)
        #expect(field.words == nil)
        #expect(field.span == nil)
        #expect(!field.reason.isEmpty)
    }

    @Test func anInheritedDeadlineNamesTheHorizon() throws {
        let text = "某市科技创新三年行动方案(2023-2025年)\n一、主要任务\n新建重点实验室5家。\n"
        let (target, evidence) = try Self.evidence(of: text)
        #expect(target.deadlineSource == .inherited)
        #expect(evidence.deadline.reason.contains("2023–2025"))
    }

    // MARK: Spans

    @Test(arguments: [
        "到2025年,力争新增高新技术企业100家以上,技术合同成交额年均增长10%。",
        "2023-2025年,每年新增高新技术企业8家。\n责任单位:市科技局",
        "一、主要目标\n(一)培育主体\n到2025年,培育6家市级以上绿色低碳创新平台。〔市科技局牵头,市发展改革委等参与〕\n",
        "对新认定的企业,给予最高不超过500万元补助。",
    ])
    func spansLieInsideTheTextAndQuoteIt(_ text: String) throws {
        let extraction = TargetExtractor().extraction(of: text)
        #expect(!extraction.targets.isEmpty)
        #expect(extraction.evidence.count == extraction.targets.count)
        let scalars = Array(text.unicodeScalars)
        for evidence in extraction.evidence {
            for (name, field) in evidence.fields {
                #expect((field.words == nil) == (field.span == nil), "\(name)")
                guard let span = field.span else { continue }
                #expect(span.start >= 0 && span.end <= scalars.count, "\(name)")
                let quoted = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
                #expect(quoted == field.words, "\(name)")
            }
        }
    }

    @Test func everySeedTargetHasEvidenceQuotingItsText() throws {
        for (name, text) in try TargetExtractorTests.seedTexts() {
            let extraction = TargetExtractor().extraction(of: text)
            #expect(extraction.evidence.count == extraction.targets.count, "\(name)")
            let scalars = Array(text.unicodeScalars)
            for evidence in extraction.evidence {
                for (field, found) in evidence.fields {
                    guard let span = found.span else { continue }
                    #expect(span.start >= 0 && span.end <= scalars.count, "\(name) \(field)")
                    guard span.start >= 0, span.end <= scalars.count else { continue }
                    let quoted = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
                    #expect(quoted == found.words, "\(name) \(field)")
                }
            }
        }
    }
}
