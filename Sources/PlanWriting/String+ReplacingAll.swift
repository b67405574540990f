extension String {
    /// The text with every occurrence of `target` replaced, without Foundation.
    package func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0 to 9.
    package var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
