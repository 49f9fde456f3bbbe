import BriefingModel

/// Attaches to each person the roles the articles give, each with the articles that give it and
/// their dates, and flags roles that disagree.
///
/// Why per article: when sources disagree ("Senator Marco Rubio" in one, "Secretary of State
/// Marco Rubio" in others) the reader must see who says what; a bare list of roles hides it.
/// Roles that differ only in case or a leading nationality ("Russian Foreign Minister",
/// "Russia's Foreign Minister"; "Senator", "U.S. Senator") are one role, shown in its fullest
/// written form (a bare "President" gives way to "US President"); different roles are listed
/// apart, most-cited first, and each pair of different offices is a `RoleConflict`.
enum RoleSourceBuilder {
    /// One role's written forms (with counts) and the articles stating it.
    typealias Found = (forms: [String: Int], articles: Set<Int>)

    /// `names` are each article's participants, in article order.
    static func attach(_ participants: [Participant], names: [ArticleNames], numbering: ParticipantNumbering,
                       articleIDs: [String], articleDays: [Day?] = []) -> [Participant] {
        let found = collect(names, numbering: numbering)
        return participants.map { p -> Participant in
            guard p.kind == .person, let roles = found[p.name] else { return p }
            var q = p
            // Only the roles the participant holds: a title on a form joined without its titles
            // ("Prince Michael" counted for "Michael Jackson") is someone else's.
            let held = Set(p.roles.map(key))
            q.roleSources = roles.filter { held.contains($0.key) }.values.map { source($0, articleIDs: articleIDs, articleDays: articleDays) }
                .sorted { $0.articles.count != $1.articles.count ? $0.articles.count > $1.articles.count : $0.role < $1.role }
            q.roles = fullest(p.roles)
            q.roleConflicts = conflicts(q.roleSources)
            return q
        }
    }

    /// Participant name -> role key -> what the articles say.
    static func collect(_ names: [ArticleNames], numbering: ParticipantNumbering) -> [String: [String: Found]] {
        var found: [String: [String: Found]] = [:]
        for (article, a) in names.enumerated() {
            for stated in a.roles {
                let role = stated.role, name = numbering.name(stated.participant)
                let key = Self.key(role)
                var entry = found[name, default: [:]][key] ?? (forms: [:], articles: [])
                entry.forms[role, default: 0] += 1
                entry.articles.insert(article)
                found[name, default: [:]][key] = entry
            }
        }
        return found
    }

    /// The role in its fullest written form (most words, then most often), its articles and dates.
    static func source(_ entry: Found, articleIDs: [String], articleDays: [Day?]) -> RoleSource {
        let form = entry.forms.max { a, b in
            let wa = a.key.split(separator: " ").count, wb = b.key.split(separator: " ").count
            if wa != wb { return wa < wb }
            return a.value != b.value ? a.value < b.value : a.key > b.key
        }!.key
        let days = entry.articles.compactMap { $0 < articleDays.count ? articleDays[$0] : nil }
        return RoleSource(role: form, articles: entry.articles.sorted().map { articleIDs[$0] },
                          firstStated: days.min(), lastStated: days.max())
    }

    /// The roles without the shorter forms of a role also written in full ("President" when
    /// "US President" is there), in their order.
    static func fullest(_ roles: [String]) -> [String] {
        var longest: [String: Int] = [:]
        for r in roles { longest[key(r)] = max(longest[key(r)] ?? 0, r.split(separator: " ").count) }
        var seen = Set<String>()
        return roles.filter { r in
            let k = key(r)
            return r.split(separator: " ").count == longest[k] && seen.insert(k).inserted
        }
    }

    /// Pairs of the person's roles naming different offices: each role key's title words
    /// ("senator", "secretary of state") differ and neither contains the other ("foreign
    /// minister" and "minister" do not disagree). The three most-cited roles are compared.
    static func conflicts(_ sources: [RoleSource]) -> [RoleConflict] {
        let top = Array(sources.prefix(3))
        var out: [RoleConflict] = []
        for i in top.indices {
            for j in top.indices where j > i {
                let a = Set(key(top[i].role).split(separator: " ")), b = Set(key(top[j].role).split(separator: " "))
                let x = stripped(top[i].role), y = stripped(top[j].role)
                guard !a.isSubset(of: b), !b.isSubset(of: a), !abbreviates(x, y), !abbreviates(y, x) else { continue }
                out.append(RoleConflict(first: top[i], second: top[j]))
            }
        }
        return out
    }

    /// Is `short` an acronym of `long` ("CEO" of "Chief Executive", "PM" of "Prime Minister"):
    /// its letters begin with the initials of the long form's words; or the word cut short
    /// ("Prof" of "Professor")?
    static func abbreviates(_ short: String, _ long: String) -> Bool {
        // A word cut short ("Prof" of "Professor", "Gen" of "General").
        let s = short.lowercased().filter { $0 != "." }, l = long.lowercased()
        if s.count >= 3, !s.contains(" "), !l.contains(" "), s.count < l.count, l.hasPrefix(s) { return true }
        guard short.count >= 2, short.allSatisfy({ $0.isUppercase || $0 == "." }) else { return false }
        let initials = String(key(long).split(separator: " ").compactMap(\.first)).uppercased()
        let letters = short.filter { $0 != "." }
        return initials.count >= 2 && letters.hasPrefix(initials)
    }

    /// The role without a leading country, nationality or owner ("BP" of "BP Chief Executive"),
    /// lower-cased: what tells roles apart.
    static func key(_ role: String) -> String {
        stripped(role).lowercased()
    }

    /// The role without a leading country, nationality or owner, as written ("CEO" of "BP CEO"):
    /// an acronym is only recognised as one beside the other role's own words.
    static func stripped(_ role: String) -> String {
        var words = role.split(separator: " ")
        // A place of several words first ("Los Angeles Judge").
        for length in stride(from: min(3, words.count - 1), through: 2, by: -1)
        where Places.place(forKey: NameKey.of(words[..<length].joined(separator: " "))) != nil {
            words.removeFirst(length)
            break
        }
        while words.count > 1 {
            let k = NameKey.of(words[0])
            let possessive = words[0].hasSuffix("'s") || words[0].hasSuffix("\u{2019}s")
            let owner = !PersonWords.roleWords.contains(k) && PersonWords.roleWords.contains(NameKey.of(words[1]))
            guard Places.place(forKey: k) != nil || Places.demonyms[k] != nil || possessive || owner else { break }
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }
}
