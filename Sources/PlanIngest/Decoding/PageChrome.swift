/// What a government web page shows around its document: navigation, headers, footers, share
/// bars, lists of related pages, visitor counters, font-size switches and print links.
///
/// Most government sites mark these parts only with `div` classes or ids (`div.nav`,
/// `div#footer`, `div.bdsharebuttonbox`), and put the page's own tools on the document's info line
/// (`发布时间：2024-03-01 浏览次数：1283746次 【字号：大 中 小】 【打印本页】`). Read as text, a
/// visitor counter becomes a target and a related headline a sentence of the plan; the words
/// that mark them are rows of `Vocabulary.tsv`.
///
/// ```swift
/// PageChrome.isChrome(names: ["top-nav"])  // true
/// PageChrome.isChrome(names: ["article-header"])  // false: the article's own header
/// PageChrome.documentPart(of: "来源：市政府 浏览次数：1283次 【打印本页】")  // "来源：市政府"
/// ```
enum PageChrome {
    /// Whether the class and id names of an element mark it as chrome.
    ///
    /// The names are split into words at punctuation and at lower-to-upper case changes
    /// (`navBar` → `nav`, `bar`). A content word among them (`article`, `content`) keeps the
    /// element, so `article-header` stays while `site-header` goes.
    /// - Parameter names: The values of the element's `class` and `id` attributes.
    static func isChrome(names: [String]) -> Bool {
        let words = names.flatMap(nameWords)
        guard !words.isEmpty, !words.contains(where: contentWords.contains) else { return false }
        return words.contains { word in
            Lexicon.chromeClassWords.contains { chrome in
                chrome.matchesInside
                    ? word.hasPrefix(chrome.written) || word.hasSuffix(chrome.written)
                    : word == chrome.written
            }
        }
    }

    /// The lowercased words of a class or id value: `bdsharebuttonbox nav_main topBar` →
    /// `bdsharebuttonbox`, `nav`, `main`, `top`, `bar`.
    static func nameWords(_ value: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousIsLower = false
        for scalar in value.unicodeScalars {
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousIsLower = false
                continue
            }
            if scalar.properties.isUppercase, previousIsLower, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current += String(scalar).lowercased()
            previousIsLower = scalar.properties.isLowercase
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static let contentWords = Set(Lexicon.contentClassWords)

    /// Whether `text` is the caption of a list of links to other pages (`相关链接`,
    /// `【相关文章】`), which goes with the list after it.
    static func isCaption(_ text: String) -> Bool {
        let compact = ScalarText(
            scalars: text.unicodeScalars.filter { !$0.properties.isWhitespace && !captionMarks.contains($0) })
        guard let caption = captions.match(in: compact, at: 0) else { return false }
        return compact.count - caption.count <= 2
    }

    static let captions = Lexicon.chromeCaptions.words
    static let captionMarks: Set<Unicode.Scalar> = ["【", "】", "[", "]", ":", "：", ">", "》", "·"]

    /// The part of a page's line that belongs to the document, without visitor counters,
    /// font-size switches and print or close links; `nil` when nothing of it does (a line of
    /// such tools only, or one leading to the previous or next article).
    ///
    /// A line without chrome comes back unchanged. A counter or font-size switch needs its
    /// colon (`浏览次数：`), so a plan's sentence about visits (`网站访问量达到100万次`) stays.
    /// - Complexity: O(*n*) in the length of the line.
    static func documentPart(of line: String) -> String? {
        let text = ScalarText(line)
        var start = 0
        while let scalar = text[safe: start], scalar.isInlineSpace || captionMarks.contains(scalar) {
            start += 1
        }
        if lineStarts.match(in: text, at: start) != nil { return nil }
        var kept: [Unicode.Scalar] = []
        var removed = false
        var offset = 0
        while offset < text.count {
            if let end = chromeEnd(in: text, at: offset) {
                removed = true
                offset = end
                continue
            }
            kept.append(text.scalars[offset])
            offset += 1
        }
        guard removed else { return line }
        let remainder = ScalarText(scalars: withoutEmptyBrackets(kept))
        let trimmed = remainder.trimmedString(0, remainder.count)
        let isOnlyMarks = trimmed.unicodeScalars.allSatisfy { leftoverMarks.contains($0) || $0.isInlineSpace }
        return isOnlyMarks ? nil : trimmed
    }

    static let lineStarts = Lexicon.chromeLineStarts.words
    static let actions = Lexicon.pageActions.words
    static let counterLabels = Lexicon.visitorCounterLabels.words
    static let fontSizeLabels = Lexicon.fontSizeLabels.words
    static let fontSizes = Lexicon.fontSizes.words
    static let counterTails = ["人次", "次"].words
    /// What a switch or a row of links leaves between its parts: brackets and bars.
    static let leftoverMarks: Set<Unicode.Scalar> = ["【", "】", "[", "]", "|", "丨", "｜", "/", "·"]

    /// The end of a page tool that starts at `offset`, if one does.
    static func chromeEnd(in text: ScalarText, at offset: Int) -> Int? {
        if let action = actions.match(in: text, at: offset) { return offset + action.count }
        if let label = counterLabels.match(in: text, at: offset),
            var end = endOfColon(in: text, after: offset + label.count)
        {
            while let scalar = text[safe: end],
                ChineseNumeral.arabicDigit(scalar) != nil || scalar == "," || scalar == "，"
            {
                end += 1
            }
            if let tail = counterTails.match(in: text, at: end) { end += tail.count }
            return end
        }
        if let label = fontSizeLabels.match(in: text, at: offset),
            var end = endOfColon(in: text, after: offset + label.count)
        {
            var sizes = 0
            // Brackets opened among the sizes (`【大】【中】`) close among them; the bracket
            // around the whole switch (`【字号：大 中 小】`) is left to close empty.
            var openBrackets = 0
            while let scalar = text[safe: end] {
                if let size = fontSizes.match(in: text, at: end) {
                    sizes += 1
                    end += size.count
                } else if scalar == "【" || scalar == "[" {
                    openBrackets += 1
                    end += 1
                } else if scalar == "】" || scalar == "]" {
                    guard openBrackets > 0 else { break }
                    openBrackets -= 1
                    end += 1
                } else if scalar.isInlineSpace || leftoverMarks.contains(scalar) {
                    end += 1
                } else {
                    break
                }
            }
            return sizes > 0 ? end : nil
        }
        return nil
    }

    /// The offset after a colon that follows `offset` past spaces, and the spaces after it.
    static func endOfColon(in text: ScalarText, after offset: Int) -> Int? {
        var end = offset
        while let scalar = text[safe: end], scalar.isInlineSpace { end += 1 }
        guard let colon = text[safe: end], colon == ":" || colon == "：" else { return nil }
        end += 1
        while let scalar = text[safe: end], scalar.isInlineSpace { end += 1 }
        return end
    }

    /// `scalars` without the bracket pairs that removing a tool emptied (`【】`, `[ ]`).
    static func withoutEmptyBrackets(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in scalars {
            if scalar == "】" || scalar == "]",
                let openIndex = result.lastIndex(where: { !$0.isInlineSpace }),
                result[openIndex] == (scalar == "】" ? "【" : "[")
            {
                result.removeSubrange(openIndex...)
                continue
            }
            result.append(scalar)
        }
        return result
    }
}
