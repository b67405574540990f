import ArgumentParser
import Foundation
import PlanIngest

extension CalendarDay: ExpressibleByArgument {
    /// Reads `YYYY-MM-DD`; anything else is rejected by the parser with the flag's name.
    public init?(argument: String) {
        self.init(iso: argument)
    }

    public static var defaultCompletionKind: CompletionKind { .default }

    /// Today in the local time zone: the default `--as-of`.
    static var today: CalendarDay {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? .endOfYear(1970)
    }
}
