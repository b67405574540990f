import Foundation
import PlanIngest

/// The JSON contract of `plantrack extract --format json`, read by `eval/score.py`.
///
/// A dedicated struct, so that renaming a model property never changes the contract.
struct ExtractionJSON: Encodable {
    struct Document: Encodable {
        var title: String?
        var issuer: String?
        var documentNumber: String?
        var issueDate: String?
        var region: String?
        var horizonStart: Int?
        var horizonEnd: Int?

        enum CodingKeys: String, CodingKey {
            case title, issuer, region
            case documentNumber = "document_number"
            case issueDate = "issue_date"
            case horizonStart = "horizon_start"
            case horizonEnd = "horizon_end"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(issuer, forKey: .issuer)
            try container.encode(documentNumber, forKey: .documentNumber)
            try container.encode(issueDate, forKey: .issueDate)
            try container.encode(region, forKey: .region)
            try container.encode(horizonStart, forKey: .horizonStart)
            try container.encode(horizonEnd, forKey: .horizonEnd)
        }
    }

    struct Responsible: Encodable {
        var name: String
        var lead: Bool
    }

    struct TargetRecord: Encodable {
        var quote: String
        var start: Int
        var end: Int
        var section: String?
        var metric: String
        var kind: String
        var value: Decimal
        var valueMax: Decimal?
        var unit: String
        var comparator: String
        var deadline: String?
        var deadlineSource: String?
        var recurring: String?
        var increment: Bool
        var aspirational: Bool
        var responsible: [String]
        var lead: [String]
        var confidence: Decimal

        enum CodingKeys: String, CodingKey {
            case quote, start, end, section, metric, kind, value, unit, comparator, deadline
            case recurring, increment, aspirational, responsible, lead, confidence
            case valueMax = "value_max"
            case deadlineSource = "deadline_source"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(quote, forKey: .quote)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(section, forKey: .section)
            try container.encode(metric, forKey: .metric)
            try container.encode(kind, forKey: .kind)
            try container.encode(value, forKey: .value)
            try container.encode(valueMax, forKey: .valueMax)
            try container.encode(unit, forKey: .unit)
            try container.encode(comparator, forKey: .comparator)
            try container.encode(deadline, forKey: .deadline)
            try container.encode(deadlineSource, forKey: .deadlineSource)
            try container.encode(recurring, forKey: .recurring)
            try container.encode(increment, forKey: .increment)
            try container.encode(aspirational, forKey: .aspirational)
            try container.encode(responsible, forKey: .responsible)
            try container.encode(lead, forKey: .lead)
            try container.encode(confidence, forKey: .confidence)
        }
    }

    struct MentionRecord: Encodable {
        var text: String
        var start: Int
        var end: Int
        var value: Decimal?
        var unit: String?
        var target: Bool
        var reason: String

        enum CodingKeys: String, CodingKey {
            case text, start, end, value, unit, target, reason
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(value, forKey: .value)
            try container.encode(unit, forKey: .unit)
            try container.encode(target, forKey: .target)
            try container.encode(reason, forKey: .reason)
        }
    }

    var document: Document
    var targets: [TargetRecord]
    var mentions: [MentionRecord]?

    init(_ extraction: Extraction, includeMentions: Bool) {
        let metadata = extraction.document
        document = Document(
            title: metadata.title, issuer: metadata.issuer, documentNumber: metadata.documentNumber,
            issueDate: metadata.issueDate?.iso, region: metadata.region,
            horizonStart: metadata.horizon?.startYear, horizonEnd: metadata.horizon?.endYear)
        targets = extraction.targets.map { target in
            TargetRecord(
                quote: target.quote, start: target.span.start, end: target.span.end,
                section: target.section, metric: target.metric, kind: target.kind.rawValue,
                value: Self.exact(target.value), valueMax: target.valueMax.map(Self.exact),
                unit: target.unit.rawValue, comparator: target.comparator.rawValue,
                deadline: target.deadline?.iso, deadlineSource: target.deadlineSource?.rawValue,
                recurring: target.recurrence?.rawValue, increment: target.isIncrement,
                aspirational: target.isAspirational, responsible: target.responsible.map(\.name),
                lead: target.responsible.filter(\.isLead).map(\.name),
                confidence: Self.exact(target.confidence))
        }
        mentions =
            includeMentions
            ? extraction.mentions.map { mention in
                MentionRecord(
                    text: mention.text, start: mention.span.start, end: mention.span.end,
                    value: mention.value.map(Self.exact), unit: mention.unit?.rawValue,
                    target: mention.isTarget, reason: mention.reason)
            } : nil
    }

    /// The JSON bytes, keys sorted.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// A decimal that prints without binary noise: 1500, 3.55, 0.85.
    static func exact(_ value: Double) -> Decimal {
        guard value.isFinite else { return 0 }
        let rounded = (value * 1e6).rounded() / 1e6
        if rounded == rounded.rounded(), abs(rounded) < 9e15 { return Decimal(Int64(rounded)) }
        // Swift prints the shortest decimal that round-trips: 3.55, not 3.5499999999999998.
        return Decimal(string: "\(rounded)") ?? Decimal(rounded)
    }

    enum CodingKeys: String, CodingKey {
        case document, targets, mentions
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(targets, forKey: .targets)
        try container.encodeIfPresent(mentions, forKey: .mentions)
    }
}
