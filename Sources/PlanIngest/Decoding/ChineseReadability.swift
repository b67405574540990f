/// How much a decoded text reads as Chinese: the share of its ideographs that are among the
/// commonest characters of plans (``Lexicon/commonCharacters``).
///
/// Every BIG5 byte pair is also a valid GB18030 one, so a traditional-Chinese file read as
/// GB18030 decodes without a single error, into rare characters (`瞏龟琁承穝`): none of its
/// first ideographs is common, where half or more of a plan's are.
enum ChineseReadability {
    /// Ideographs read at most, from the start: enough to judge, cheap on a large file.
    static let sampleSize = 2000
    /// Fewer ideographs than this say nothing either way.
    static let minimumSample = 20

    /// The share (0…1) of the first ``sampleSize`` ideographs of `text` that are common, or
    /// `nil` when the text has fewer than ``minimumSample`` ideographs.
    /// - Complexity: O(*n*) in the scalars read before the sample is full.
    static func commonShare(of text: String) -> Double? {
        var ideographs = 0
        var common = 0
        for scalar in text.unicodeScalars where (0x4E00...0x9FFF).contains(scalar.value) {
            ideographs += 1
            if Lexicon.commonCharacters.contains(scalar) { common += 1 }
            if ideographs == sampleSize { break }
        }
        guard ideographs >= minimumSample else { return nil }
        return Double(common) / Double(ideographs)
    }

    /// Whether `candidate` reads clearly better as Chinese than `text` does, when `text`
    /// reads hardly at all: the test that makes a BIG5 decoding win over GB18030.
    static func reads(_ candidate: String, betterThan text: String) -> Bool {
        guard let share = commonShare(of: text), share < 0.2,
            let candidateShare = commonShare(of: candidate)
        else { return false }
        return candidateShare >= share + 0.2
    }
}
