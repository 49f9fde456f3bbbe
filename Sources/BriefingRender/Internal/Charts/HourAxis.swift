import BriefingModel

/// An axis in hours over one or two days: ticks every 1, 2, 3, 6 or 12 hours, each a divisor of
/// a day, so every midnight is a tick and names its day ("6 Dec"); the first tick names the day
/// too ("5 Dec 06:00"), the rest read "09:00". The axis begins and ends on a tick, around the
/// hours that hold articles.
///
/// Why the step is chosen by the chart, not here: whether labels fit depends on their measured
/// widths, so the chart tries `steps` from the finest and keeps the first whose labels stay
/// apart (`HourTimelineChart.axis(width:)`). Hours are counted from the first day's midnight, so
/// an hour is always on the day its article gave, whatever the zone.
struct HourAxis: Equatable {
    static let steps = [1, 2, 3, 6, 12]
    /// The axis is never shorter than this many hours, so a burst within one hour is not a
    /// single bar across the whole chart.
    static let minimumHours = 6

    struct Tick: Equatable {
        /// Hours after the first day's midnight.
        let hour: Int
        let label: String
    }

    let firstDay: Day
    let step: Int
    /// Where the axis begins and ends, in hours after `firstDay`'s midnight; both are ticks.
    let start: Int
    let end: Int

    /// An axis that covers the hour slots `firstHour...lastHour` (the last one to its end), kept
    /// within the `days` days from `firstDay`'s midnight.
    init(firstDay: Day, days: Int, firstHour: Int, lastHour: Int, step: Int) {
        self.firstDay = firstDay
        self.step = step
        let limit = days * 24
        var start = firstHour / step * step
        var end = min((lastHour + step) / step * step, limit)
        let least = min(max(Self.minimumHours, step), limit)
        while end - start < least {
            if start > 0 { start -= step }
            if end - start < least, end < limit { end += step }
        }
        self.start = start
        self.end = end
    }

    var ticks: [Tick] {
        stride(from: start, through: end, by: step).map { hour in
            Tick(hour: hour, label: Self.label(hour, firstDay: firstDay, isFirst: hour == start, isLast: hour == end))
        }
    }

    /// "5 Dec" at midnight, "5 Dec 06:00" at the first tick, "24:00" at a last tick on
    /// midnight (the end of the day before, not the start of one the axis does not show),
    /// "09:00" elsewhere.
    static func label(_ hour: Int, firstDay: Day, isFirst: Bool, isLast: Bool) -> String {
        let clock = hour % 24
        let day = DayFormat.short(firstDay.adding(days: hour / 24))
        if clock == 0 { return isLast && !isFirst ? "24:00" : day }
        let time = (clock < 10 ? "0" : "") + "\(clock):00"
        return isFirst ? day + " " + time : time
    }
}
