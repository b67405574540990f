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
