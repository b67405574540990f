import PlanIngest

/// The figures that count for one target (or instance) at a date, as summed up by SQL.
struct FigureSummary: Sendable, Hashable {
    /// How many figures count.
    var count: Int = 0
    /// Their sum.
    var total: Double?
    /// The largest.
    var maximum: Double?
    /// The one with the latest period.
    var latest: Double?
    /// The latest period.
    var lastPeriod: Period?
    /// The one with the earliest period: the baseline of a level target.
    var first: Double?
    /// The earliest period.
    var firstPeriod: Period?
}

/// The rules that turn a target's counted figures into a status at a date.
///
/// - Achieved: the sum of the figures for increments (and recurring instances), the latest
///   figure for levels.
/// - Met: `>=` and `=` as soon as achieved ≥ value; `<=`, `~` (within 5%) and `range` when
///   satisfied on or after the deadline.
/// - Breached: a cap (`<=`) exceeded: by the sum of an increment, by any figure of a subsidy or
///   parameter, or by any figure of a level that started within the cap. A level that starts
///   above its `<=` value is a reduction target and is judged on pace instead. A level starts
///   at the baseline given or stated by its plan (an indicator table's 基期值, at the end of its
///   year), else at its first figure.
/// - Overdue: past the deadline (from the day after it) and not met.
/// - Pace, before the deadline: progress made / progress expected on the straight line from
///   the baseline (0 for increments at the window start; for levels the baseline when known,
///   else the first figure at the window start) to the value at the deadline; ≥ 0.95 on
///   track, ≥ 0.60 at risk, below that off track. Growth targets (`年均增长10%`) log rates,
///   so their pace is the latest rate / the promised rate.
/// - No trend: before the deadline, a level not yet satisfied with no baseline and a single
///   figure; its pace is unknown, not zero.
enum StatusRule {
    /// Relative tolerance for comparing quantities that went through floating point.
    static let tolerance = 1e-9
    /// How close `~` must come to the value.
    static let approximateMargin = 0.05
    /// Pace ratios from which a target is on track / at risk.
    static let onTrackPace = 0.95
    static let atRiskPace = 0.60

    /// A level target's starting point: its value on a day (`在2022年基础上`: the 2022 figure
    /// at the end of 2022).
    struct Baseline: Sendable, Hashable {
        var value: Double
        var day: CalendarDay
    }

    struct Verdict: Sendable, Hashable {
        var state: TargetState
        var achieved: Double?
        var gap: Double?
        var percentAchieved: Double?
        var daysOverdue: Int?
        var paceRatio: Double?
    }

