import PlanIngest

extension CalendarDay {
    /// Days since 0000-03-01 in the proleptic Gregorian calendar: differences give day counts.
    var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }

    /// Number of days from `self` to `other` (negative when `other` is earlier).
    func days(to other: CalendarDay) -> Int { other.dayNumber - dayNumber }

    /// The first day of `year`.
    static func startOfYear(_ year: Int) -> CalendarDay {
        // January 1 exists in every year.
        CalendarDay(year: year, month: 1, day: 1) ?? .endOfYear(year - 1)
    }
}

extension CalendarDay {
    /// Parses a `YYYY-MM-DD` column value as the store writes it, reading its bytes directly:
    /// reports parse millions of these.
    static func stored(_ text: String) -> CalendarDay? {
        var text = text
        return text.withUTF8(stored(utf8:))
    }

    /// The day whose stored text, `YYYY-MM-DD`, is these UTF-8 bytes, as ``stored(_:)``.
    static func stored(utf8 bytes: UnsafeBufferPointer<UInt8>) -> CalendarDay? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return nil
        }
        return CalendarDay(year: year, month: month, day: day)
    }
}

extension CalendarDay {
    /// The day written as the integer YYYYMMDD (20240630), as `progressYear` stores days.
    init?(compact: Int) {
        self.init(year: compact / 10_000, month: compact / 100 % 100, day: compact % 100)
    }
}
