import BriefingModel

/// "Who appears with whom", under the participants: the pairs named together in the same
/// sentence most often, with the articles where they meet; names link to their entries.
struct PairsSection: BriefingSection {
    func flowables(in context: CompositionContext) -> [any Flowable] {
        let b = context.briefing
        let pairs = b.cooccurrences.prefix(context.budget.pairs)
        guard !b.participants.isEmpty, !pairs.isEmpty else { return [] }
        let rows = pairs.map { pair -> [Markup] in
            var who = Markup()
            context.participantName(pair.a, into: &who, bold: true)
            who.append(" — ")
            context.participantName(pair.b, into: &who, bold: true)
            var where_ = Markup()
            context.cite(pair.articles, into: &where_, leadingSpace: false, limit: 6)
            return [who, Markup(String(pair.count)), Markup(String(pair.articles.count)), where_]
        }
        // The heading and its caption stay with the table's first rows; the table may split
        // (header repeated) rather than leave a blank band.
        return [context.heading2("Who appears with whom"),
                context.caption("Pairs named in the same sentence, with the number of such sentences."),
                context.table([.init(title: "Pair", weight: 4.6), .init(title: "Sentences", weight: 1.2, alignment: .right),
                               .init(title: "Articles", weight: 1.1, alignment: .right),
                               .init(title: "Where", weight: 3)], Array(rows))]
    }
}
