extension Array where Element == UInt8 {
    /// Appends the decimal digits of `number` as UTF-8, left-padded with zeros to
    /// `minimumCount`: `7` → `7`, or `07` with a minimum count of 2.
    ///
    /// Reports write millions of numbers: the digits are worked out on the stack, then appended
    /// one by one, which costs less than any generic copy of a few bytes.
    package mutating func appendDecimalDigits(of number: UInt64, minimumCount: Int = 1) {
        let count = Swift.max(DecimalDigits.count(of: number), minimumCount)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { digits in
            DecimalDigits.write(number, count: count, into: digits, at: 0)
            append(contentsOf: UnsafeBufferPointer(digits))
        }
    }
}
