import Glibc

/// The bottom of every output path: bytes written whole to a file descriptor, however the
/// kernel splits the writes.
enum DescriptorWriter {
    /// Writes every byte of `bytes` to `descriptor`.
    /// - Returns: 0, or the `errno` of the write that failed.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }
}
