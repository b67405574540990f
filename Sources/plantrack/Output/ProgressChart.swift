import PlanIngest
import PlanStore

/// A small inline SVG of one target: its logged figures, the target line and the linear path
/// from the start of its window to the target at the deadline.
///
/// Increment targets plot the running sum of their figures (what counts against the target);
/// level targets plot each figure as logged. Days are the x axis, so quarters and years sit
/// where they fall.
struct ProgressChart {
    var width = 240.0
    var height = 72.0
    private let margin = 6.0

    /// The chart as an `<svg>` element, or `nil` when there is nothing to draw a time axis for
    /// (no deadline, no window and no figures).
    func svg(for status: TargetStatus, figures: [ProgressRecord]) -> String? {
        let target = status.target.target
        let isCumulative = target.isIncrement
        let inWindow = figures.filter { record in
            (status.windowStart.map { record.period.end >= $0 } ?? true)
                && (status.deadline.map { record.period.start <= $0 } ?? true)
        }.sorted { $0.period.end < $1.period.end }

        var points: [(day: Int, value: Double)] = []
        var running = 0.0
        for record in inWindow {
            running = isCumulative ? running + record.value : record.value
            points.append((record.period.end.dayNumber, running))
        }
        let start = status.windowStart?.dayNumber ?? inWindow.first?.period.start.dayNumber
        let end = status.deadline?.dayNumber ?? inWindow.last?.period.end.dayNumber
        guard let start, let end else { return nil }
        let firstDay = min(start, points.first?.day ?? start)
        let lastDay = max(end, points.last?.day ?? end, firstDay + 1)

        let goal = target.valueMax ?? target.value
        let baseline = isCumulative ? 0 : (points.first?.value ?? 0)
        let values = points.map(\.value) + [target.value, goal, baseline]
        let highest = values.max() ?? goal
        let lowest = values.min() ?? 0
        let top: Double
        let bottom: Double
        if isCumulative || points.isEmpty {
            // Sums start from zero: show the whole way up.
            bottom = min(0, lowest)
            top = highest * 1.1
        } else {
            // Levels move little against their size (3.41% against 3.55%): show the band they move in.
            let padding = highest > lowest ? (highest - lowest) * 0.3 : max(abs(highest) * 0.05, 1)
            bottom = lowest >= 0 ? max(0, lowest - padding) : lowest - padding
            top = highest + padding
        }
        let span = max(top - bottom, 1e-9)

        func x(_ day: Int) -> Double {
            margin + (width - 2 * margin) * Double(day - firstDay) / Double(lastDay - firstDay)
        }
        func y(_ value: Double) -> Double {
            height - margin - (height - 2 * margin) * (value - bottom) / span
        }
        func number(_ value: Double) -> String { NumberText.plain(value) }

        var parts: [String] = []
        let label = "\(target.metric): target \(NumberText.target(target))"
        parts.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(number(width))\" height=\"\(number(height))\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-label=\"\(HTML.escape(label))\">"
        )
        parts.append("<title>\(HTML.escape(label))</title>")
        // Axis at zero, when zero is on the chart.
        if bottom <= 0 {
            parts.append(
                "<line class=\"axis\" x1=\"\(number(margin))\" y1=\"\(number(y(0)))\" x2=\"\(number(width - margin))\" y2=\"\(number(y(0)))\"/>"
            )
        }
        // Target line.
        parts.append(
            "<line class=\"goal\" x1=\"\(number(margin))\" y1=\"\(number(y(target.value)))\" x2=\"\(number(width - margin))\" y2=\"\(number(y(target.value)))\"/>"
        )
        // Linear path from the baseline at the window start to the target at the deadline.
        if let deadline = status.deadline?.dayNumber {
            parts.append(
                "<line class=\"path\" x1=\"\(number(x(start)))\" y1=\"\(number(y(baseline)))\" x2=\"\(number(x(deadline)))\" y2=\"\(number(y(target.value)))\"/>"
            )
        }
        if !points.isEmpty {
            let line = points.map { "\(number(x($0.day))),\(number(y($0.value)))" }.joined(separator: " ")
            parts.append("<polyline class=\"figures\" points=\"\(line)\"/>")
            for point in points {
                parts.append(
                    "<circle class=\"figure\" cx=\"\(number(x(point.day)))\" cy=\"\(number(y(point.value)))\" r=\"2.5\"><title>\(HTML.escape(NumberText.quantity(point.value, unit: target.unit)))</title></circle>"
                )
            }
        }
        parts.append("</svg>")
        return parts.joined()
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
