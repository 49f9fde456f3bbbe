import BriefingModel

/// The first sections: cover, executive summary, topics, timeline.
extension BriefingComposer {
    func cover(_ b: Briefing) -> [any Flowable] {
        let c = b.corpus
        var facts = [articleCount(c.articleCount),
                     c.sourceCount == 1 ? "1 source" : "\(c.sourceCount) sources"]
        if c.undatedCount > 0 { facts.append("\(c.undatedCount) undated") }
        let generated = "Generated \(DayFormat.long(b.generated))"
        return [
            paragraph("MEDIA BRIEFING", styles.kicker),
            paragraph(b.title, styles.title),
            paragraph(Self.period(c), styles.subtitle),
            paragraph(facts.joined(separator: " · ") + "  ·  " + generated, styles.muted),
            Rule(thickness: 2, color: style.accentColor, fraction: 0.18, spaceBefore: 2, spaceAfter: 4),
        ]
    }

    func executiveSummary(_ b: Briefing) -> [any Flowable] {
        var flow: [any Flowable] = [heading1("Executive summary")]
        guard !b.executiveSummary.isEmpty else {
            return flow + [note("No summary could be drawn from the sources.")]
        }
        let items = b.executiveSummary.map { sentence -> Markup in
            var m = prose(sentence.text)
            cite(sentence.articles, into: &m)
            return m
        }
        var itemStyle = styles.listBody
        itemStyle.justify = style.justify
        flow.append(bullets(items, bodyStyle: itemStyle, itemSpacing: 4))
        return flow
    }

    func topics(_ b: Briefing) -> [any Flowable] {
        var flow: [any Flowable] = [heading1("Topics")]
        guard !b.topics.isEmpty else { return flow + [note("No recurring topics were found.")] }
        let top = Array(b.topics.sorted { ($0.articles.count, $0.mentions) > ($1.articles.count, $1.mentions) }
            .prefix(12))
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

    func timeline(_ b: Briefing) -> [any Flowable] {
        var flow: [any Flowable] = [heading1("Timeline")]
        var perDay: [Day: Int] = [:]
        for article in b.articles { if let d = article.date { perDay[d, default: 0] += 1 } }
        let noteText = b.timelineNote ?? "The sources carry no dates, so no timeline can be drawn."
        guard !b.timeline.isEmpty else {
            // Never invent dates: say plainly why there is no timeline.
            flow.append(ChartBox(TimelineChart(events: [], articlesPerDay: [:], note: noteText,
                                               style: style, text: text)))
            return flow
        }
        let key = b.timeline.sorted { $0.weight > $1.weight }.prefix(8)
        let chart = TimelineChart(events: key.map { .init(day: $0.date, label: $0.label) },
                                  articlesPerDay: perDay, note: noteText, style: style, text: text)
        flow.append(ChartBox(chart))
        if let note = b.timelineNote { flow.append(self.note(note)) }
        let rows = b.timeline.sorted { $0.date < $1.date }.map { entry -> [Markup] in
            var sources = Markup()
            cite(entry.articles, into: &sources, leadingSpace: false)
            return [Markup(DayFormat.medium(entry.date)), Markup(entry.label), sources]
        }
        flow.append(table([.init(title: "Date", weight: 1.4), .init(title: "Event", weight: 6),
                           .init(title: "Sources", weight: 1.8)], rows))
        return flow
    }
}
