import BriefingModel

/// Groups reaction findings into themes with a tone, actors and quotes.
///
/// Why themes by cue: "welcomed", "hoped", "warned" are what a reader scans for; hedged findings
/// ("likely welcomed") get a theme of their own with `hedged` set, so a guess in the coverage
/// is never counted with, or reported as, a fact.
enum ReactionThemeBuilder {
    static func build(_ findings: [(article: Int, finding: ReactionFinding)], canonical: [String: String],
                      articleIDs: [String]) -> [ReactionTheme] {
        struct Key: Hashable, Comparable {
            var theme: String
            var hedged: Bool
            static func < (a: Key, b: Key) -> Bool { (a.theme, a.hedged ? 1 : 0) < (b.theme, b.hedged ? 1 : 0) }
        }
        var byTheme: [Key: [(Int, ReactionFinding)]] = [:]
        for (a, f) in findings {
            // An actor must be a group or a participant; a name the merge rejected is no actor.
            if !f.actorIsGroup && canonical[f.actor] == nil { continue }
            byTheme[Key(theme: f.theme, hedged: f.hedged), default: []].append((a, f))
        }
        var themes: [ReactionTheme] = []
        for key in byTheme.keys.sorted() {
            let list = byTheme[key]!.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.sentence < $1.1.sentence }
            var actorCounts: [String: Int] = [:]
            var tones = Set<String>()
            for (_, f) in list {
                let actor = f.actorIsGroup ? f.actor : (canonical[f.actor] ?? f.actor)
                actorCounts[actor, default: 0] += 1
                tones.insert("\(f.tone)")
            }
            let tone: ReactionTheme.Tone
            if tones.count > 1 { tone = .mixed } else {
                switch list[0].1.tone {
                case .positive: tone = .positive
                case .negative: tone = .negative
                case .neutral: tone = .neutral
                }
            }
            var quotes: [Quote] = []
            var quoted = Set<Int>()
            for (a, f) in list where quotes.count < 2 && !quoted.contains(a) {
                quoted.insert(a)
                quotes.append(Quote(text: trim(f.sentence), article: articleIDs[a]))
            }
            let actors = actorCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            let articles = Array(Set(list.map(\.0))).sorted().map { articleIDs[$0] }
            themes.append(ReactionTheme(theme: key.theme, tone: tone, actors: actors, mentions: list.count,
                                        articles: articles, quotes: quotes, hedged: key.hedged))
        }
        themes.sort { a, b in
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            if a.articles.count != b.articles.count { return a.articles.count > b.articles.count }
            if a.theme != b.theme { return a.theme < b.theme }
            return !a.hedged && b.hedged
        }
        return themes
    }

    /// Quotes stay readable: at most about 300 characters, cut at a word.
    static func trim(_ s: String, limit: Int = 300) -> String {
        guard s.count > limit else { return s }
        var cut = String(s.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "\u{2026}"
    }
}
