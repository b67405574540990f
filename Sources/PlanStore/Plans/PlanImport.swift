import PlanIngest

/// A plan ready to be stored: its metadata, source file, text and extracted targets.
public struct PlanImport: Sendable, Hashable, Codable {
    /// What the plan says about itself.
    public var metadata: DocumentMetadata
    /// The name of the file it was read from.
    public var fileName: String
    /// The SHA-256 of the file's bytes, as 64 lowercase hexadecimal digits.
    public var sha256: String
    /// The plain text that extraction read and that target offsets refer to.
    public var text: String
    /// Every target statement extracted, duplicates included.
    public var targets: [Target]

    /// Creates a plan to import.
    public init(
        metadata: DocumentMetadata, fileName: String, sha256: String, text: String,
        targets: [Target]
    ) {
        self.metadata = metadata
        self.fileName = fileName
        self.sha256 = sha256
        self.text = text
        self.targets = targets
    }
}

extension PlanImport {
    /// The plan's SHA-256 in lowercase, once the plan is checked for what the schema cannot
    /// check: 64 hexadecimal digits, and a finite value for every target.
    ///
    /// - Throws: ``StoreError/invalidPlan(fileName:reason:)`` naming the fault.
    func checkedSHA256() throws(StoreError) -> String {
        let sha256 = sha256.lowercased()
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else {
            throw .invalidPlan(
                fileName: fileName, reason: "the SHA-256 \"\(self.sha256)\" is not 64 hexadecimal digits")
        }
        for target in targets where !target.value.isFinite || !(target.valueMax?.isFinite ?? true) {
            throw .invalidPlan(
                fileName: fileName, reason: "the target \"\(target.quote)\" has no finite value")
        }
        return sha256
    }
}
