extension Array where Element == UInt8 {
    /// Appends the decimal digits of `number` as UTF-8, left-padded with zeros to
    /// `minimumCount`: `7` → `7`, or `07` with a minimum count of 2.
    ///
    /// The digits are written in place through one pointer rather than appended one by one:
    /// reports write millions of numbers.
    public mutating func appendDecimalDigits(of number: UInt64, minimumCount: Int = 1) {
        var digitCount = 1
        var rest = number / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        let count = Swift.max(digitCount, minimumCount)
        let start = self.count
        append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        withUnsafeMutableBufferPointer { bytes in
            var rest = number
            var index = start + count - 1
            while rest > 0 {
                bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                index -= 1
            }
        }
    }
}
