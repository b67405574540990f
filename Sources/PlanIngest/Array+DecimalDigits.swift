extension Array where Element == UInt8 {
    /// Appends the decimal digits of `number` as UTF-8, left-padded with zeros to
    /// `minimumCount`: `7` → `7`, or `07` with a minimum count of 2.
    ///
    /// Reports write millions of numbers: the digits are worked out on the stack, then appended
    /// one by one, which costs less than any generic copy of a few bytes.
    public mutating func appendDecimalDigits(of number: UInt64, minimumCount: Int = 1) {
        // Written last digit first into a buffer on the stack, then appended in order: 20 digits
        // hold any UInt64.
        let capacity = 20
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { digits in
            var start = capacity
            var rest = number
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            for _ in stride(from: capacity - start, to: minimumCount, by: 1) { append(UInt8(ascii: "0")) }
            for index in start..<capacity { append(digits[index]) }
        }
    }
}
