import BriefingModel

/// The timeline chart by the hour, for a briefing of one or two days' news whose articles mostly
/// give their publication time (`PublicationHours`): the hour chart, then a note saying what the
/// hours are and what the chart leaves out.
///
/// Why a note: the hours are as each source wrote them, in its own zone, and are never converted
/// (converting could move an article to another day); articles that give only a day, and key days
/// before or after the hours shown, are not on the chart. The reader is told rather than left to
/// guess. The table of key dates below is the same as with the day chart.
extension TimelineSection {
    /// `keyDays`: the timeline's days, heaviest first, as the table chooses from them.
    func hourTimeline(_ hours: PublicationHours, keyDays: [TimelineEntry], in context: CompositionContext) -> [any Flowable] {
        let onAxis = keyDays.filter { $0.date >= hours.firstDay && $0.date <= hours.lastDay }
        let chart = HourTimelineChart(hours: hours,
                                      keyDays: onAxis.prefix(Self.chartEvents).map { .init(day: $0.date, label: $0.label) },
                                      style: context.style, text: context.text)
        var lines = ["Hours are as the sources give them, each in its own time zone."]
        if hours.untimed > 0 {
            let dated = hours.untimed + hours.timed
            lines.append("\(hours.untimed) of the \(dated) dated articles give no time and are not in the bars.")
        }
        if keyDays.prefix(context.budget.timelineRows).contains(where: { $0.date < hours.firstDay || $0.date > hours.lastDay }) {
            lines.append("Key days before or after these hours are in the table.")
        }
        return [ChartBox(chart), context.note(lines.joined(separator: " "))]
    }
}
