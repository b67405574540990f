import Foundation
import PlanIngest

/// The current time as the database stores it.
enum Clock {
    /// Now in ISO 8601, UTC, with milliseconds so that replacements made in one second still
    /// order: `2024-07-01T08:30:00.123Z`.
    static func timestamp(_ date: Date = Date()) -> String {
        date.formatted(
            .iso8601.year().month().day().timeZone(separator: .omitted)
                .time(includingFractionalSeconds: true))
    }

    /// Today's date where the user is (a quarter starts at midnight local time, not UTC).
    static func today(_ date: Date = Date()) -> CalendarDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? .endOfYear(1970)
    }
}
