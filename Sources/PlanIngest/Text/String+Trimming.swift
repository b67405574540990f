extension String {
    /// The text without leading and trailing white space, full-width spaces (U+3000) included.
    ///
    /// ```swift
    /// "\u{3000} 市科技局 ".trimmingWhitespace()  // "市科技局"
    /// ```
    /// - Complexity: O(*n*) in the length of the text.
    package func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The text without white space at its end.
    package func trimmingTrailingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}

extension String {
    /// The text with no white space anywhere in it, full-width spaces and line breaks included:
    /// what two copies of a document read from different files have in common.
    ///
    /// ```swift
    /// "到2025年，\n新增 100家".removingWhitespace()  // "到2025年，新增100家"
    /// ```
    /// - Complexity: O(*n*) in the length of the text.
    package func removingWhitespace() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
}
