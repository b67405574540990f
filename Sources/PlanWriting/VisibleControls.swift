/// Control characters from documents and users shown as text, so that none of them reaches a
/// terminal, a table or a spreadsheet as a command: an escape sequence in a note cannot clear
/// the screen or set the window title.
///
/// ```swift
/// "a\u{1B}[2Jb\u{7}".withVisibleControls  // "a\\e[2Jb\\u{7}"
/// ```
extension String {
    /// The text with every control character but line feed and tab written out: ESC as `\e`,
    /// the others as `\u{…}`. Text without one is returned as it is, at the cost of one scan.
    package var withVisibleControls: String { visibleControls(keeping: []) }

    /// ``withVisibleControls``, keeping `kept` as they are too (a CSV cell keeps its carriage
    /// returns, which quoting protects).
    package func visibleControls(keeping kept: Set<Unicode.Scalar>) -> String {
        func hidden(_ scalar: Unicode.Scalar) -> Bool { scalar.isHiddenControl && !kept.contains(scalar) }
        guard unicodeScalars.contains(where: hidden) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            if hidden(scalar) {
                result +=
                    scalar == "\u{1B}" ? "\\e" : "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    /// A C0 or C1 control character or DEL, other than line feed and tab.
    package var isHiddenControl: Bool {
        (value < 0x20 && self != "\n" && self != "\t") || (0x7F...0x9F).contains(value)
    }
}
