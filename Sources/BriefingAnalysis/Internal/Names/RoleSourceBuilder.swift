import BriefingModel

/// Attaches to each person the roles the articles give, each with the articles that give it.
///
/// Why per article: when sources disagree ("Senator Marco Rubio" in one, "Secretary of State
/// Marco Rubio" in others) the reader must see who says what; a bare list of roles hides it.
/// Roles that differ only in case or a leading nationality ("Russian Foreign Minister",
/// "Russia's Foreign Minister"; "Senator", "U.S. Senator") are one role, shown in its most
/// frequent written form; different roles are listed apart, most-cited first.
enum RoleSourceBuilder {
    static func attach(_ participants: [Participant], analyses: [ArticleAnalysis],
                       canonical: [String: String], articleIDs: [String]) -> [Participant] {
        // name -> lower-cased role -> (written form counts, article indices)
        var found: [String: [String: (forms: [String: Int], articles: Set<Int>)]] = [:]
        for a in analyses {
            for m in a.mentions {
                guard let role = m.role, let name = canonical[m.surface] else { continue }
                let key = Self.key(role)
                var entry = found[name, default: [:]][key] ?? (forms: [:], articles: [])
                entry.forms[role, default: 0] += 1
                entry.articles.insert(a.index)
                found[name, default: [:]][key] = entry
            }
        }
        return participants.map { p -> Participant in
            guard p.kind == .person, let roles = found[p.name] else { return p }
            var q = p
            q.roleSources = roles.values.map { entry -> RoleSource in
                let form = entry.forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
                return RoleSource(role: form, articles: entry.articles.sorted().map { articleIDs[$0] })
            }.sorted { $0.articles.count != $1.articles.count ? $0.articles.count > $1.articles.count : $0.role < $1.role }
            return q
        }
    }

    /// The role without a leading country or nationality, lower-cased: what tells roles apart.
    static func key(_ role: String) -> String {
        var words = role.split(separator: " ")
        while words.count > 1 {
            let k = NameKey.of(words[0])
            let possessive = words[0].hasSuffix("'s") || words[0].hasSuffix("\u{2019}s")
            guard Places.place(forKey: k) != nil || Places.demonyms[k] != nil || possessive else { break }
            words.removeFirst()
        }
        return words.joined(separator: " ").lowercased()
    }
}
