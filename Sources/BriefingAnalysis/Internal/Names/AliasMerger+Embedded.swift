import BriefingSupport

/// Person names run together with the words around them ("End Quote Robert Peston BBC", "US Gulf
/// Tony Hayward"): page furniture, a caption's credit or a headline pressed against the name.
extension AliasMerger {
    /// A form of three or more words that holds exactly one person's full name of the corpus, the
    /// other words no part of any name (acronyms, places, titles, ordinary English words), joins
    /// that person, and is returned as a hidden form (counted, never shown as a name or alias).
    ///
    /// Why: the name finder reads a run of capitals as one name; where a page drops the
    /// punctuation between a pull-quote's label, the speaker's name and their employer, the run
    /// is still a mention of the person -- and shown as it stands, page furniture.
    static func joinEmbeddedPersons(_ g: NameGraph, _ uf: inout UnionFind) -> Set<String> {
        var people: [String: Int] = [:]
        for n in g.keys.indices where g.personLike[n] && g.tokens[n].count >= 2
            && NameVariant.core(g.tokens[n]).count == g.tokens[n].count
            && (isGivenName(g.tokens[n][0]) || g.stats[n].person * 2 > g.stats[n].mentions) {
            people[g.keys[n]] = n
        }
        var hidden = Set<String>()
        for m in g.keys.indices where g.tokens[m].count >= 3 && people[g.keys[m]] == nil {
            let t = g.tokens[m]
            guard Places.place(forKey: g.keys[m]) == nil, PoliticalParties.party(forKey: g.keys[m]) == nil,
                  let (person, range) = embeddedPerson(t, people) else { continue }
            let outside = t.indices.filter { !range.contains($0) }
            guard outside.allSatisfy({ isNoNameWord(t[$0]) }),
                  !t[range.upperBound...].contains(where: { Organizations.keywords.contains($0.lowercased()) }),
                  range.lowerBound == 0 || !EntityRecognizer.connectors.contains(t[range.lowerBound - 1].lowercased())
            else { continue }
            uf.union(m, person)
            hidden.insert(g.keys[m])
        }
        return hidden
    }

    /// The one person's full name inside the words (longest first), with its word range; nil when
    /// none or two different people are there.
    static func embeddedPerson(_ t: [Substring], _ people: [String: Int]) -> (Int, Range<Int>)? {
        var found: (Int, Range<Int>)?
        for length in stride(from: t.count - 1, through: 2, by: -1) {
            for start in 0...(t.count - length) {
                let range = start..<(start + length)
                guard let n = people[NameKey.of(t[range].joined(separator: " "))] else { continue }
                if let f = found {
                    if f.0 != n && !f.1.overlaps(range) { return nil }
                } else { found = (n, range) }
            }
        }
        return found
    }

    /// A word that is no part of a personal name: an acronym or a word in capitals, a place or
    /// nationality, a title, a function word, or an ordinary English word that is no given name.
    static func isNoNameWord(_ w: Substring) -> Bool {
        let key = NameKey.of(w)
        if w.count >= 2 && w.allSatisfy({ $0.isUppercase || $0 == "." || $0 == "&" }) { return true }
        if Places.place(forKey: key) != nil || Places.demonyms[key] != nil || NameVariant.isTitle(w) { return true }
        if FunctionWords.isStop(key) { return true }
        let c = NameLexicon.shared.classOf(key)
        return c.contains(.common) && c.isDisjoint(with: [.given, .proper])
    }
}

