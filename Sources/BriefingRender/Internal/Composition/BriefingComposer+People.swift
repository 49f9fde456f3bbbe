import BriefingModel

/// The middle sections: participants and reactions.
extension BriefingComposer {
    /// The participants table (name and other spellings, kind, roles with the articles that state
    /// them, mentions, articles, where to read about them), then who appears with whom.
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
            var where_ = Markup()
            cite(p.articles, into: &where_, leadingSpace: false, limit: 6)
            return [name, Markup(p.kind.rawValue), roles(p), Markup(String(p.mentions)),
                    Markup(String(Set(p.articles).count)), where_]
        }
        let entries = table([.init(title: "Name", weight: 2.5), .init(title: "Kind", weight: 1.3),
                             .init(title: "Roles (sources)", weight: 2.6),
                             .init(title: "Mentions", weight: 1.2, alignment: .right),
                             .init(title: "Articles", weight: 1.1, alignment: .right),
                             .init(title: "Where", weight: 2.5)], Array(rows))
        // Each row is a link target, so names elsewhere in the briefing lead to their entry.
        entries.content.rowAnchors = shown.map { Self.participantDestination($0.name) }
        flow.append(entries)
        if b.participants.count > shown.count {
            flow.append(note("Showing the first \(shown.count) of \(b.participants.count) participants."))
        }
        flow += cooccurrences(b)
        return flow
    }

    /// Roles with the articles that state each, so a disagreement between sources shows.
    private func roles(_ p: Participant) -> Markup {
        guard !p.roleSources.isEmpty else { return Markup(p.roles.prefix(3).joined(separator: "; ")) }
        var m = Markup()
        for (i, source) in p.roleSources.prefix(4).enumerated() {
            if i > 0 { m.append("; ") }
            m.append(source.role)
            if p.roleSources.count > 1 { cite(source.articles, into: &m) }
        }
        return m
    }

    /// The pairs named together most often, with the articles where they meet.
    private func cooccurrences(_ b: Briefing) -> [any Flowable] {
        let pairs = b.cooccurrences.prefix(cooccurrenceLimit)
        guard !pairs.isEmpty else { return [] }
        let rows = pairs.map { pair -> [Markup] in
            var who = Markup()
            participantName(pair.a, of: b, into: &who, bold: true)
            who.append(" — ")
            participantName(pair.b, of: b, into: &who, bold: true)
            var where_ = Markup()
            cite(pair.articles, into: &where_, leadingSpace: false, limit: 6)
            return [who, Markup(String(pair.count)), Markup(String(pair.articles.count)), where_]
        }
        // The heading and its caption stay with the table's first rows; the table may split
        // (header repeated) rather than leave a blank band.
        return [heading2("Who appears with whom"),
                caption("Pairs named in the same sentence, with the number of such sentences."),
                table([.init(title: "Pair", weight: 4.6), .init(title: "Sentences", weight: 1.2, alignment: .right),
                       .init(title: "Articles", weight: 1.1, alignment: .right),
                       .init(title: "Where", weight: 3)], Array(rows))]
    }

    /// A name, linked to its entry in the participants table when the table shows it.
    func participantName(_ name: String, of b: Briefing, into markup: inout Markup, bold: Bool = false) {
        let (open, close) = bold ? ("<b>", "</b>") : ("", "")
        if b.participants.prefix(participantLimit).contains(where: { $0.name == name }) {
            markup.link(name, to: Self.participantDestination(name), open: open, close: close)
        } else {
            markup.append(name, open: open, close: close)
        }
    }

    /// How many co-occurring pairs the briefing lists.
    var cooccurrenceLimit: Int { budget.pairs }
}
