import BriefingModel

/// The topic × story coverage matrix: which story talks about which topic, and how much.
///
/// Why a matrix: a topic list says what was discussed, a story list says what happened; the
/// matrix shows where they meet (a topic carried by one story, or running across all of them),
/// which neither list can. A cell counts the story's articles that mention the topic; watched
/// topics are marked and kept even when every cell is empty.
struct CoverageSection: BriefingSection {
    /// Stories shown as columns (the largest first): more would not fit an A4 width.
    static let storyLimit = 6
    /// Topics shown as rows.
    static let topicLimit = 12

    func flowables(in context: CompositionContext) -> [any Flowable] {
        let b = context.briefing
        let stories = Array(b.stories.filter { $0.articles.count >= 2 }.prefix(Self.storyLimit))
        let topics = Array((b.topics.filter(\.watched) + b.topics.filter { !$0.watched }).prefix(Self.topicLimit))
        // One story column only repeats the topics table: the matrix needs two to compare.
        guard context.budget.coverage, stories.count >= 2, !topics.isEmpty else { return [] }
        let storySets = stories.map { Set($0.articles) }
        let rows = topics.map { topic -> [Markup] in
            let articles = Set(topic.articles)
            var label = Markup()
            if topic.watched { label.bold(topic.label + " (watched)") } else { label.append(topic.label) }
            let cells = storySets.map { set -> Markup in
                let n = set.intersection(articles).count
                return Markup(n == 0 ? "–" : String(n))
            }
            return [label] + cells
        }
        var columns: [TableContent.Column] = [.init(title: "Topic", weight: 3)]
        for index in stories.indices { columns.append(.init(title: "S\(index + 1)", weight: 0.8, alignment: .right)) }
        let legend = stories.enumerated().map { index, story -> Markup in
            var m = Markup()
            m.bold("S\(index + 1)")
            m.append(" " + story.title + " (" + context.articleCount(story.articles.count) + ")")
            return m
        }
        var list = context.styles.small
        list.spaceAfter = 0
        return [context.heading2("Coverage: topics by story"),
                context.caption("Articles of each story that mention each topic."),
                context.table(columns, rows),
                context.bullets(legend, bodyStyle: list, itemSpacing: 1)]
    }
}
