import BriefingModel

/// "Topics": the most covered topics as a bar chart (articles per topic), then a table of each
/// with its key terms, articles and mentions.
struct TopicsSection: BriefingSection {
    func flowables(in context: CompositionContext) -> [any Flowable] {
        let b = context.briefing
        var flow: [any Flowable] = [context.heading1("Topics")]
        guard !b.topics.isEmpty else { return flow + [context.note("No recurring topics were found.")] }
        let top = Array(b.topics.sorted { (Set($0.articles).count, $0.mentions) > (Set($1.articles).count, $1.mentions) }
            .prefix(context.budget.topics))
        let chart = TopicFrequencyChart(
            bars: top.map { .init(label: $0.label, value: Set($0.articles).count) },
            caption: "Articles per topic (top \(top.count) of \(b.topics.count))", style: context.style, text: context.text)
        flow.append(ChartBox(chart))
        let rows = top.map { topic -> [Markup] in
            [Markup(topic.label), Markup(topic.terms.prefix(6).joined(separator: ", ")),
             Markup(String(Set(topic.articles).count)), Markup(String(topic.mentions))]
        }
        flow.append(context.table([.init(title: "Topic", weight: 2.2), .init(title: "Key terms", weight: 4.6),
                                   .init(title: "Articles", weight: 1, alignment: .right),
                                   .init(title: "Mentions", weight: 1, alignment: .right)], rows))
        return flow
    }
}
