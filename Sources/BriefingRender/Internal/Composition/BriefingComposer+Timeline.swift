import BriefingModel

/// The timeline section: a chart of coverage over time with the key events marked, then a table
/// of the key dates (date, event, sources) in time order. Undated sources get their events in
/// the order the coverage tells them instead, with no dates at all.
///
/// Why only the best entries: the analysis ranks many days (the JSON keeps them for scoring and
/// reuse); a reader needs the few that matter, so the chart marks `chartEvents` and the table
/// lists `tableRows`, both chosen by weight and shown in date order. The `tableMonths` months the
/// coverage names as a whole are rows of the table and brackets across their days on the chart.
extension BriefingComposer {
    static let chartEvents = 8
    /// Rows of the key-dates table (fewer in a brief briefing).
    var tableRows: Int { budget.timelineRows }
    /// Month-level rows added to the table: periods the coverage names as a whole.
    static let tableMonths = 3

    func timeline(_ b: Briefing) -> [any Flowable] {
        var flow: [any Flowable] = [heading1("Timeline")]
        var perDay: [Day: Int] = [:]
        for article in b.articles { if let d = article.date { perDay[d, default: 0] += 1 } }
        let noteText = b.timelineNote ?? "The sources carry no dates, so no timeline can be drawn."
        let days = b.timeline.filter { $0.unit == .day }
        let months = b.timeline.filter { $0.unit == .month }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.date < $1.date }.prefix(Self.tableMonths)
        // Brackets only for months that meet the weeks of the coverage: a month recalled from
        // years before is a row of the table, and would stretch the axis to a sliver.
        let published = (perDay.keys.min(), perDay.keys.max())
        let monthSpans = months.filter { month in
            guard let first = published.0, let last = published.1 else { return true }
            return month.date <= last.adding(days: 31) && month.date.adding(days: 31) >= first.adding(days: -31)
        }.map { TimelineChart.Month(containing: $0.date, label: $0.label) }
        // One or two days of timed articles are drawn by the hour (`BriefingComposer+Hours`).
        let hours = PublicationHours(b.articles)
        guard !days.isEmpty else {
            // Never invent dates: with undated sources, show what is known (the order the
            // coverage tells its events in); with dated ones, the coverage over time.
            if perDay.isEmpty, !b.articles.isEmpty {
                return flow + coverageOrder(b, note: noteText)
            }
            if let hours {
                flow += hourTimeline(hours, keyDays: [])
            } else {
                flow.append(ChartBox(TimelineChart(events: [], months: monthSpans, articlesPerDay: perDay,
                                                   note: noteText, style: style, text: text)))
            }
            if !perDay.isEmpty { flow.append(note(noteText)) }
            return flow
        }
        let byWeight = days.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.date < $1.date }
        // The chart covers the weeks of the coverage: a day recalled from long before (a
        // birth, an old war) stays in the table but would squash the axis to a sliver.
        let dated = b.articles.compactMap(\.date)
        let first = dated.min(), last = dated.max()
        let key = byWeight.filter { entry in
            guard let first, let last else { return true }
            return entry.date >= first.adding(days: -31) && entry.date <= last.adding(days: 31)
        }.prefix(Self.chartEvents)
        if let hours {
            flow += hourTimeline(hours, keyDays: byWeight)
        } else {
            let chart = TimelineChart(events: key.map { .init(day: $0.date, label: $0.label) }, months: monthSpans,
                                      articlesPerDay: perDay, note: noteText, style: style, text: text)
            flow.append(ChartBox(chart))
        }
        if let note = b.timelineNote { flow.append(self.note(note)) }
        let chosen = (Array(byWeight.prefix(tableRows)) + months).sorted { a, b in
            a.date != b.date ? a.date < b.date : a.unit == .month && b.unit == .day
        }
        let rows = chosen.map { entry -> [Markup] in
            var sources = Markup()
            cite(Array(entry.articles.prefix(6)), into: &sources, leadingSpace: false)
            let when = entry.unit == .month ? DayFormat.month(entry.date) + " (month)" : DayFormat.medium(entry.date)
            return [Markup(when), Markup(entry.label), sources]
        }
        flow.append(table([.init(title: "Date", weight: 1.4), .init(title: "Event", weight: 6),
                           .init(title: "Sources", weight: 1.8)], rows))
        var coda: [String] = []
        if days.count > tableRows {
            coda.append("The \(tableRows) days the coverage refers to most, of \(days.count) it names.")
        }
        if !months.isEmpty {
            coda.append("Rows marked \u{201C}(month)\u{201D} are months the coverage names as a whole, without a day.")
        }
        if !coda.isEmpty { flow.append(note(coda.joined(separator: " "))) }
        return flow
    }

    /// Undated sources: their events (stories, or articles when there are none) in the order
    /// the coverage first tells them, as a numbered chart and a table with no date column.
    private func coverageOrder(_ b: Briefing, note noteText: String) -> [any Flowable] {
        let position = Dictionary(b.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: min)
        var events: [(label: String, detail: String, articles: [String])] = b.stories
            .map { story in (story.title, story.summary.first ?? story.title, story.articles) }
            .filter { !$0.articles.isEmpty }
            .sorted { a, b in
                (a.articles.compactMap { position[$0] }.min() ?? .max) < (b.articles.compactMap { position[$0] }.min() ?? .max)
            }
        if events.isEmpty {
            events = b.articles.map { ($0.title, $0.summary.first ?? $0.title, [$0.id]) }
        }
        events = Array(events.prefix(tableRows))
        var flow: [any Flowable] = []
        let caption = "The sources carry no dates: their events in the order the coverage presents them"
        flow.append(ChartBox(TimelineSequenceChart(labels: events.prefix(Self.chartEvents).map(\.label),
                                                   caption: caption, style: style, text: text)))
        flow.append(note(noteText))
        let rows = events.enumerated().map { index, event -> [Markup] in
            var sources = Markup()
            cite(Array(event.articles.prefix(6)), into: &sources, leadingSpace: false)
            let joint = event.label.last.map { ".!?:".contains($0) } == true ? " " : ": "
            let detail = event.detail == event.label ? event.label : event.label + joint + event.detail
            return [Markup("\(index + 1)"), Markup(detail), sources]
        }
        flow.append(table([.init(title: "Order", weight: 1), .init(title: "Event (as the coverage tells it)", weight: 6.4),
                           .init(title: "Sources", weight: 1.8)], rows))
        return flow
    }
}
