/// The glossary of terms a government work report often ends with (`名词解释`, then numbered
/// entries such as `1."两重"：是指……`): it explains words and commits to nothing.
enum Glossary {
    /// The offset of the first line that is only a glossary heading, if the text has one.
    /// - Complexity: O(*n*) in the length of the text.
    static func start(in text: ScalarText) -> Int? {
        var lineStart = 0
        var offset = 0
        while offset <= text.count {
            if offset == text.count || text.scalars[offset] == "\n" {
                if isHeading(text, from: lineStart, to: offset) { return lineStart }
                lineStart = offset + 1
            }
            offset += 1
        }
        return nil
    }

    /// Whether `start..<end`, spaces and a closing colon aside, is one glossary heading.
    static func isHeading(_ text: ScalarText, from start: Int, to end: Int) -> Bool {
        guard end - start <= longestLine else { return false }
        var lower = start
        var upper = end
        while lower < upper, text.scalars[lower].isTrimmedSpace { lower += 1 }
        while upper > lower,
            text.scalars[upper - 1].isTrimmedSpace || colons.contains(text.scalars[upper - 1])
        {
            upper -= 1
        }
        guard let heading = Words.glossaryHeadings.match(in: text, at: lower) else { return false }
        return lower + heading.count == upper
    }

    /// The longest line read as a heading, spaces and colon included.
    static let longestLine = 12
    static let colons: Set<Unicode.Scalar> = ["：", ":"]
}
