import BriefingModel

/// Orders the corpus's participants by breadth -- the articles that name them, then the sources
/// those articles come from, then mentions -- and leaves out, in a corpus of many articles, the
/// names written once in one article.
///
/// Why breadth: the actors of a corpus are named across it; a directory page, a programme
/// listing or a family tree names hundreds of people once each, and ranked by mentions they bury
/// the actors (MJ_bbc: a family-tree page alone named a third of its 7,349 participants). A name
/// written once in one article of many stays in that article's own participants.
enum ParticipantRanking {
    /// The fewest articles a corpus needs before a name written once in one of them is left out
    /// of the corpus's participants: below it, as in a handful of articles on one meeting, every
    /// name may be an actor.
    static let thinCorpusArticles = 20

    /// - Parameter named: names other parts of the briefing refer to (reactions' actors and
    ///   targets): kept whatever their breadth, so every reference finds its participant.
    static func rank(_ participants: [Participant], articleIDs: [String], sources: [String?],
                     named: Set<String> = []) -> [Participant] {
        var sourceOf: [String: String] = [:]
        for (id, source) in zip(articleIDs, sources) { sourceOf[id] = source ?? "" }
        let thin = articleIDs.count >= thinCorpusArticles
        let ranked = participants.filter { !thin || $0.mentions > 1 || $0.articles.count > 1 || named.contains($0.name) }.map { p in
            (p, Set(p.articles).count, Set(p.articles.compactMap { sourceOf[$0] }).count)
        }
        return ranked.sorted { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            if a.2 != b.2 { return a.2 > b.2 }
            if a.0.mentions != b.0.mentions { return a.0.mentions > b.0.mentions }
            return a.0.name < b.0.name
        }.map(\.0)
    }
}
