/// How many terminal columns a text takes: a CJK or full-width character takes two, a combining
/// mark none.
///
/// `String.count` says `高新技术企业` is 6 characters; a terminal draws it across 12 columns, so
/// tables padded by `count` come out ragged as soon as Chinese text appears.
///
/// ```swift
/// displayWidth("高新技术企业")  // 12
/// displayWidth("abc")          // 3
/// ```
///
/// - Complexity: O(*n*) in the number of Unicode scalars; printable ASCII, ideographs and
///   full-width forms are told by their values, only other scalars look up their category.
func displayWidth(_ text: some StringProtocol) -> Int {
    var width = 0
    for scalar in text.unicodeScalars {
        width += columns(of: scalar)
    }
    return width
}

/// Columns a single scalar takes: 0, 1 or 2.
func columns(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    switch value {
    case 0x20..<0x7F: return 1  // printable ASCII
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60: return 2  // ideographs, full-width forms
    default: break
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control:
        return 0
    default:
        break
    }
    if (0xFE00...0xFE0F).contains(value) { return 0 }  // variation selectors
    return isWide(value) ? 2 : 1
}

/// Whether a code point is East Asian Wide or Fullwidth (Unicode Standard Annex #11).
private func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F,  // Hangul Jamo initials
        0x231A...0x231B, 0x2329...0x232A,
        0x2E80...0x303E,  // CJK radicals, punctuation 、。〔〕
        0x3041...0x33FF,  // kana, CJK symbols and compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19, 0xFE30...0xFE6F,  // vertical and small forms
        0xFF00...0xFF60,  // full-width forms （）％１
        0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF,  // emoji
        0x20000...0x2FFFD, 0x30000...0x3FFFD:  // CJK extensions B and later
        return true
    default:
        return false
    }
}

extension String {
    /// The text padded with spaces to `width` display columns, on the right (left-aligned) or on
    /// the left (right-aligned); text already wider is returned unchanged.
    func padded(toDisplayWidth width: Int, alignment: TextAlignment = .left) -> String {
        let padding = String(repeating: " ", count: max(0, width - displayWidth(self)))
        switch alignment {
        case .left: return self + padding
        case .right: return padding + self
        }
    }
}

extension String {
    /// The text cut to at most `width` display columns, ending in `…` when it was cut:
    /// `高新技术企业总量` at 9 columns is `高新技术…`.
    func truncated(toDisplayWidth width: Int) -> String {
        guard displayWidth(self) > width else { return self }
        var kept = ""
        var used = 0
        for character in self {
            let characterWidth = displayWidth(String(character))
            guard used + characterWidth <= width - 1 else { break }
            kept.append(character)
            used += characterWidth
        }
        return kept + "…"
    }
}

/// Where a column's text sits.
enum TextAlignment: Sendable, Hashable {
    case left
    case right
}
