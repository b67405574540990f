import Foundation

/// A stored moment (`2026-12-04T21:48:05.330Z`, UTC, as the database and the JSON keep it) as
/// people read it in a table: `2026-12-04 21:48`, in the machine's time zone (`TZ`).
enum TimestampText {
    /// The moment in local time to the minute, or the text unchanged when it is no ISO 8601 moment.
    static func local(_ stored: String) -> String {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = parser.date(from: stored) ?? ISO8601DateFormatter().date(from: stored) else {
            return stored
        }
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day, let hour = parts.hour,
            let minute = parts.minute
        else { return stored }
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
        return "\(year)-\(two(month))-\(two(day)) \(two(hour)):\(two(minute))"
    }
}
