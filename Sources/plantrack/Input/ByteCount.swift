import ArgumentParser

/// A size in bytes, written on the command line as `50MB`, `200M`, `1.5G`, `64KB` or `1000`.
struct ByteCount: Sendable, Hashable, Comparable, ExpressibleByArgument, CustomStringConvertible {
    /// The number of bytes.
    var bytes: Int

    /// Creates a size of `bytes` bytes.
    init(bytes: Int) {
        self.bytes = bytes
    }

    /// Parses `50MB`, `50M`, `50mb`, `1.5GB`, `512K`, `1000B` or `1000` (powers of 1024).
    init?(argument: String) {
        let trimmed = argument.strippingSpaces().uppercased()
        let digits = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        var suffix = trimmed.dropFirst(digits.count)
        if suffix.hasSuffix("IB") {
            suffix = suffix.dropLast(2)
        } else if suffix.hasSuffix("B") {
            suffix = suffix.dropLast()
        }
        let scale: Double
        switch suffix {
        case "": scale = 1
        case "K": scale = 1024
        case "M": scale = 1024 * 1024
        case "G": scale = 1024 * 1024 * 1024
        default: return nil
        }
        guard let number = Double(digits), number >= 0, number * scale < Double(Int.max / 2) else {
            return nil
        }
        self.bytes = Int(number * scale)
    }

    /// The size in the largest unit that keeps it readable: `50 MB`, `1.5 GB`, `900 bytes`.
    var description: String {
        let units: [(String, Double)] = [("GB", 1024 * 1024 * 1024), ("MB", 1024 * 1024), ("KB", 1024)]
        for (name, size) in units where Double(bytes) >= size {
            let value = Double(bytes) / size
            let rounded = (value * 10).rounded() / 10
            let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
            return "\(text) \(name)"
        }
        return "\(bytes) bytes"
    }

    static func < (lhs: ByteCount, rhs: ByteCount) -> Bool { lhs.bytes < rhs.bytes }
}

extension String {
    /// The string without leading and trailing spaces.
    fileprivate func strippingSpaces() -> String {
        var result = Substring(self)
        while result.first == " " { result.removeFirst() }
        while result.last == " " { result.removeLast() }
        return String(result)
    }
}
