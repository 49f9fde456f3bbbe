import BriefingModel

/// "Participants": the table of people, organisations and places -- name and other spellings,
/// kind, roles with the articles that state them, mentions, articles, where to read about them.
/// Each row is a link target, so a name elsewhere in the briefing leads to its entry.
struct ParticipantsSection: BriefingSection {
    func flowables(in context: CompositionContext) -> [any Flowable] {
        let b = context.briefing
        var flow: [any Flowable] = [context.heading1("Participants")]
        guard !b.participants.isEmpty else { return flow + [context.note("No participants were identified.")] }
        let shown = b.participants.prefix(context.participantLimit)
        let rows = shown.map { p -> [Markup] in
            var name = Markup()
            name.bold(p.name)
            if !p.aliases.isEmpty {
                name.append("\n")
                name.append(p.aliases.prefix(3).joined(separator: ", "),
                            open: "<span foreground=\"\(context.style.mutedColor)\">", close: "</span>")
            }
            var where_ = Markup()
            context.cite(p.articles, into: &where_, leadingSpace: false, limit: 6)
            return [name, Markup(p.kind.rawValue), roles(p, context), Markup(String(p.mentions)),
                    Markup(String(Set(p.articles).count)), where_]
        }
        let entries = context.table([.init(title: "Name", weight: 2.5), .init(title: "Kind", weight: 1.3),
                                     .init(title: "Roles (sources)", weight: 2.6),
                                     .init(title: "Mentions", weight: 1.2, alignment: .right),
                                     .init(title: "Articles", weight: 1.1, alignment: .right),
                                     .init(title: "Where", weight: 2.5)], Array(rows))
        entries.content.rowAnchors = shown.map { Self.destination($0.name) }
        flow.append(entries)
        if b.participants.count > shown.count {
            flow.append(context.note("Showing the first \(shown.count) of \(b.participants.count) participants."))
        }
        return flow
    }

    /// Roles with the articles that state each, so a disagreement between sources shows.
    private func roles(_ p: Participant, _ context: CompositionContext) -> Markup {
        guard !p.roleSources.isEmpty else { return Markup(p.roles.prefix(3).joined(separator: "; ")) }
        var m = Markup()
        for (i, source) in p.roleSources.prefix(4).enumerated() {
            if i > 0 { m.append("; ") }
            m.append(source.role)
            if p.roleSources.count > 1 { context.cite(source.articles, into: &m) }
        }
        if let conflict = p.roleConflicts.first { flag(conflict, into: &m, context) }
        return m
    }

    /// The disagreement flagged under the roles, each side with its sources and dates, so the
    /// reader tells a change of office (dates apart) from an error (dates together).
    private func flag(_ conflict: RoleConflict, into m: inout Markup, _ context: CompositionContext) {
        let open = "<span foreground=\"\(context.style.mutedColor)\"><i>", close = "</i></span>"
        m.append("\n")
        m.append("Sources differ: ", open: open, close: close)
        for (i, side) in [conflict.first, conflict.second].enumerated() {
            if i > 0 { m.append(" vs ", open: open, close: close) }
            m.append(side.role, open: open, close: close)
            context.cite(side.articles, into: &m, limit: 3)
            if let when = stated(side) { m.append(" " + when, open: open, close: close) }
        }
    }

    /// When the sources state a role: "3 Jan 2025", "3 January – 9 February 2025"; nil undated.
    private func stated(_ source: RoleSource) -> String? {
        guard let first = source.firstStated else { return nil }
        let last = source.lastStated ?? first
        return first == last ? DayFormat.medium(first) : DayFormat.period(from: first, to: last)
    }

    /// The destination of a participant's entry: the table's `content.rowAnchors` carry it, and
    /// names elsewhere link to it with `Markup.link(_:to:)`. A slug for reading plus a hash, so
    /// names differing only in accents or script never clash.
    static func destination(_ name: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return "participant-" + DocumentRenderer.slug(name) + "-" + String(hash, radix: 16)
    }
}