extension AliasMerger {
    /// A given name written alone ("Jermaine") joins the one full name the articles naming it
    /// introduce ("Jermaine Jackson"): the only full name starting with it that the corpus writes
    /// in an article beside it; or, among several, the one present in the most of its articles
    /// (two at least) when no other is in more than half as many ("Katherine" beside "Katherine
    /// Jackson" in five articles and "Katherine Jenkins" in one). A given name mostly written with
    /// a title ("Prince Michael", "Queen Elizabeth") is how royals and peers are named -- a name
    /// of its own, left alone -- and so is a word written as a surname at least as often as first.
    ///
    /// - Returns: the keys of joined given names some of whose mentions carry a title (a minority):
    ///   those titles are not the full name's roles.
    static func joinGivenNames(_ g: NameGraph, _ uf: inout UnionFind) -> Set<String> {
        var byFirst: [String: [Int]] = [:]
        var firstUses: [String: Int] = [:]
        for n in g.keys.indices where g.tokens[n].count >= 2 {
            firstUses[NameKey.of(g.tokens[n][0]), default: 0] += g.stats[n].mentions
            guard g.personLike[n], NameVariant.core(g.tokens[n]).count == g.tokens[n].count else { continue }
            byFirst[NameKey.of(g.tokens[n][0]), default: []].append(n)
        }
        // Nodes already joined to others (a surname alone, a variant) are left as they are.
        var groupSizes: [Int: Int] = [:]
        for n in g.keys.indices { groupSizes[uf.find(n), default: 0] += 1 }
        var titled = Set<String>()
        for n in g.keys.indices where g.tokens[n].count == 1
            && g.stats[n].roles.values.reduce(0, +) * givenNameTitledShare < g.stats[n].mentions {
            let key = g.keys[n]
            guard let candidates = byFirst[key], groupSizes[uf.find(n)] == 1, usedAsGivenName(g.tokens[n][0]),
                  (firstUses[key] ?? 0) > (g.lastTokens[key] ?? 0) else { continue }
            let mine = Set(g.stats[n].articles)
            let present = candidates.map { c in (c, g.stats[c].articles.reduce(0) { $0 + (mine.contains($1) ? 1 : 0) }) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : g.keys[$0.0] < g.keys[$1.0] }
            guard let best = present.first, best.1 >= 1 else { continue }
            // Several full names with this given name: the best must be in half its articles
            // (two at least) and far ahead of the next.
            if present.count > 1 {
                guard best.1 >= 2, present[1].1 * givenNameRivalRatio <= best.1 else { continue }
            }
            uf.union(n, best.0)
            if !g.stats[n].roles.isEmpty { titled.insert(key) }
        }
        return titled
    }

    /// A lone given name with a title in more than one mention in this many ("Prince Michael")
    /// names someone of its own.
    static let givenNameTitledShare = 4

    /// A given name by the lists, or a name-shaped word no dictionary writes in lower case
    /// ("Jermaine"): the caller has seen it start a person's full name more often than end one.
    static func usedAsGivenName(_ word: Substring) -> Bool {
        isGivenName(word) || isNameShaped(word) && !NameLexicon.shared.classOf(NameKey.of(word)).contains(.common)
    }

    /// How many times more of a lone given name's articles its full name must be in than any
    /// other full name with that given name: "Michael" beside "Michael Jackson" in every article
    /// and "Michael Pastor" in a few is Jackson; two names about as present leave it alone.
    static let givenNameRivalRatio = 2

    /// A geographic head alone ("Gulf") is the "Head of X" place the corpus names ("Gulf of
    /// Mexico") when one such place holds nearly all those names' mentions and the head alone is
    /// not written far more often than it.
    static func joinGeographicHeads(_ g: NameGraph, _ uf: inout UnionFind) {
        var byHead: [String: [Int]] = [:]
        for n in g.keys.indices where g.tokens[n].count >= 3 && NameKey.of(g.tokens[n][1]) == "of" {
            let head = NameKey.of(g.tokens[n][0])
            if NameWords.geographicOfHeads.contains(head) { byHead[head, default: []].append(n) }
        }
        var groupSizes: [Int: Int] = [:]
        for n in g.keys.indices { groupSizes[uf.find(n), default: 0] += 1 }
        // The head may be a gazetteer region ("the Gulf"), but no country, and no other form joined it.
        for n in g.keys.indices where g.tokens[n].count == 1 && Places.place(forKey: g.keys[n])?.isCountry != true
            && groupSizes[uf.find(n)] == 1 {
            guard let list = byHead[g.keys[n]],
                  let best = list.max(by: { g.stats[$0].mentions < g.stats[$1].mentions }) else { continue }
            let others = list.reduce(0) { $0 + ($1 == best ? 0 : g.stats[$1].mentions) }
            guard g.stats[best].mentions >= dominantPlaceRatio * others,
                  g.stats[n].mentions <= tailRatio * g.stats[best].mentions else { continue }
            uf.union(n, best)
        }
    }

    /// How many times the mentions of every other "Head of X" place the one a head alone stands
    /// for must have ("Gulf of Mexico" 500 times, "Gulf of Sirte" once).
    static let dominantPlaceRatio = 10
}
