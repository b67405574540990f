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
