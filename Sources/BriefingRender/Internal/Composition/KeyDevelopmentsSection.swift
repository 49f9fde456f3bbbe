import BriefingModel

/// The front page's section: the key developments -- date, headline and lead of each, citing its
/// articles -- then what to watch. Lines without a headline (briefings written before headlines)
/// print as plain lines, as they did. A mark closes the front page's part (`frontPageEnd`), so
/// the renderer can check that it all landed on page 1.
struct KeyDevelopmentsSection: BriefingSection {
    /// The `PageMark` after what to watch.
    static let frontPageEnd = "front-page-end"

    func flowables(in context: CompositionContext) -> [any Flowable] {
        let b = context.briefing
        var flow: [any Flowable] = [context.heading1("Key developments")]
        guard !b.executiveSummary.isEmpty else {
            return flow + [context.note("No summary could be drawn from the sources.")]
        }
        let items = b.executiveSummary.prefix(context.budget.keyDevelopments).map { item -> Markup in
            var m = Markup()
            if let headline = item.headline, !headline.isEmpty {
                if let date = item.date {
                    m.append(DayFormat.medium(date) + "  ", open: "<span foreground=\"\(context.style.mutedColor)\">", close: "</span>")
                }
                m.bold(headline)
                m.append("\n")
            }
            m = m + context.prose(item.text)
            context.cite(item.articles, into: &m)
            return m
        }
        var itemStyle = context.styles.listBody
        itemStyle.justify = context.style.justify
        flow.append(context.bullets(Array(items), bodyStyle: itemStyle, itemSpacing: 5))
        flow += WatchSection().flowables(in: context)
        flow.append(PageMark(Self.frontPageEnd))
        return flow
    }
}
