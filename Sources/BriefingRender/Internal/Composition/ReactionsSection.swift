import BriefingModel

/// "Reactions": who took which side on which story. Under each story, one line per stance --
/// supports, opposes, calls for action, warns, holds talks, comments, in the order the analysis
/// gives them -- naming the actors (linked to their entries), whom the stance was aimed at, and
/// a quote. Themes told as likely rather than as fact say so. Themes written before stories
/// and stances (older models) are laid out one by one under their own names.
struct ReactionsSection: BriefingSection {
    static let title = "Reactions"

    func flowables(in context: CompositionContext) -> [any Flowable] {
        let b = context.briefing
        var flow: [any Flowable] = [context.heading1(Self.title)]
        guard !b.reactions.isEmpty else { return flow + [context.note("No reactions were found in the sources.")] }
        // The tone chart counts positions taken; plain statements take none.
        let positions = b.reactions.filter { $0.stance != "comments" }
        if !positions.isEmpty {
            flow.append(ChartBox(ToneChart(themes: positions, style: context.style, text: context.text)))
        }
        var story: String?
        for theme in b.reactions {
            let heading = theme.story ?? theme.theme
            if heading != story {
                story = heading
                flow.append(context.heading2(heading, inOutline: false))
            }
            flow += side(theme, in: context)
        }
        return flow
    }

    /// One stance on a story: the facts line, then its quotes (plain statements get one).
    private func side(_ theme: ReactionTheme, in context: CompositionContext) -> [any Flowable] {
        var m = Markup()
        let stance = theme.stance ?? theme.theme
        m.bold(stance.prefix(1).uppercased() + stance.dropFirst() + (theme.hedged ? " (told as likely)" : "") + ": ")
        for (index, actor) in theme.actors.prefix(6).enumerated() {
            if index > 0 { m.append(", ") }
            context.participantName(actor, into: &m)
        }
        if !theme.targets.isEmpty { m.append(" — aimed at " + theme.targets.prefix(3).joined(separator: ", ")) }
        m.append(" · \(theme.mentions) mention\(theme.mentions == 1 ? "" : "s")")
        context.cite(theme.articles, into: &m)
        let facts = context.paragraph(m, context.styles.body)
        var flow: [any Flowable] = [facts]
        let quotes = theme.stance == "comments" ? 1 : context.style.quoteLimit
        for quote in theme.quotes.prefix(quotes) {
            var q = context.linkingNames("“" + quote.text + "”")
            context.cite([quote.article], into: &q)
            flow.append(context.paragraph(q, context.styles.quote))
        }
        if flow.count > 1 { facts.keepWithNext = true }
        return flow
    }
}
