import PlanStore

extension Period {
    /// Appends the period's canonical text (its `description`: `2024Q3`, `2024H1`, `2024`,
    /// `2024-07`) as UTF-8 to `bytes`, without building a string: reports print millions.
    func appendDescription(to bytes: inout [UInt8]) {
        NumberText.appendInteger(start.year, to: &bytes)
        switch end.month - start.month + 1 {
        case 1:
            bytes.append(UInt8(ascii: "-"))
            NumberText.appendDigits(of: UInt64(start.month), minimumCount: 2, to: &bytes)
        case 3:
            bytes.append(UInt8(ascii: "Q"))
            NumberText.appendInteger(start.month / 3 + 1, to: &bytes)
        case 6:
            bytes.append(UInt8(ascii: "H"))
            NumberText.appendInteger(start.month / 6 + 1, to: &bytes)
        default:
            break
        }
    }
}
