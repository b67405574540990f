import PlanIngest
import PlanStore

/// A small inline SVG of one target as of the report's day: its logged figures up to that day,
/// the target line, the linear path from the start of its window to the target at the
/// deadline, axes with their values and dates, and the deadline marked.
///
/// Increment targets plot the running sum of their figures (what counts against the target);
/// level targets plot each figure as logged. Days are the x axis, so quarters and years sit
/// where they fall. The metric heads the chart as the plan writes it.
struct ProgressChart {
    var width = 320.0
    var height = 124.0
    /// Room left of the plot for the values of the y axis.
    private let left = 58.0
    private let right = 10.0
    /// Room above the plot for the metric.
    private let top = 18.0
    /// Room under the plot for the dates of the x axis.
    private let bottomMargin = 16.0

    /// The chart as an `<svg>` element, or `nil` when it would show no figure: no figure was
    /// logged up to `asOf` (the table already says "no data"), or there is no time axis to draw
    /// (no deadline and no window), or the target is a change from a base year, whose logged
    /// levels and promised change share no axis.
    ///
    /// - Parameters:
    ///   - status: The target's status on `asOf`.
    ///   - figures: The target's current figures; those of periods ending after `asOf` are left
    ///     out, as the status leaves them out.
    ///   - asOf: The day of the report.
    func svg(for status: TargetStatus, figures: [ProgressRecord], asOf: CalendarDay) -> String? {
        let target = status.target.statement
        guard target.baseYear == nil else { return nil }
        let isCumulative = target.isIncrement
        let inWindow = figures.filter { record in
            record.period.end <= asOf
                && (status.windowStart.map { record.period.end >= $0 } ?? true)
                && (status.deadline.map { record.period.start <= $0 } ?? true)
        }.sorted { $0.period.end < $1.period.end }

        var points: [(day: Int, value: Double)] = []
        var running = 0.0
        for record in inWindow {
            running = isCumulative ? running + record.value : record.value
            points.append((record.period.end.dayNumber, running))
        }
        guard !inWindow.isEmpty else { return nil }
        let startDay = status.windowStart ?? inWindow.first?.period.start
        let end = status.deadline?.dayNumber ?? inWindow.last?.period.end.dayNumber
        guard let startDay, let end else { return nil }
        // Figures end inside the window, so none lies before its start.
        let start = startDay.dayNumber
        let firstDay = min(start, points.first?.day ?? start)
        let lastDay = max(end, points.last?.day ?? end, firstDay + 1)

        // A fall (下降3%) is logged with its sign (-2.1): its line stands below zero too.
        let sign = target.isReduction ? -1.0 : 1.0
        let targetValue = sign * target.value
        let goal = sign * (target.valueMax ?? target.value)
        // Where the path starts: zero for sums; for levels the baseline the plan states or the
        // office set, else the first figure, as the status rule takes it.
        let baseline = isCumulative ? 0 : (target.baseline?.value ?? points.first?.value ?? 0)
        let values = points.map(\.value) + [targetValue, goal, baseline]
        let highest = values.max() ?? goal
        let lowest = values.min() ?? 0
        let rawTopValue: Double
        let rawBottomValue: Double
        if isCumulative || points.isEmpty {
            // Sums start from zero: show the whole way up.
            rawBottomValue = min(0, lowest)
            rawTopValue = highest * 1.1
        } else {
            // Levels move little against their size (3.41% against 3.55%): show the band they move in.
            let padding = highest > lowest ? (highest - lowest) * 0.3 : max(abs(highest) * 0.05, 1)
            rawBottomValue = lowest >= 0 ? max(0, lowest - padding) : lowest - padding
            rawTopValue = highest + padding
        }
        let (bottomValue, topValue) = Self.roundedBounds(rawBottomValue, rawTopValue)
        let span = max(topValue - bottomValue, 1e-9)
        let plotBottom = height - bottomMargin

        func x(_ day: Int) -> Double {
            left + (width - left - right) * Double(day - firstDay) / Double(lastDay - firstDay)
        }
        func y(_ value: Double) -> Double {
            plotBottom - (plotBottom - top) * (value - bottomValue) / span
        }
        func number(_ value: Double) -> String { NumberText.plain((value * 10).rounded() / 10) }
        func amount(_ value: Double) -> String { HTML.escape(NumberText.quantity(value, unit: target.unit)) }
        func line(
            _ cssClass: String, _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, title: String? = nil
        ) -> String {
            let end = title.map { "><title>\(HTML.escape($0))</title></line>" } ?? "/>"
            return
                "<line class=\"\(cssClass)\" x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\"\(end)"
        }
        func text(_ cssClass: String, _ x: Double, _ y: Double, anchor: String, _ content: String) -> String {
            "<text class=\"\(cssClass)\" x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\">\(content)</text>"
        }

        let metric = TargetText.metric(target, instanceYear: status.instanceYear)
        let label = "\(metric): target \(NumberText.target(target))"
        var parts: [String] = []
        parts.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(number(width))\" height=\"\(number(height))\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-label=\"\(HTML.escape(label))\">"
        )
        parts.append("<title>\(HTML.escape(label))</title>")
        parts.append(text("metric", 0, 12, anchor: "start", HTML.escape(metric)))
        // Axes, with the values at the bottom and the top, the dates at the start and the end.
        parts.append(line("axis", left, top, left, plotBottom))
        parts.append(line("axis", left, plotBottom, width - right, plotBottom))
        parts.append(text("tick", left - 3, plotBottom, anchor: "end", amount(bottomValue)))
        parts.append(text("tick", left - 3, top + 8, anchor: "end", amount(topValue)))
        parts.append(text("tick", left, height - 3, anchor: "start", startDay.iso))
        // The deadline, marked and dated.
        if let deadline = status.deadline {
            let deadlineX = x(deadline.dayNumber)
            parts.append(line("deadline", deadlineX, top, deadlineX, plotBottom))
            parts.append(text("tick deadline-date", deadlineX, height - 3, anchor: "end", deadline.iso))
        }
        // The report's day, when it falls on the chart.
        if (firstDay...lastDay).contains(asOf.dayNumber) {
            let asOfX = x(asOf.dayNumber)
            parts.append(line("as-of", asOfX, top, asOfX, plotBottom, title: "as of \(asOf.iso)"))
        }
        // The target line and its value, at the start: the latest figure is written at the end.
        parts.append(line("goal", left, y(targetValue), width - right, y(targetValue)))
        parts.append(
            text(
                "goal-value", left + 3, y(targetValue) - 3, anchor: "start",
                HTML.escape(NumberText.target(target))))
        // Linear path from the baseline at the window start to the target at the deadline.
        if let deadline = status.deadline?.dayNumber {
            parts.append(line("path", x(start), y(baseline), x(deadline), y(targetValue)))
        }
        if let last = points.last {
            let polyline = points.map { "\(number(x($0.day))),\(number(y($0.value)))" }.joined(separator: " ")
            parts.append("<polyline class=\"figures\" points=\"\(polyline)\"/>")
            for point in points {
                parts.append(
                    "<circle class=\"figure\" cx=\"\(number(x(point.day)))\" cy=\"\(number(y(point.value)))\" r=\"2.5\"><title>\(amount(point.value))</title></circle>"
                )
            }
            let anchor = x(last.day) > width - right - 40 ? "end" : "middle"
            parts.append(
                text("figure-value", x(last.day), y(last.value) - 5, anchor: anchor, amount(last.value)))
        }
        parts.append("</svg>")
        return parts.joined()
    }

    /// The bounds of the y axis widened to round values, so that its labels read 0 and 120家,
    /// not 0 and 113.3家: multiples of a step of 1, 2 or 5 times a power of ten, at least a
    /// tenth of the span.
    static func roundedBounds(_ bottom: Double, _ top: Double) -> (bottom: Double, top: Double) {
        let span = top - bottom
        guard span > 0, span.isFinite else { return (bottom, top) }
        var power = 1.0
        while power * 10 <= span / 10 { power *= 10 }
        while power > span / 10 { power /= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= span / 10 } ?? power * 10
        return ((bottom / step).rounded(.down) * step, (top / step).rounded(.up) * step)
    }
}

extension CalendarDay {
    /// Days since 1970-01-01, for placing days on an axis.
    var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
