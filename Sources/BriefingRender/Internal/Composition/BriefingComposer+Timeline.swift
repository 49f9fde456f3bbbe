import BriefingModel

/// The timeline section: a chart of coverage over time with the key events marked, then a table
/// of the key dates (date, event, sources) in time order.
///
/// Why only the best entries: the analysis ranks many days (the JSON keeps them for scoring and
/// reuse); a reader needs the few that matter, so the chart marks `chartEvents` and the table
/// lists `tableRows`, both chosen by weight and shown in date order.
extension BriefingComposer {
    static let chartEvents = 8
    static let tableRows = 15

    func timeline(_ b: Briefing) -> [any Flowable] {
        var flow: [any Flowable] = [heading1("Timeline")]
        var perDay: [Day: Int] = [:]
        for article in b.articles { if let d = article.date { perDay[d, default: 0] += 1 } }
        let noteText = b.timelineNote ?? "The sources carry no dates, so no timeline can be drawn."
        guard !b.timeline.isEmpty else {
            // Never invent dates: say plainly why there is no timeline, and show the coverage
            // over time when the articles are dated.
            flow.append(ChartBox(TimelineChart(events: [], articlesPerDay: perDay, note: noteText,
                                               style: style, text: text)))
            if !perDay.isEmpty { flow.append(note(noteText)) }
            return flow
        }
        let byWeight = b.timeline.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.date < $1.date }
        // The chart covers the weeks of the coverage: a day recalled from long before (a
        // birth, an old war) stays in the table but would squash the axis to a sliver.
        let dated = b.articles.compactMap(\.date)
        let first = dated.min(), last = dated.max()
        let key = byWeight.filter { entry in
            guard let first, let last else { return true }
            return entry.date >= first.adding(days: -31) && entry.date <= last.adding(days: 31)
        }.prefix(Self.chartEvents)
        let chart = TimelineChart(events: key.map { .init(day: $0.date, label: $0.label) },
                                  articlesPerDay: perDay, note: noteText, style: style, text: text)
        flow.append(ChartBox(chart))
        if let note = b.timelineNote { flow.append(self.note(note)) }
        let rows = byWeight.prefix(Self.tableRows).sorted { $0.date < $1.date }.map { entry -> [Markup] in
            var sources = Markup()
            cite(Array(entry.articles.prefix(6)), into: &sources, leadingSpace: false)
            return [Markup(DayFormat.medium(entry.date)), Markup(entry.label), sources]
        }
        flow.append(table([.init(title: "Date", weight: 1.4), .init(title: "Event", weight: 6),
                           .init(title: "Sources", weight: 1.8)], rows))
        if b.timeline.count > Self.tableRows {
            flow.append(note("The \(Self.tableRows) days the coverage refers to most, of \(b.timeline.count) it names."))
        }
        return flow
    }
}
