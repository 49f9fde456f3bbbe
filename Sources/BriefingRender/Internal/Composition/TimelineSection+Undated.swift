import BriefingModel

/// Undated sources: their events (stories, or articles when there are none) in the order the
/// coverage first tells them, as a numbered chart and a table with no date column -- never
/// with invented dates.
extension TimelineSection {
    func coverageOrder(note noteText: String, in context: CompositionContext) -> [any Flowable] {
        let b = context.briefing
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
        events = Array(events.prefix(context.budget.timelineRows))
        var flow: [any Flowable] = []
        let caption = "The sources carry no dates: their events in the order the coverage presents them"
        flow.append(ChartBox(TimelineSequenceChart(labels: events.prefix(Self.chartEvents).map(\.label),
                                                   caption: caption, style: context.style, text: context.text)))
        flow.append(context.note(noteText))
        let rows = events.enumerated().map { index, event -> [Markup] in
            var sources = Markup()
            context.cite(Array(event.articles.prefix(6)), into: &sources, leadingSpace: false)
            let joint = event.label.last.map { ".!?:".contains($0) } == true ? " " : ": "
            let detail = event.detail == event.label ? event.label : event.label + joint + event.detail
            return [Markup("\(index + 1)"), Markup(detail), sources]
        }
        flow.append(context.table([.init(title: "Order", weight: 1),
                                   .init(title: "Event (as the coverage tells it)", weight: 6.4),
                                   .init(title: "Sources", weight: 1.8)], rows))
        return flow
    }
}
