internal import CLibXML2

/// Reads the text of an HTML page with libxml2's HTML parser.
///
/// Government sites wrap a plan in navigation, headers, footers, scripts and share buttons; the
/// reader drops those elements, ends a line at every block element (`p`, `div`, `li`, `h1`…,
/// `br`), puts each table row on one line with tab-separated cells, collapses HTML whitespace
/// and decodes entities (`&nbsp;`, `&#x4E00;`, `&ldquo;`).
///
/// ```swift
/// let page = "<nav>首页</nav><p>到2025年，新增&nbsp;100家</p><script>x()</script>"
/// try HTMLTextReader().plainText(from: Array(page.utf8))  // "到2025年，新增 100家\n"
/// ```
public struct HTMLTextReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Extracts the readable text of an HTML page.
    /// - Parameters:
    ///   - bytes: The page's bytes in any encoding ``TextDecoder`` reads; a `charset` the page
    ///     declares is tried after UTF-8 and before GB18030.
    ///   - encoding: An encoding to use instead of detecting one, or `nil` to detect.
    /// - Returns: One line per paragraph, heading, list item or table row.
    /// - Throws: The decoding errors of ``TextDecoder``, or ``IngestError/unreadableHTML(reason:)``.
    /// - Complexity: O(*n*) in the size of the page.
    public func plainText(
        from bytes: [UInt8],
        encoding: TextEncodingName? = nil
    ) throws(IngestError) -> String {
        let declared = Self.declaredCharset(in: bytes)
        let decoded = try TextDecoder().decodedText(from: bytes, encoding: encoding, declared: declared)
        let utf8 = Array(decoded.text.utf8)
        guard !utf8.isEmpty else { return "" }
        guard utf8.count < Int(Int32.max) else {
            throw .unreadableHTML(reason: "the page is larger than 2 GB")
        }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue
        )
        let document = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                    htmlReadMemory(characters, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let document else {
            throw .unreadableHTML(reason: "libxml2 returned no document")
        }
        defer { xmlFreeDoc(document) }
        var builder = PlainTextBuilder()
        if let root = xmlDocGetRootElement(document) {
            Self.appendText(of: root, to: &builder)
        }
        return builder.text().split(separator: "\n", omittingEmptySubsequences: false)
            .compactMap { PageChrome.documentPart(of: String($0)) }.joined(separator: "\n")
    }

    /// Elements whose content is not part of the document's text.
    static let skippedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
        "iframe", "object", "embed", "svg", "canvas", "form", "button", "select", "option",
        "textarea", "input", "menu", "map", "audio", "video",
    ]

    /// Elements read whatever their class names say: the whole page or its document
    /// (`<body class="page-header-fixed">`), and the rows and cells of a table, whose classes
    /// lay data out (`<th class="header">责任单位</th>`, `<td class="top">`).
    static let alwaysReadElements: Set<String> = [
        "html", "body", "main", "article", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
    ]

    /// Elements that start and end a line.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "section", "article", "main", "blockquote", "pre", "center", "address", "figure",
        "figcaption", "caption", "table", "thead", "tbody", "tfoot", "hr", "body", "html",
        "fieldset", "legend", "details", "summary",
    ]

    /// Appends the text of `root` and everything below it in document order.
    ///
    /// The walk keeps its own stack rather than recursing, so a page nested thousands of
    /// elements deep cannot exhaust the thread's stack.
    private static func appendText(of root: UnsafeMutablePointer<xmlNode>, to builder: inout PlainTextBuilder)
    {
        enum Step {
            case enter(UnsafeMutablePointer<xmlNode>, preformatted: Bool)
            case exit(String)
        }
        var steps: [Step] = [.enter(root, preformatted: false)]
        var layoutRows: Set<UnsafeMutablePointer<xmlNode>> = []
        while let step = steps.popLast() {
            switch step {
            case .exit(let name):
                switch name {
                case "tr": builder.endRow()
                case "td", "th": builder.endCell()
                case layoutRole: builder.endLine()
                default: if blockElements.contains(name) { builder.endLine() }
                }
            case .enter(let node, let preformatted):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    guard let content = node.pointee.content else { continue }
                    let text = String(cString: content)
                    if preformatted {
                        builder.append(text.replacingNoBreakSpaces())
                    } else {
                        builder.appendCollapsingWhitespace(text)
                    }
                case XML_ELEMENT_NODE:
                    let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                    if skippedElements.contains(name) || isHiddenOrNavigation(node)
                        || !alwaysReadElements.contains(name) && isChrome(node)
                    {
                        continue
                    }
                    var role = name
                    let isInLayoutRow = node.pointee.parent.map(layoutRows.contains) == true
                    switch name {
                    case "br":
                        builder.endLine()
                        continue
                    case "tr" where isLayoutRow(node):
                        layoutRows.insert(node)
                        role = layoutRole
                        builder.endLine()
                    case "td" where isInLayoutRow, "th" where isInLayoutRow:
                        role = layoutRole
                        builder.endLine()
                    case "tr": builder.beginRow()
                    case "td", "th": builder.beginCell()
                    default: if blockElements.contains(name) { builder.endLine() }
                    }
                    let childrenArePreformatted = preformatted || name == "pre" || name == "textarea"
                    steps.append(.exit(role))
                    let children = documentChildren(of: node).map {
                        Step.enter($0, preformatted: childrenArePreformatted)
                    }
                    steps.append(contentsOf: children.reversed())
                default:
                    continue
                }
            }
        }
    }

    /// The children of `node` in order, without a caption of related links (`相关链接`) and the
    /// list that follows it.
    private static func documentChildren(of node: UnsafeMutablePointer<xmlNode>) -> [UnsafeMutablePointer<
        xmlNode
    >] {
        var children: [UnsafeMutablePointer<xmlNode>] = []
        var skipsList = false
        var next = node.pointee.children
        while let child = next {
            next = child.pointee.next
            guard child.pointee.type == XML_ELEMENT_NODE else {
                children.append(child)
                continue
            }
            let name = child.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if skipsList, ["ul", "ol", "dl", "table", "div"].contains(name) {
                skipsList = false
                continue
            }
            skipsList = false
            if let text = shortText(of: child), PageChrome.isCaption(text) {
                skipsList = true
                continue
            }
            children.append(child)
        }
        return children
    }

    /// The text of an element when it holds at most a few dozen characters, else `nil`.
    private static func shortText(of element: UnsafeMutablePointer<xmlNode>) -> String? {
        var text = ""
        var pending = [element]
        var budget = 50
        while let node = pending.popLast() {
            budget -= 1
            guard budget > 0 else { return nil }
            if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content {
                text += String(cString: content)
                if text.unicodeScalars.count > 40 { return nil }
                continue
            }
            var children: [UnsafeMutablePointer<xmlNode>] = []
            var child = node.pointee.children
            while let each = child {
                children.append(each)
                child = each.pointee.next
            }
            pending.append(contentsOf: children.reversed())
        }
        return text
    }

    /// Whether an element is page chrome by its class and id names (`div.nav`, `div#footer`,
    /// `div.bdsharebuttonbox`), unless it holds so much text that it must be the document.
    private static func isChrome(_ element: UnsafeMutablePointer<xmlNode>) -> Bool {
        var names: [String] = []
        var attribute = element.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            let name = String(cString: rawName).lowercased()
            if name == "class" || name == "id",
                let value = current.pointee.children?.pointee.content.map({ String(cString: $0) })
            {
                names.append(value)
            }
        }
        guard !names.isEmpty, PageChrome.isChrome(names: names) else { return false }
        return CellContent(of: element).textLength <= chromeTextLimit
    }

    /// The most text an element named as chrome may hold and still be dropped: navigation and
    /// footers are short, a plan wrapped in `div#printArea` is not.
    private static let chromeTextLimit = 1500

    /// The role of a table row or cell that only lays the page out: a block, not a table cell.
    private static let layoutRole = "layout table part"

    /// Whether a table row lays out the page rather than holding data.
    ///
    /// Older government sites put the whole article in a table cell; read as a data row, every
    /// paragraph of the plan would run into one line. A row is layout when a cell holds another
    /// table, or a great deal of text or paragraphs, or when its only non-empty cell holds several
    /// paragraphs. Rows of a 任务分工表 (several short cells) stay data rows, one line each.
    private static func isLayoutRow(_ row: UnsafeMutablePointer<xmlNode>) -> Bool {
        var cellsWithText = 0
        var lastCell = CellContent()
        var next = row.pointee.children
        while let cell = next {
            next = cell.pointee.next
            guard cell.pointee.type == XML_ELEMENT_NODE,
                let rawName = cell.pointee.name,
                ["td", "th"].contains(String(cString: rawName).lowercased())
            else { continue }
            let content = CellContent(of: cell)
            if content.hasTable || content.textLength > 1000 || content.blocks >= 10 { return true }
            if content.textLength > 0 {
                cellsWithText += 1
                lastCell = content
            }
        }
        return cellsWithText == 1 && (lastCell.blocks >= 2 || lastCell.textLength > 150)
    }

    /// What a table cell holds, measured with a bounded walk.
    private struct CellContent {
        var textLength = 0
        var blocks = 0
        var hasTable = false

        init() {}

        /// Measures `cell`, giving up (and calling it a table) after 5,000 nodes.
        init(of cell: UnsafeMutablePointer<xmlNode>) {
            var pending: [UnsafeMutablePointer<xmlNode>] = []
            var child = cell.pointee.children
            while let each = child {
                pending.append(each)
                child = each.pointee.next
            }
            var budget = 5000
            while let node = pending.popLast() {
                budget -= 1
                guard budget > 0 else {
                    hasTable = true
                    return
                }
                if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content {
                    textLength +=
                        String(cString: content).unicodeScalars.filter { !$0.properties.isWhitespace }.count
                    continue
                }
                guard node.pointee.type == XML_ELEMENT_NODE else { continue }
                let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if HTMLTextReader.skippedElements.contains(name) { continue }
                if name == "table" { hasTable = true }
                if name == "br" || HTMLTextReader.blockElements.contains(name) { blocks += 1 }
                var grandchild = node.pointee.children
                while let each = grandchild {
                    pending.append(each)
                    grandchild = each.pointee.next
                }
            }
        }
    }

    /// Whether an element is hidden (`hidden`, `aria-hidden="true"`) or marked as navigation
    /// (`role="navigation"`, `role="banner"`, `role="contentinfo"`).
    private static func isHiddenOrNavigation(_ element: UnsafeMutablePointer<xmlNode>) -> Bool {
        var attribute = element.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            let name = String(cString: rawName).lowercased()
            let value =
                current.pointee.children?.pointee.content.map { String(cString: $0).lowercased() } ?? ""
            switch name {
            case "hidden": return true
            case "aria-hidden" where value == "true": return true
            case "role" where ["navigation", "banner", "contentinfo", "search"].contains(value): return true
            default: continue
            }
        }
        return false
    }

    /// Whether `bytes` begin, after a byte order mark, white space and comments, like an HTML page.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = bytes[start..<min(bytes.count, start + 512)].map { byte -> UInt8 in
            (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        }
        let prefixes = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title"]
        if prefixes.contains(where: { head.starts(with: Array($0.utf8)) }) { return true }
        // An XML declaration or a comment may come first.
        if head.starts(with: Array("<?xml".utf8)) || head.starts(with: Array("<!--".utf8)) {
            let lowered = String(decoding: head, as: UTF8.self)
            return lowered.contains("<html") || lowered.contains("<!doctype html")
        }
        return false
    }

    /// The encoding a page declares in `<meta charset>` or `content="…; charset=…"` within its
    /// first 4 KB, if any.
    static func declaredCharset(in bytes: [UInt8]) -> TextEncodingName? {
        let head = bytes.prefix(4096).map { byte -> UInt8 in
            (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        }
        let marker = Array("charset=".utf8)
        guard head.count >= marker.count else { return nil }
        for start in 0...(head.count - marker.count)
        where head[start..<start + marker.count].elementsEqual(marker) {
            var index = start + marker.count
            while index < head.count, head[index] == 0x22 || head[index] == 0x27 || head[index] == 0x20 {
                index += 1
            }
            var name: [UInt8] = []
            while index < head.count, name.count < 40 {
                let byte = head[index]
                let isNameByte =
                    (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                    || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
                guard isNameByte else { break }
                name.append(byte)
                index += 1
            }
            if !name.isEmpty {
                return TextEncodingName(rawValue: String(decoding: name, as: UTF8.self))
            }
        }
        return nil
    }
}

extension String {
    /// The string with no-break spaces (U+00A0, from `&nbsp;`) turned into ordinary spaces and
    /// CR LF or a lone CR into LF, as HTML reads line breaks.
    fileprivate func replacingNoBreakSpaces() -> String {
        var result = ""
        var previous: Unicode.Scalar?
        for scalar in unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\u{A0}": result.unicodeScalars.append(" ")
            case "\r": result.unicodeScalars.append("\n")
            case "\n" where previous == "\r": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
