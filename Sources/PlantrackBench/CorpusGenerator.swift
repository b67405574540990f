/// Makes benchmark documents from the seed plans, varying their numbers, years and measure
/// words, so that the extractor reads realistic policy language rather than one file repeated.
struct CorpusGenerator {
    /// The seed texts the documents are drawn from.
    let seeds: [String]

    /// Measure words swapped for one another, so units vary as well as values.
    private static let interchangeableUnits: [Unicode.Scalar] = ["家", "个", "项", "所", "名", "件"]

    /// The `index`-th document: the seed `index % seeds.count`, with every digit run replaced by
    /// a random number of the same length, every year shifted by the same random offset, and
    /// measure words after numbers swapped at random.
    func document(_ index: Int) -> String {
        var random = SeededGenerator(seed: UInt64(index) &* 0x2545_F491_4F6C_DD1D &+ 1)
        let seed = seeds[index % seeds.count]
        let yearShift = Int.random(in: -3...3, using: &random)
        var output = String.UnicodeScalarView()
        var digits: [Unicode.Scalar] = []

        func flushDigits(next: Unicode.Scalar?) {
            guard !digits.isEmpty else { return }
            defer { digits.removeAll(keepingCapacity: true) }
            let text = String(String.UnicodeScalarView(digits))
            if digits.count == 4, let year = Int(text), (1990...2060).contains(year),
                next == "年" || next == "-"
            {
                output.append(contentsOf: String(year + yearShift).unicodeScalars)
                return
            }
            for position in digits.indices {
                let low = position == 0 && digits.count > 1 ? 1 : 0
                let digit = UInt32(48 + Int.random(in: low...9, using: &random))
                output.append(Unicode.Scalar(digit) ?? "0")
            }
        }

        for scalar in seed.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                digits.append(scalar)
                continue
            }
            let followsNumber = !digits.isEmpty
            flushDigits(next: scalar)
            if followsNumber, CorpusGenerator.interchangeableUnits.contains(scalar),
                Int.random(in: 0..<4, using: &random) == 0,
                let swapped = CorpusGenerator.interchangeableUnits.randomElement(using: &random)
            {
                output.append(swapped)
            } else {
                output.append(scalar)
            }
        }
        flushDigits(next: nil)
        return String(output)
    }
}