    /// Judges a target whose counted figures are `figures` at `asOf`.
    /// - Parameters:
    ///   - target: The target's value, comparator and kind.
    ///   - isSum: Whether achieved is the sum of the figures (increments, recurring instances)
    ///     rather than the latest one.
    ///   - windowStart: Where the linear path starts (the plan start or the instance year's).
    ///   - deadline: The deadline of the target or instance.
    ///   - baseline: Where a level target started, when known; without it a level's path
    ///     starts at its first figure, and a level with a single figure has no trend.
    static func verdict(
        for target: Target, isSum: Bool, windowStart: CalendarDay?, deadline: CalendarDay?,
        asOf: CalendarDay, figures: FigureSummary, baseline: Baseline? = nil
    ) -> Verdict {
        let daysPast = deadline.map { $0.days(to: asOf) }
        // Where a level starts: the baseline given, else the one its plan states.
        let start =
            isSum
            ? nil
            : baseline
                ?? target.baseline.flatMap { stated in
                    (stated.year.map(CalendarDay.endOfYear) ?? windowStart).map { Baseline(value: stated.value, day: $0) }
                }
        let lateDays = daysPast.flatMap { $0 > 0 ? $0 : nil }
        guard figures.count > 0, let achievedValue = isSum ? figures.total : figures.latest else {
            return Verdict(
                state: deadline == nil ? .notAssessable : .noData, daysOverdue: lateDays)
        }
        var verdict = Verdict(
            state: .noData, achieved: achievedValue, gap: gap(of: target, achieved: achievedValue),
            percentAchieved: target.value == 0 ? nil : achievedValue / target.value * 100)
        let satisfied = isSatisfied(target, by: achievedValue)

        if target.comparator == .atMost {
            let isCap =
                isSum || target.kind == .subsidy || target.kind == .parameter
                || exceeds(start?.value ?? figures.first ?? achievedValue, target.value) == false
            let worst = isSum ? achievedValue : (figures.maximum ?? achievedValue)
            if isCap && exceeds(worst, target.value) {
                verdict.state = .breached
                verdict.daysOverdue = lateDays
                return verdict
            }
        }
        if satisfied, target.comparator == .atLeast || target.comparator == .exactly {
            verdict.state = .met
            return verdict
        }
        guard let deadline else {
            verdict.state = .notAssessable
            return verdict
        }
        if asOf >= deadline && satisfied {
            verdict.state = .met
            return verdict
        }
        if asOf > deadline {
            verdict.state = .overdue
            verdict.daysOverdue = lateDays
            return verdict
        }
        if satisfied {
            verdict.state = .onTrack
            return verdict
        }
        // A growth rate (年均增长10%) is not a quantity that accumulates towards the deadline:
        // its figures are rates, so the pace is the rate reached against the rate promised.
        if target.kind == .growth && !isSum && target.value > 0 {
            let pace = achievedValue / target.value
            verdict.paceRatio = pace
            verdict.state = pace >= onTrackPace ? .onTrack : pace >= atRiskPace ? .atRisk : .offTrack
            return verdict
        }
        // Pace on the straight line from the baseline to the value at the deadline. A single
        // reading of a level, with no baseline, says where the level is but not where it is
        // going: taking it as its own baseline would make every such target "off track".
        let baselineValue: Double
        let pathStart: CalendarDay?
        if isSum {
            (baselineValue, pathStart) = (0, windowStart ?? figures.firstPeriod?.start)
        } else if let start {
            (baselineValue, pathStart) = (start.value, start.day)
        } else if figures.count >= 2, let first = figures.first {
            (baselineValue, pathStart) = (first, windowStart ?? figures.firstPeriod?.end)
        } else {
            verdict.state = .noTrend
            return verdict
        }
        guard let pathStart else {
            verdict.state = .onTrack
            return verdict
        }
        let span = pathStart.days(to: deadline)
        let elapsed = pathStart.days(to: asOf)
        let expected =
            (target.value - baselineValue) * (span <= 0 ? 1 : min(1, Double(max(0, elapsed)) / Double(span)))
        guard abs(expected) > tolerance * max(1, abs(target.value)) else {
            verdict.state = .onTrack
            return verdict
        }
        let pace = (achievedValue - baselineValue) / expected
        verdict.paceRatio = pace
        verdict.state = pace >= onTrackPace ? .onTrack : pace >= atRiskPace ? .atRisk : .offTrack
        return verdict
    }

    /// Whether `achieved` satisfies the target's comparator.
    static func isSatisfied(_ target: Target, by achieved: Double) -> Bool {
        switch target.comparator {
        case .atLeast, .exactly:
            return !exceeds(target.value, achieved)
        case .atMost:
            return !exceeds(achieved, target.value)
        case .approximately:
            return abs(achieved - target.value)
                <= approximateMargin * abs(target.value) + slack(target.value)
        case .range:
            return !exceeds(target.value, achieved) && !exceeds(achieved, target.valueMax ?? target.value)
        }
    }

    /// What is still missing to satisfy the comparator, in the target's unit; 0 when satisfied.
    static func gap(of target: Target, achieved: Double) -> Double {
        if isSatisfied(target, by: achieved) { return 0 }
        switch target.comparator {
        case .atLeast, .exactly: return target.value - achieved
        case .atMost: return achieved - target.value
        case .approximately: return abs(target.value - achieved)
        case .range:
            return achieved < target.value
                ? target.value - achieved : achieved - (target.valueMax ?? target.value)
        }
    }

    /// Whether `a` is above `b` by more than rounding noise.
    static func exceeds(_ a: Double, _ b: Double) -> Bool {
        a - b > slack(b)
    }

    private static func slack(_ value: Double) -> Double {
        tolerance * max(1, abs(value))
    }
}
