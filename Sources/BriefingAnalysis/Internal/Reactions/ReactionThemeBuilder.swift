import BriefingModel

/// Groups the corpus's reaction findings into themes: one story, one stance, the participants
/// who took it, with quotes.
///
/// Why by story and stance: a reader wants who took which side on which issue; grouping by verb
/// put an e-mail row and a royal visit under one "called for action". Themes of one story stand
/// together, stances in a fixed order (supports, opposes, calls for action, warns, talks,
/// comments), so the sides of an issue read side by side. Hedged findings ("likely welcomed")
/// get a theme of their own with `hedged` set, so a guess is never counted with a report.
enum ReactionThemeBuilder {
    /// The corpus facts a theme needs besides the findings.
    struct Context {
        /// Written forms' participants.
        var numbering: ParticipantNumbering
        var participants: [Participant]
        var stories: [Story]
        var articleIDs: [String]
        /// Article titles: the issue of an article no story holds.
        var titles: [String]
    }

    struct Key: Hashable {
        var story: String
        var stance: Stance
        var hedged: Bool
    }

    /// A finding with its names resolved to participants.
    struct Resolved {
        var article: Int
        var finding: ReactionFinding
        var actors: [String]
        var target: String?
    }

    static func build(_ findings: [(article: Int, finding: ReactionFinding)], context: Context) -> [ReactionTheme] {
        let kinds = Dictionary(context.participants.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var storyOf: [String: String] = [:]
        for s in context.stories { for a in s.articles where storyOf[a] == nil { storyOf[a] = s.title } }
        var groups: [Key: [Resolved]] = [:]
        for (a, f) in findings {
            guard let r = resolve(a, f, context.numbering, kinds) else { continue }
            let story = storyOf[context.articleIDs[a]] ?? StoryWriter.headline(context.titles[a])
            groups[Key(story: story, stance: f.stance, hedged: f.hedged), default: []].append(r)
        }
        let themes = groups.map { theme($0.key, $0.value, context.articleIDs) }
        return order(themes)
    }

    /// The finding's actors and target as participants of a real kind; nil when no actor is one.
    static func resolve(_ a: Int, _ f: ReactionFinding, _ numbering: ParticipantNumbering,
                        _ kinds: [String: Participant.Kind]) -> Resolved? {
        func participant(_ surface: String) -> String? {
            guard let name = numbering.name(of: surface), let kind = kinds[name], kind != .other else { return nil }
            return name
        }
        var actors: [String] = []
        for s in f.actors { if let p = participant(s), !actors.contains(p) { actors.append(p) } }
        guard !actors.isEmpty else { return nil }
        let target = f.target.flatMap(participant).flatMap { actors.contains($0) ? nil : $0 }
        return Resolved(article: a, finding: f, actors: actors, target: target)
    }

    static func theme(_ key: Key, _ list: [Resolved], _ ids: [String]) -> ReactionTheme {
        let list = list.sorted { $0.article != $1.article ? $0.article < $1.article : $0.finding.sentenceIndex < $1.finding.sentenceIndex }
        let actors = ranked(list.flatMap(\.actors))
        let targets = ranked(list.compactMap(\.target))
        let articles = Array(Set(list.map(\.article))).sorted().map { ids[$0] }
        return ReactionTheme(theme: "\(key.story): \(key.stance.rawValue)", tone: tone(list), actors: actors,
                             mentions: list.count, articles: articles, quotes: quotes(list, ids), hedged: key.hedged,
                             story: key.story, stance: key.stance.rawValue, targets: targets)
    }

    /// Names by how often they occur, then alphabetically.
    static func ranked(_ names: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for n in names { counts[n, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    static func tone(_ list: [Resolved]) -> ReactionTheme.Tone {
        let tones = Set(list.map { "\($0.finding.tone)" })
        guard tones.count == 1 else { return .mixed }
        switch list[0].finding.tone {
        case .positive: return .positive
        case .negative: return .negative
        case .neutral: return .neutral
        }
    }

    /// Two quotes, from different articles and, where there are, different actors.
    static func quotes(_ list: [Resolved], _ ids: [String]) -> [Quote] {
        var out: [Quote] = []
        var articles = Set<Int>(), actors = Set<String>()
        for pass in 0..<2 {
            for r in list where out.count < 2 && !articles.contains(r.article) {
                if pass == 0 && actors.contains(r.actors[0]) { continue }
                articles.insert(r.article)
                actors.insert(r.actors[0])
                out.append(Quote(text: trim(r.finding.sentence), article: ids[r.article]))
            }
        }
        return out
    }

    /// Stories with the most reactions first; within a story, stances in their fixed order.
    static func order(_ themes: [ReactionTheme]) -> [ReactionTheme] {
        var weight: [String: Int] = [:]
        for t in themes { weight[t.story ?? "", default: 0] += t.mentions }
        func rank(_ t: ReactionTheme) -> Int { Stance(rawValue: t.stance ?? "").flatMap { Stance.allCases.firstIndex(of: $0) } ?? 0 }
        return themes.sorted { a, b in
            let wa = weight[a.story ?? ""]!, wb = weight[b.story ?? ""]!
            if wa != wb { return wa > wb }
            if a.story != b.story { return (a.story ?? "") < (b.story ?? "") }
            if rank(a) != rank(b) { return rank(a) < rank(b) }
            return !a.hedged && b.hedged
        }
    }

    /// Quotes stay readable: at most about 300 characters, cut at a word.
    static func trim(_ s: String, limit: Int = 300) -> String {
        guard s.count > limit else { return s }
        var cut = String(s.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "\u{2026}"
    }
}
