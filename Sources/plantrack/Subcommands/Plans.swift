import ArgumentParser
import PlanStore

extension Plantrack {
    /// `plantrack plans [list|remove|removed]`: the imported plans.
    struct Plans: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the imported plans, or remove one imported by mistake.",
            subcommands: [List.self, Remove.self, Removed.self], defaultSubcommand: List.self)
    }
}

extension Plantrack.Plans {
    /// `plantrack plans [list]`: the imported plans.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the imported plans.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let plans = try global.openStore().plans()
            switch output.resolvedFormat {
            case .json:
                try output.emit(JSONOutput.text(of: plans.map(PlanJSON.init)))
            case .table:
                try output.emit(Self.table(of: plans).renderedForTerminal())
            case .csv:
                try output.emit(Self.table(of: plans).renderedAsCSV(byteOrderMark: output.bom))
            case .markdown:
                try output.emit(Self.table(of: plans).renderedAsMarkdown())
            case .html:
                try output.emit(Self.table(of: plans).renderedAsHTML(title: "Plans"))
            case .xlsx:
                throw StatusWorkbook.unsupported("plans")
            }
        }

        static func table(of plans: [PlanSummary]) -> TextTable {
            var table = TextTable(columns: [
                .init("ID", alignment: .right), .init("Title"), .init("Issuer"), .init("Number"),
                .init("Issued"), .init("Region"), .init("Horizon"), .init("Targets", alignment: .right),
                .init("File"),
            ])
            for plan in plans {
                table.append([
                    String(plan.id), plan.title ?? "-", plan.issuer ?? "-", plan.documentNumber ?? "-",
                    plan.issueDate?.iso ?? "-", plan.region ?? "-",
                    plan.horizon.map { "\($0.startYear)-\($0.endYear)" } ?? "-",
                    String(plan.targetCount), plan.fileName,
                ])
            }
            return table
        }
    }
}

/// A plan as `plans --format json` prints it.
struct PlanJSON: Encodable {
    var id: Int64
    var title: String?
    var issuer: String?
    var documentNumber: String?
    var issueDate: String?
    var region: String?
    var horizonStart: Int?
    var horizonEnd: Int?
    var fileName: String
    var sha256: String
    var importedAt: String
    var targetCount: Int

    enum CodingKeys: String, CodingKey {
        case id, title, issuer, region, sha256
        case documentNumber = "document_number"
        case issueDate = "issue_date"
        case horizonStart = "horizon_start"
        case horizonEnd = "horizon_end"
        case fileName = "file_name"
        case importedAt = "imported_at"
        case targetCount = "target_count"
    }

    init(_ plan: PlanSummary) {
        id = plan.id
        title = plan.title
        issuer = plan.issuer
        documentNumber = plan.documentNumber
        issueDate = plan.issueDate?.iso
        region = plan.region
        horizonStart = plan.horizon?.startYear
        horizonEnd = plan.horizon?.endYear
        fileName = plan.fileName
        sha256 = plan.sha256
        importedAt = plan.importedAt
        targetCount = plan.targetCount
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(issuer, forKey: .issuer)
        try container.encode(documentNumber, forKey: .documentNumber)
        try container.encode(issueDate, forKey: .issueDate)
        try container.encode(region, forKey: .region)
        try container.encode(horizonStart, forKey: .horizonStart)
        try container.encode(horizonEnd, forKey: .horizonEnd)
        try container.encode(fileName, forKey: .fileName)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(importedAt, forKey: .importedAt)
        try container.encode(targetCount, forKey: .targetCount)
    }
}
