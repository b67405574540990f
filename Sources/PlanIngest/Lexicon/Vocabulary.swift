/// The rows of `Vocabulary.tsv`, grouped by role: the grammar of policy language as data.
///
/// Each line holds a role, a phrase and the phrase's attributes, separated by tabs:
///
/// ```
/// comparatorSuffixes	以上	>=
/// units	万千瓦	千瓦	10000	physical
/// ```
///
/// ``Lexicon`` derives every lookup table from these rows once, so adding a measure word or a
/// comparator is one row.
struct Vocabulary: Sendable {
    /// One phrase with its attributes.
    struct Row: Sendable, Hashable {
        /// The phrase as written in documents.
        var phrase: String
        /// The columns after the phrase.
        var attributes: [String]

        /// The attribute in column `index` after the phrase, or "" when the row is short.
        func attribute(at index: Int) -> String {
            index < attributes.count ? attributes[index] : ""
        }

        /// The attribute in column `index` read as a number, or 0 when it is not one.
        func number(at index: Int) -> Double {
            Double(attribute(at: index)) ?? 0
        }
    }

    /// The rows of each role, in file order.
    let rowsByRole: [String: [Row]]

    /// Parses the tab-separated text; `#` lines and blank lines are skipped.
    /// - Complexity: O(*n*) in the length of the text.
    init(tsv: String) {
        var rows: [String: [Row]] = [:]
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                Self.unescaped(String($0))
            }
            guard columns.count >= 2, !columns[0].isEmpty, !columns[1].isEmpty else { continue }
            rows[columns[0], default: []].append(
                Row(phrase: columns[1], attributes: Array(columns.dropFirst(2))))
        }
        rowsByRole = rows
    }

    /// The rows of `role`.
    func rows(_ role: String) -> [Row] {
        rowsByRole[role] ?? []
    }

    /// The phrases of `role`.
    func phrases(_ role: String) -> [String] {
        rows(role).map(\.phrase)
    }

    /// The first phrase of a role that holds one word.
    func phrase(_ role: String) -> String {
        rows(role).first?.phrase ?? ""
    }

    /// The phrases of a role of single characters.
    func scalars(_ role: String) -> Set<Unicode.Scalar> {
        Set(rows(role).compactMap(\.phrase.unicodeScalars.first))
    }

    /// The character of a role that holds one.
    func scalar(_ role: String) -> Unicode.Scalar {
        rows(role).first?.phrase.unicodeScalars.first ?? " "
    }

    /// Single characters with the number in their first attribute column.
    func scalarValues(_ role: String) -> [Unicode.Scalar: Double] {
        var values: [Unicode.Scalar: Double] = [:]
        for row in rows(role) {
            if let scalar = row.phrase.unicodeScalars.first { values[scalar] = row.number(at: 0) }
        }
        return values
    }

    /// `\n`, `\r`, `\t` and `\\` in a column stand for a line feed, a carriage return, a tab
    /// and a backslash.
    static func unescaped(_ column: String) -> String {
        guard column.contains("\\") else { return column }
        var result = ""
        var escaping = false
        for character in column {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
