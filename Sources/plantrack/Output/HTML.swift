import PlanWriting

/// HTML text helpers.
enum HTML {
    /// The text with `& < > " '` escaped, safe in element content and quoted attributes, and
    /// its control characters written out visibly (`\e`), as in every other format.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.withVisibleControls {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A complete, self-contained page: inline style only, no scripts, fonts or links.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static let style = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #1f2328; }
        h1 { font-size: 1.5em; margin-bottom: 0.2em; }
        h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; }
        p.meta { color: #57606a; margin-top: 0; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
        th, td { border-bottom: 1px solid #eaeef2; padding: 0.35em 0.5em; text-align: left; vertical-align: middle; }
        th { background: #f6f8fa; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .quote { color: #57606a; font-size: 0.85em; }
        .summary { display: flex; flex-wrap: wrap; gap: 0.5em; margin: 1em 0; }
        .badge { border-radius: 1em; padding: 0.2em 0.8em; font-size: 0.9em; white-space: nowrap; }
        .met, .on-track { background: #dafbe1; color: #116329; }
        .at-risk { background: #fff8c5; color: #7d4e00; }
        .off-track, .overdue { background: #ffebe9; color: #a40e26; }
        .breached { background: #a40e26; color: #ffffff; }
        .no-data, .not-assessable { background: #eaeef2; color: #57606a; }
        .no-trend, .no-baseline { background: #ddf4ff; color: #0a3069; }
        td.metric { min-width: 11em; }
        td.responsible { min-width: 6em; }
        td.chart { width: 320px; }
        svg.chart { display: block; overflow: visible; }
        svg.chart text { font-size: 10px; fill: #57606a; }
        svg.chart .metric { font-size: 11px; fill: #1f2328; }
        svg.chart .axis { stroke: #8c959f; stroke-width: 1; }
        svg.chart .goal { stroke: #a40e26; stroke-width: 1; stroke-dasharray: 4 3; }
        svg.chart .goal-value { fill: #a40e26; }
        svg.chart .path { stroke: #8c959f; stroke-width: 1; stroke-dasharray: 2 2; }
        svg.chart .deadline { stroke: #bf8700; stroke-width: 1; stroke-dasharray: 3 2; }
        svg.chart .deadline-date { fill: #7d4e00; }
        svg.chart .as-of { stroke: #0969da; stroke-width: 1; opacity: 0.3; }
        svg.chart .figures { fill: none; stroke: #0969da; stroke-width: 1.5; }
        svg.chart .figure { fill: #0969da; }
        svg.chart .figure-value { fill: #0969da; font-weight: 600; }
        .legend { color: #57606a; font-size: 0.85em; }
        @page { size: A4 landscape; margin: 10mm; }
        @media print {
          body { margin: 0; font-size: 9pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          table { font-size: 8pt; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          h2, p.meta { break-after: avoid; page-break-after: avoid; }
          th, td { padding: 0.2em 0.35em; }
          td.metric { min-width: 14em; }
          td.chart { width: 220px; }
          svg.chart { width: 220px; height: auto; }
        }
        """
}

extension TextTable {
    /// The table as a self-contained HTML page.
    func renderedAsHTML(title: String) -> String {
        HTML.page(title: title, body: "<h1>\(HTML.escape(title))</h1>\n" + htmlTable())
    }

    /// The table as an HTML `<table>` element.
    func htmlTable() -> String {
        var html = "<table>\n<thead><tr>"
        html += columns.map { "<th>\(HTML.escape($0.title))</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>"
            for (index, column) in columns.enumerated() {
                let cell = index < row.count ? row[index] : ""
                let attribute = column.alignment == .right ? " class=\"number\"" : ""
                html += "<td\(attribute)>\(HTML.escape(cell))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
