import BriefingModel

/// The stories, most important first: headline, summary and the first articles of each. A brief
/// briefing shows the few most important and says how many there are.
struct StoriesSection: BriefingSection {
    func flowables(in context: CompositionContext) -> [any Flowable] {
        let b = context.briefing
        var flow: [any Flowable] = [context.heading1("Stories")]
        guard !b.stories.isEmpty else { return flow + [context.note("No stories grouping several articles were found.")] }
        let shown = b.stories.prefix(context.budget.stories)
        if shown.count < b.stories.count {
            flow.append(context.note("The \(shown.count) most important of \(b.stories.count) stories: most covered, "
                             + "by most outlets, over most days, and most recent."))
        }
        for story in shown {
            var block: [any Flowable] = [context.heading2(story.title, inOutline: false)]
            if !story.summary.isEmpty {
                block.append(context.paragraph(context.prose(story.summary.joined(separator: " ")), context.styles.body))
            }
            // Cut by the one rule: "and 1 more" would take the room of the article it hides.
            let limit = ListCut.shown(Set(story.articles).count, limit: context.storyArticleLimit)
            let numbers = context.citationNumbers(story.articles, limit: limit)
            let articles = Dictionary(b.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let items = numbers.compactMap { number -> Markup? in
                guard let article = articles[context.numberedArticles[number - 1]] else { return nil }
                var m = Markup()
                m.link("[\(number)]", to: CitationIndex.destination(number),
                       open: "<span foreground=\"\(context.style.mutedColor)\">", close: "</span>")
                m.append(" " + article.title)
                if let source = article.source { m.append(" — " + source) }
                return m
            }
            if !items.isEmpty {
                var list = context.styles.small
                list.spaceAfter = 0
                let rest = Set(story.articles).count - items.count
                block.append(context.bullets(items, bodyStyle: list, itemSpacing: 1))
                if rest > 0 { block.append(context.note("and \(rest) more")) }
            }
            // Title, summary and the start of the list together; a long list may still split.
            flow.append(contentsOf: block)
        }
        return flow
    }
}
