import PlanIngest

/// A quote shown inside the sentence around it: `…全市【高新技术企业总量突破600家】，全年…`.
///
/// Spans are Unicode scalar offsets into the plan's plain text, as extraction and the store keep
/// them; a span outside the text (a plan re-read differently) gives `nil` rather than a crash.
enum QuoteContext {
    /// The text around `span`, at most `radius` scalars each side, cut at line breaks, with the
    /// quote marked by 【】 and cut ends by `…`.
    static func excerpt(of span: TextSpan, in text: String, radius: Int = 30) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else { return nil }
        func isBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }
        var start = span.start
        while start > 0, span.start - start < radius, !isBreak(scalars[start - 1]) { start -= 1 }
        var end = span.end
        while end < scalars.count, end - span.end < radius, !isBreak(scalars[end]) { end += 1 }
        func string(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        let leading = start > 0 && !isBreak(scalars[start - 1]) ? "…" : ""
        let trailing = end < scalars.count && !isBreak(scalars[end]) ? "…" : ""
        return leading + string(start..<span.start) + "【" + string(span.start..<span.end) + "】"
            + string(span.end..<end) + trailing
    }
}
