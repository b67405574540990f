/// Names for a workbook's sheets that Excel and WPS accept: at most 31 characters, none of
/// `[ ] : * ? / \`, no apostrophe at either end, not empty, and unique ignoring case.
///
/// ```swift
/// var names = SheetName.Registry()
/// names.unique(for: "市科技局")        // "市科技局"
/// names.unique(for: "市科技局")        // "市科技局 (2)"
/// names.unique(for: "[办公室]/财务")   // "_办公室__财务"
/// ```
enum SheetName {
    /// Excel's limit, counted in UTF-16 units as Excel counts.
    static let maximumLength = 31
    /// The characters Excel forbids in a sheet name.
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// `name` made acceptable, not yet unique: forbidden and control characters become `_`, the
    /// name is cut to 31 characters (never inside a character), an empty one becomes `_`.
    static func cleaned(_ name: String) -> String {
        var cleaned = ""
        for character in name.trimmingWhitespace() {
            let isControl = character.unicodeScalars.contains { $0.properties.generalCategory == .control }
            cleaned.append(forbidden.contains(character) || isControl ? "_" : character)
        }
        while cleaned.hasPrefix("'") { cleaned.removeFirst() }
        cleaned = cut(cleaned, to: maximumLength)
        while cleaned.hasSuffix("'") { cleaned.removeLast() }
        return cleaned.isEmpty ? "_" : cleaned
    }

    /// The longest prefix of `name` within `length` UTF-16 units.
    static func cut(_ name: String, to length: Int) -> String {
        var result = ""
        var used = 0
        for character in name {
            used += character.utf16.count
            guard used <= length else { break }
            result.append(character)
        }
        return result
    }

    /// The names given so far in one workbook.
    struct Registry {
        private var taken: Set<String> = []

        /// An acceptable name for `name` that no earlier sheet has: `(2)`, `(3)`… is added,
        /// within the 31 characters, when the cleaned name is taken.
        mutating func unique(for name: String) -> String {
            let base = SheetName.cleaned(name)
            var candidate = base
            var number = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = SheetName.cut(base, to: SheetName.maximumLength - suffix.utf16.count) + suffix
                number += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }
}
