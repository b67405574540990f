/// Decides the section a target stands in: the path of headings down to the innermost one
/// before its number.
struct SectionDecider: FieldDecider {
    let site: NumberSite

    func decide() -> FieldDecision<String?> {
        let outline = reader.context.outline
        guard let path = outline.path(at: site.start) else {
            return FieldDecision(nil, "before the first heading")
        }
        let heading = outline.heading(before: site.start)
        return FieldDecision(
            path, words: heading.map { $0.start..<$0.titleEnd },
            explains ? "innermost heading of \(path)" : "")
    }
}
