import BriefingModel

/// "What to watch": the days ahead the coverage announces, soonest first, under the key
/// developments.
struct WatchSection: BriefingSection {
    func flowables(in context: CompositionContext) -> [any Flowable] {
        let b = context.briefing
        guard !b.watch.isEmpty else { return [] }
        let items = b.watch.prefix(context.budget.watch).map { item -> Markup in
            var m = Markup()
            m.bold(DayFormat.medium(item.date))
            m.append(" — ")
            m = m + context.prose(item.text)
            context.cite(item.articles, into: &m, limit: 4)
            return m
        }
        return [context.heading2("What to watch"), context.bullets(Array(items), bodyStyle: context.styles.listBody, itemSpacing: 3)]
    }
}
