import BriefingModel

/// The middle sections: participants, reactions, stories.
extension BriefingComposer {
    func participants(_ b: Briefing) -> [any Flowable] {
        var flow: [any Flowable] = [heading1("Participants")]
        guard !b.participants.isEmpty else { return flow + [note("No participants were identified.")] }
        let shown = b.participants.prefix(participantLimit)
        let rows = shown.map { p -> [Markup] in
            var name = Markup()
            name.bold(p.name)
            if !p.aliases.isEmpty {
                name.append("\n")
                name.append(p.aliases.prefix(3).joined(separator: ", "),
                            open: "<span foreground=\"\(style.mutedColor)\">", close: "</span>")
            }
            return [name, Markup(p.kind.rawValue), Markup(p.roles.prefix(3).joined(separator: "; ")),
                    Markup(String(p.mentions)), Markup(String(Set(p.articles).count))]
        }
        flow.append(table([.init(title: "Name", weight: 3), .init(title: "Kind", weight: 1.4),
                           .init(title: "Roles", weight: 3.6),
                           .init(title: "Mentions", weight: 1.1, alignment: .right),
                           .init(title: "Articles", weight: 1.1, alignment: .right)], Array(rows)))
        if b.participants.count > shown.count {
            flow.append(note("Showing the first \(shown.count) of \(b.participants.count) participants."))
        }
        return flow
    }

    func reactions(_ b: Briefing) -> [any Flowable] {
        var flow: [any Flowable] = [heading1("Reactions")]
        guard !b.reactions.isEmpty else { return flow + [note("No reactions were found in the sources.")] }
        for theme in b.reactions {
            var meta = Markup()
            meta.append("Tone: ")
            meta.bold(theme.tone.rawValue)
            if !theme.actors.isEmpty { meta.append(" · Actors: " + theme.actors.prefix(6).joined(separator: ", ")) }
            meta.append(" · \(theme.mentions) mention\(theme.mentions == 1 ? "" : "s") in "
                        + articleCount(Set(theme.articles).count))
            cite(theme.articles, into: &meta)
            var block: [any Flowable] = [heading2(theme.theme, inOutline: false), paragraph(meta, styles.muted)]
            for quote in theme.quotes.prefix(2) {
                var m = Markup("“" + quote.text + "”")
                cite([quote.article], into: &m)
                block.append(paragraph(m, styles.quote))
            }
            flow.append(KeepTogether(block))
        }
        return flow
    }

    func stories(_ b: Briefing) -> [any Flowable] {
        var flow: [any Flowable] = [heading1("Stories")]
        guard !b.stories.isEmpty else { return flow + [note("No stories grouping several articles were found.")] }
        for story in b.stories {
            var block: [any Flowable] = [heading2(story.title, inOutline: false)]
            if !story.summary.isEmpty {
                block.append(paragraph(prose(story.summary.joined(separator: " ")), styles.body))
            }
            let numbers = citationNumbers(story.articles)
            let items = numbers.prefix(storyArticleLimit).map { number -> Markup in
                let article = b.articles[number - 1]
                var m = Markup()
                m.link("[\(number)]", to: CitationIndex.destination(number),
                       open: "<span foreground=\"\(style.mutedColor)\">", close: "</span>")
                m.append(" " + article.title)
                if let source = article.source { m.append(" — " + source) }
                return m
            }
            if !items.isEmpty {
                var list = styles.small
                list.spaceAfter = 0
                let rest = numbers.count - items.count
                block.append(bullets(items, bodyStyle: list, itemSpacing: 1))
                if rest > 0 { block.append(note("and \(rest) more")) }
            }
            // Title, summary and the start of the list together; a long list may still split.
            flow.append(contentsOf: block)
        }
        return flow
    }
}
