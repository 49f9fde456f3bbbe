import BriefingModel

/// The first sections: cover, executive summary, topics (the timeline is in BriefingComposer+Timeline).
extension BriefingComposer {
    func cover(_ b: Briefing) -> [any Flowable] {
        let c = b.corpus
        var facts = [Self.corpusFacts(c)]
        if c.undatedCount > 0 { facts.append("\(c.undatedCount) undated") }
        if c.duplicatesMerged > 0 {
            facts.append("\(c.duplicatesMerged) duplicate\(c.duplicatesMerged == 1 ? "" : "s") merged")
        }
        let generated = "Generated \(DayFormat.long(b.generated))"
        return [
            paragraph("MEDIA BRIEFING", styles.kicker),
            paragraph(b.title, styles.title),
            paragraph(Self.period(c), styles.subtitle),
            paragraph(facts.joined(separator: " · ") + "  ·  " + generated, styles.muted),
            Rule(thickness: 2, color: style.accentColor, fraction: 0.18, spaceBefore: 2, spaceAfter: 4),
        ]
    }

    /// "5 articles from 3 outlets", or "5 articles, outlets not stated" when no article names its
    /// outlet: "0 sources" would read as if there were no sources at all.
    static func corpusFacts(_ c: Corpus) -> String {
        let articles = c.articleCount == 1 ? "1 article" : "\(c.articleCount) articles"
        switch c.sourceCount {
        case 0: return articles + ", outlets not stated"
        case 1: return articles + " from 1 outlet"
        default: return articles + " from \(c.sourceCount) outlets"
        }
    }

    func topics(_ b: Briefing) -> [any Flowable] {
        var flow: [any Flowable] = [heading1("Topics")]
        guard !b.topics.isEmpty else { return flow + [note("No recurring topics were found.")] }
        let top = Array(b.topics.sorted { ($0.articles.count, $0.mentions) > ($1.articles.count, $1.mentions) }
            .prefix(budget.topics))
        let chart = TopicFrequencyChart(
            bars: top.map { .init(label: $0.label, value: Set($0.articles).count) },
            caption: "Articles per topic (top \(top.count) of \(b.topics.count))", style: style, text: text)
        flow.append(ChartBox(chart))
        let rows = top.map { topic -> [Markup] in
            [Markup(topic.label), Markup(topic.terms.prefix(6).joined(separator: ", ")),
             Markup(String(Set(topic.articles).count)), Markup(String(topic.mentions))]
        }
        flow.append(table([.init(title: "Topic", weight: 2.2), .init(title: "Key terms", weight: 4.6),
                           .init(title: "Articles", weight: 1, alignment: .right),
                           .init(title: "Mentions", weight: 1, alignment: .right)], rows))
        return flow
    }
}
