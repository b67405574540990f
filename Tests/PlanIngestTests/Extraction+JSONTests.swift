import Foundation
import Testing

@testable import PlanIngest

@Suite struct ExtractionJSONTests {
    static let target = Target(
        quote: "到2025年,“专精特新”企业达1500家", span: TextSpan(start: 3, end: 24), section: nil,
        metric: "“专精特新”企业", kind: .count, value: 1500, valueMax: nil, unit: .organisation,
        comparator: .exactly, deadline: nil, deadlineSource: nil, isIncrement: false, confidence: 0.9)

    static let everyField = Target(
        quote: "3.5-4.2个百分点\\/", span: TextSpan(start: 0, end: 12), section: "二、主要任务 / (一) 培育创新主体",
        metric: "研发投入\t强度", kind: .growth, value: 3.5, valueMax: 4.2, unit: .percentagePoint,
        comparator: .range, deadline: .endOfYear(2025), deadlineSource: .stated, recurrence: .annual,
        isIncrement: true, isAspirational: true,
        responsible: [ResponsibleUnit(name: "市科技局", isLead: true), ResponsibleUnit(name: "市财政局")],
        confidence: 0.7, binding: true, baseline: Baseline(value: 2.15, year: 2020), baseYear: 2020)

    static let metadata = DocumentMetadata(
        title: "关于印发《行动方案(2023-2025年)》的通知", issuer: "某市人民政府", documentNumber: "某政发〔2023〕5号",
        issueDate: CalendarDay(year: 2023, month: 3, day: 1), region: "某市",
        horizon: Horizon(startYear: 2023, endYear: 2025))

    static let mentions = [
        Mention(
            text: "1500家", span: TextSpan(start: 20, end: 25), value: 1500, unit: .organisation,
            isTarget: true, reason: "target"),
        Mention(
            text: "十几家", span: TextSpan(start: 30, end: 33), value: nil, unit: nil, isTarget: false,
            reason: "vague numeral, not guessed"),
        Mention(
            text: "1e-5", span: TextSpan(start: 40, end: 44), value: 1e-5, unit: .percent, isTarget: false,
            reason: "a \"rate\""),
    ]

    @Test(
        arguments: [
            Extraction(document: DocumentMetadata(), targets: [], mentions: []),
            Extraction(document: metadata, targets: [target, everyField], mentions: mentions),
            Extraction(document: DocumentMetadata(title: "/"), targets: [everyField], mentions: []),
        ], [false, true])
    func matchesTheEncodedContract(_ extraction: Extraction, _ includingMentions: Bool) throws {
        let json = String(
            decoding: extraction.contractJSON(includingMentions: includingMentions), as: UTF8.self)
        let expected = try JSONWriterTests.encoderJSON(
            ContractRecord.value(extraction, includingMentions: includingMentions))
        #expect(json == expected)
    }

    @Test func seedsMatchTheEncodedContract() throws {
        for seed in try TargetExtractorTests.seedTexts() {
            let extraction = TargetExtractor().extraction(of: seed.text)
            let json = String(decoding: extraction.contractJSON(includingMentions: true), as: UTF8.self)
            #expect(
                json
                    == (try JSONWriterTests.encoderJSON(
                        ContractRecord.value(extraction, includingMentions: true))))
        }
    }
}

/// The contract as `JSONEncoder` wrote it, kept as the reference the writer is checked against.
enum ContractRecord {
    static func value(_ extraction: Extraction, includingMentions: Bool) -> EncodedValue {
        let metadata = extraction.document
        var fields: [String: EncodedValue] = [
            "document": .object([
                "document_number": .string(metadata.documentNumber),
                "horizon_end": .integer(metadata.horizon?.endYear),
                "horizon_start": .integer(metadata.horizon?.startYear),
                "issue_date": .string(metadata.issueDate?.iso), "issuer": .string(metadata.issuer),
                "region": .string(metadata.region), "title": .string(metadata.title),
            ]),
            "targets": .array(extraction.targets.map(value)),
        ]
        if includingMentions { fields["mentions"] = .array(extraction.mentions.map(value)) }
        return .object(fields)
    }

    static func value(_ target: Target) -> EncodedValue {
        .object([
            "aspirational": .bool(target.isAspirational), "base_year": .integer(target.baseYear),
            "baseline": target.baseline.map {
                .object(["value": .decimal(decimal($0.value)), "year": .integer($0.year)])
            } ?? .string(nil),
            "binding": target.binding.map { .bool($0) } ?? .string(nil),
            "comparator": .string(target.comparator.rawValue),
            "confidence": .decimal(decimal(target.confidence)), "deadline": .string(target.deadline?.iso),
            "deadline_source": .string(target.deadlineSource?.rawValue), "end": .integer(target.span.end),
            "increment": .bool(target.isIncrement), "kind": .string(target.kind.rawValue),
            "lead": .array(target.responsible.filter(\.isLead).map { .string($0.name) }),
            "metric": .string(target.metric), "quote": .string(target.quote),
            "recurring": .string(target.recurrence?.rawValue), "reduction": .bool(target.isReduction),
            "responsible": .array(target.responsible.map { .string($0.name) }),
            "section": .string(target.section), "start": .integer(target.span.start),
            "unit": .string(target.unit.rawValue), "value": .decimal(decimal(target.value)),
            "value_max": .decimal(target.valueMax.map(decimal)),
        ])
    }

    static func value(_ mention: Mention) -> EncodedValue {
        .object([
            "end": .integer(mention.span.end), "reason": .string(mention.reason),
            "rule": .string(mention.rule?.rawValue), "start": .integer(mention.span.start),
            "target": .bool(mention.isTarget),
            "text": .string(mention.text), "unit": .string(mention.unit?.rawValue),
            "value": .decimal(mention.value.map(decimal)),
        ])
    }

    /// The decimal the contract printed for a quantity.
    static func decimal(_ value: Double) -> Decimal {
        guard value.isFinite else { return 0 }
        let rounded = (value * 1e6).rounded() / 1e6
        if rounded == rounded.rounded(), abs(rounded) < 9e15 { return Decimal(Int64(rounded)) }
        return Decimal(string: "\(rounded)") ?? Decimal(rounded)
    }
}
