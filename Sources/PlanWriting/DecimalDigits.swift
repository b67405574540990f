/// The decimal digits of unsigned numbers, written last digit first straight into memory: the
/// one digit writer behind the JSON contract, report cells and dates.
package enum DecimalDigits {
    /// How many digits `value` has: 1 for 0.
    package static func count(of value: UInt64) -> Int {
        var count = 1
        var rest = value / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        return count
    }

    /// Writes the lowest `count` digits of `value`, left-padded with zeros, to `bytes` from
    /// `start` on.
    package static func write(
        _ value: UInt64, count: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) {
        var rest = value
        for index in stride(from: start + count - 1, through: start, by: -1) {
            bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }
}
