/// A growable run of bytes written through a pointer.
///
/// Appending to an `Array` checks that the storage is uniquely referenced on every call; JSON
/// is written a few bytes at a time, so that check would cost more than the copying itself.
final class ByteBuffer {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Number of bytes written.
    private(set) var count = 0

    /// Creates an empty buffer with room for `capacity` bytes.
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The bytes written, as an array.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// Forgets the bytes written, keeping the room they took.
    func removeAll() {
        count = 0
    }

    /// Appends one byte.
    func append(_ byte: UInt8) {
        if count == capacity { grow(toAtLeast: count + 1) }
        storage[count] = byte
        count += 1
    }

    /// Appends the bytes of `source`.
    func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress, !source.isEmpty else { return }
        if count + source.count > capacity { grow(toAtLeast: count + source.count) }
        (storage + count).initialize(from: base, count: source.count)
        count += source.count
    }

    /// Appends the UTF-8 of a literal.
    func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Appends `name` in quotes and a colon, the key of a JSON object, with one capacity check.
    func appendKey(_ name: StaticString) {
        name.withUTF8Buffer { utf8 in
            if count + utf8.count + 3 > capacity { grow(toAtLeast: count + utf8.count + 3) }
            storage[count] = UInt8(ascii: "\"")
            if let base = utf8.baseAddress { (storage + count + 1).initialize(from: base, count: utf8.count) }
            storage[count + utf8.count + 1] = UInt8(ascii: "\"")
            storage[count + utf8.count + 2] = UInt8(ascii: ":")
            count += utf8.count + 3
        }
    }

    /// Appends the decimal digits of `value`, with one capacity check.
    func appendDigits(of value: UInt) {
        let digits = DecimalDigits.count(of: UInt64(value))
        if count + digits > capacity { grow(toAtLeast: count + digits) }
        DecimalDigits.write(
            UInt64(value), count: digits, into: UnsafeMutableBufferPointer(start: storage, count: capacity),
            at: count)
        count += digits
    }

    private func grow(toAtLeast minimum: Int) {
        let larger = max(minimum, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = moved
        capacity = larger
    }
}
