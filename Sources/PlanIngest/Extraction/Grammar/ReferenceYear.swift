/// The year a document speaks from, which `今年`, `年内` and `明年` are relative to.
///
/// In order: the year of a yearly plan's title (`2026年工作要点`); the date the document was
/// issued or a report delivered (`2026年1月26日在……会议上`); the latest year a sentence presents
/// as the current one (`2026年是"十五五"开局之年`), which is how a report section without its
/// title line says when it was written. A plan over several years has none: its `今年` dates
/// nothing.
///
/// ```swift
/// let text = ScalarText("2026年是“十五五”开局之年。今年……")
/// ReferenceYear.presentYear(in: text, landmarks: Landmarks(text))  // 2026
/// ```
enum ReferenceYear {
    /// The reference year of the document, when its words give one.
    /// - Parameter presentYear: The year of a `YYYY年是……之年` sentence, from ``presentYear(in:landmarks:)``.
    static func year(of metadata: DocumentMetadata, presentYear: Int?) -> Int? {
        if let horizon = metadata.horizon {
            // In a plan over several years, 今年 is no deadline of its own.
            return horizon.startYear == horizon.endYear ? horizon.endYear : nil
        }
        return metadata.issueDate?.year ?? presentYear
    }

    /// The latest year of a `YYYY年是……之年` sentence.
    /// - Complexity: O(*n*) in the length of the text.
    static func presentYear(in text: ScalarText, landmarks: Landmarks) -> Int? {
        var latest: Int?
        var offset = 0
        var landmark = 0
        while let start = landmarks.first(atOrAfter: offset, cursor: &landmark) {
            offset = start + 1
            guard ChineseNumeral.arabicDigit(text.scalars[start]) != nil,
                let number = ChineseNumeral.readArabic(in: text, at: start), number.integerDigits == 4,
                let value = number.value, (1990...2100).contains(value),
                text.has(Words.presentYearMarkers, at: number.end)
            else { continue }
            offset = number.end
            // 之年 closes the same sentence, within a short reach.
            var index = number.end + Words.presentYearMarkers.count
            while index < min(text.count, number.end + 40), !DeadlineReader.isSentenceEnd(text.scalars[index])
            {
                if text.has(Words.presentYearEnds, at: index) {
                    latest = max(latest ?? 0, Int(value))
                    break
                }
                index += 1
            }
        }
        return latest
    }
}
