extension String {
    /// Creates a string from scalars by writing their UTF-8 straight into its storage.
    ///
    /// Extraction builds a string for every quote, metric and mention; appending scalars to a
    /// `String.UnicodeScalarView` one by one costs several times more.
    /// - Complexity: O(*n*) in the number of scalars.
    init(utf8Encoding scalars: ArraySlice<Unicode.Scalar>) {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var index = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case ..<0x80:
                    buffer[index] = UInt8(truncatingIfNeeded: value)
                    index += 1
                case ..<0x800:
                    buffer[index] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    index += 2
                case ..<0x10000:
                    buffer[index] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    index += 3
                default:
                    buffer[index] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[index + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    index += 4
                }
            }
            return index
        }
    }
}
