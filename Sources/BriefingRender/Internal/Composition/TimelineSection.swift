import BriefingModel

/// The timeline section: a chart of coverage over time with the key events marked, then a table
/// of the key dates (date, event, sources) in time order. Undated sources get their events in
/// the order the coverage tells them instead, with no dates at all (`TimelineSection+Undated`);
/// one or two days of timed articles are drawn by the hour (`TimelineSection+Hours`).
///
/// Why only the best entries: the analysis ranks many days (the JSON keeps them for scoring and
/// reuse); a reader needs the few that matter, so the chart marks `chartEvents` and the table
/// lists the budget's rows, both chosen by weight and shown in date order. The `tableMonths`
/// months the coverage names as a whole are rows of the table and brackets across their days on
/// the chart.
struct TimelineSection: BriefingSection {
    static let chartEvents = 8
    /// Month-level rows added to the table: periods the coverage names as a whole.
    static let tableMonths = 3

    func flowables(in context: CompositionContext) -> [any Flowable] {
        let b = context.briefing
        let style = context.style, text = context.text
        var flow: [any Flowable] = [context.heading1("Timeline")]
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
        let hours = PublicationHours(b.articles)
        guard !days.isEmpty else {
            // Never invent dates: with undated sources, show what is known (the order the
            // coverage tells its events in); with dated ones, the coverage over time.
            if perDay.isEmpty, !b.articles.isEmpty {
                return flow + coverageOrder(note: noteText, in: context)
            }
            if let hours {
                flow += hourTimeline(hours, keyDays: [], in: context)
            } else {
                flow.append(ChartBox(TimelineChart(events: [], months: monthSpans, articlesPerDay: perDay,
                                                   note: noteText, style: style, text: text)))
            }
            if !perDay.isEmpty { flow.append(context.note(noteText)) }
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
            flow += hourTimeline(hours, keyDays: byWeight, in: context)
        } else {
            let chart = TimelineChart(events: key.map { .init(day: $0.date, label: $0.label) }, months: monthSpans,
                                      articlesPerDay: perDay, note: noteText, style: style, text: text)
            flow.append(ChartBox(chart))
        }
        if let note = b.timelineNote { flow.append(context.note(note)) }
        return flow + keyDates(byWeight, months: Array(months), in: context)
    }

    /// The table of key dates: the heaviest days (`byWeight`) and the months named as a whole,
    /// in date order, then a note saying how they were chosen.
    private func keyDates(_ byWeight: [TimelineEntry], months: [TimelineEntry],
                          in context: CompositionContext) -> [any Flowable] {
        let tableRows = context.budget.timelineRows
        let chosen = (Array(byWeight.prefix(tableRows)) + months).sorted { a, b in
            a.date != b.date ? a.date < b.date : a.unit == .month && b.unit == .day
        }
        let rows = chosen.map { entry -> [Markup] in
            var sources = Markup()
            context.cite(Array(entry.articles.prefix(6)), into: &sources, leadingSpace: false)
            let when = entry.unit == .month ? DayFormat.month(entry.date) + " (month)" : DayFormat.medium(entry.date)
            return [Markup(when), Markup(entry.label), sources]
        }
        var flow: [any Flowable] = [context.table([.init(title: "Date", weight: 1.4), .init(title: "Event", weight: 6),
                                                   .init(title: "Sources", weight: 1.8)], rows)]
        var coda: [String] = []
        if byWeight.count > tableRows {
            coda.append("The \(tableRows) days the coverage refers to most, of \(byWeight.count) it names.")
        }
        if !months.isEmpty {
            coda.append("Rows marked \u{201C}(month)\u{201D} are months the coverage names as a whole, without a day.")
        }
        if !coda.isEmpty { flow.append(context.note(coda.joined(separator: " "))) }
        return flow
    }
}
