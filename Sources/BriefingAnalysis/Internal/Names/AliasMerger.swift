import BriefingModel
import BriefingSupport

/// Merges the written forms of names into participants, and types them.
///
/// Evidence, strongest first: gazetteer places ("U.S.", "US", "United States" -> United
/// States); acronyms the texts define ("... in Europe (OSCE)") or well-known ones ("UN");
/// acronyms matching the initials of exactly one long name; person names with the same surname
/// and first names one edit apart ("Sergey"/"Sergei"); titled forms joined to the untitled one
/// ("Adm Thad Allen"); transliterations by their consonant skeleton ("Muammar Qaddafi",
/// "Moammar Gadhafi"); surnames alone ("Lavrov", "Col. Gaddafi") joined to the full name that
/// shares most articles with them; a name written family name first in an article that
/// also writes it the other way ("Abe Shinzo"); a company's legal form to its name ("Volkswagen AG");
/// party short forms and nicknames to their party ("Tories");
/// a geographic head alone to its one "Head of X" place ("Gulf"); a person's name run together
/// with furniture to the person ("End Quote Robert Peston BBC"); a given name alone to the one
/// full name its articles introduce ("Jermaine").
/// Before merging, forms seen only at sentence starts, more often as a lower-case word, or as
/// page furniture are dropped ("Buckle", "Allies", "Photograph"). Types: see `kind`.
struct AliasMerger {
    struct Result: Sendable {
        var participants: [Participant]
        /// Written form -> participant name.
        var canonical: [String: String]
    }

    static func merge(_ agg: CorpusAggregate, articleIDs: [String]) -> Result {
        let g = NameGraph(agg)
        var uf = UnionFind(g.keys.count)
        joinPlacesAndAcronyms(g, agg, &uf)
        joinFirstNameVariants(g, &uf)
        // Titles set aside, transliterations, surnames alone, party names (AliasMerger+Variants).
        let variants = VariantInput(keys: g.keys, tokens: g.tokens, stats: g.stats, keyIndex: g.keyIndex,
                                    personLike: g.personLike, notSurname: g.notSurnames())
        joinTitledForms(variants, &uf)
        joinSkeletonVariants(variants, &uf)
        joinSurnames(variants, &uf)
        joinSwappedNames(variants, &uf)
        joinParties(g.keys, &uf)
        joinGeographicHeads(g, &uf)
        joinCorporateForms(variants, isPlace: { Places.place(forKey: g.keys[$0]) != nil }, &uf)
        // Run-together forms and lone given names (AliasMerger+Embedded).
        let hidden = joinEmbeddedPersons(g, &uf)
        let titledGivenNames = joinGivenNames(g, &uf)
        let ownerless = joinShortForms(g, &uf)

        var groups: [Int: [Int]] = [:]
        for n in g.keys.indices { groups[uf.find(n), default: []].append(n) }
        var participants: [Participant] = []
        var canonical: [String: String] = [:]
        for root in groups.keys.sorted() {
            let (p, forms) = participant(groups[root]!, g, ownerless: ownerless, hidden: hidden,
                                         roleless: titledGivenNames, articleIDs: articleIDs)
            participants.append(p)
            for f in forms { canonical[f] = p.name }
        }
        return Result(participants: foldSameNames(participants), canonical: canonical)
    }

    /// Places by gazetteer; acronyms the texts define or well-known ones; acronyms matching the
    /// initials of exactly one organisation-shaped long name.
    static func joinPlacesAndAcronyms(_ g: NameGraph, _ agg: CorpusAggregate, _ uf: inout UnionFind) {
        var placeAnchor: [String: Int] = [:]
        for (n, k) in g.keys.enumerated() {
            guard let p = Places.place(forKey: k) else { continue }
            if let a = placeAnchor[p.canonical] { uf.union(a, n) } else { placeAnchor[p.canonical] = n }
        }
        for pair in agg.acronyms.keys.sorted(by: { ($0.acronym, $0.expansion) < ($1.acronym, $1.expansion) }) {
            if let a = g.keyIndex[NameKey.of(pair.acronym)], let b = g.keyIndex[NameKey.of(pair.expansion)] { uf.union(a, b) }
        }
        for (n, k) in g.keys.enumerated() {
            if let exp = Organizations.acronyms[k.uppercased()], let b = g.keyIndex[NameKey.of(exp)] { uf.union(n, b) }
        }
        var byInitials: [String: [Int]] = [:]
        for n in g.keys.indices where g.orgLike(n) && g.tokens[n].count >= 2 {
            let initials = g.tokens[n].filter { $0.first?.isUppercase == true }.compactMap { $0.first }.map { String($0) }.joined()
            if initials.count >= 2 { byInitials[initials, default: []].append(n) }
        }
        for n in g.keys.indices where g.tokens[n].count == 1 {
            let s = String(g.tokens[n][0]).filter { $0 != "." }
            guard s.count >= 2, s.count <= 6, s.allSatisfy(\.isUppercase), Places.place(forKey: g.keys[n]) == nil else { continue }
            if let c = byInitials[s], c.count == 1 { uf.union(n, c[0]) }
        }
    }

    /// Person names with the same surname and first names one edit apart ("Sergey"/"Sergei").
    static func joinFirstNameVariants(_ g: NameGraph, _ uf: inout UnionFind) {
        var bySurname: [String: [Int]] = [:]
        for n in g.keys.indices where g.personLike[n] {
            bySurname[NameKey.of(g.tokens[n].last!), default: []].append(n)
        }
        for surname in bySurname.keys.sorted() {
            let nodes = bySurname[surname]!
            for i in nodes.indices {
                for j in nodes.indices where j > i {
                    let fa = g.tokens[nodes[i]][0].lowercased(), fb = g.tokens[nodes[j]][0].lowercased()
                    if fa == fb || (min(fa.count, fb.count) >= 4 && editDistance(fa, fb) <= 1) {
                        uf.union(nodes[i], nodes[j])
                    }
                }
            }
        }
    }

    /// Organisation names without their owner ("Ministerial Council") join the owned name, and
    /// a tail joins its "Head of Tail" name ("Commons"). Returns the short forms' keys: never a
    /// participant's name.
    static func joinShortForms(_ g: NameGraph, _ uf: inout UnionFind) -> Set<String> {
        let candidates = g.keys.indices.map { g.orgLike($0) && !g.personLike[$0] }
        var ownerless = Set<String>()
        let pairs = ownedShortForms(keys: g.keys, tokens: g.tokens, stats: g.stats, keyIndex: g.keyIndex, candidates: candidates)
            + ofTails(keys: g.keys, tokens: g.tokens, personLike: g.personLike, stats: g.stats)
        for (short, long) in pairs {
            uf.union(short, long)
            ownerless.insert(g.keys[short])
        }
        return ownerless
    }

    /// Two groups may end up with the same canonical name (a place named in two ways): fold them.
    static func foldSameNames(_ participants: [Participant]) -> [Participant] {
        var byName: [String: Participant] = [:]
        for p in participants {
            if var q = byName[p.name] {
                q.mentions += p.mentions
                q.aliases = Array(Set(q.aliases + p.aliases).subtracting([q.name])).sorted()
                q.roles = Array(Set(q.roles + p.roles)).sorted()
                q.articles = Array(Set(q.articles + p.articles)).sorted()
                byName[p.name] = q
            } else { byName[p.name] = p }
        }
        return byName.values.sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.name < $1.name }
    }

    /// How many times more often than its full name a lone surname may be written and still be
    /// that person's.
    static let ownLifeRatio = 50

    /// Capitalised, then lower-case letters: "Lavrov", not "NATO" or "U.S.".
    static func isNameShaped(_ s: Substring) -> Bool {
        guard let f = s.first, f.isUppercase, s.count >= 2 else { return false }
        return s.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" }
            && !FunctionWords.isStop(s.lowercased()) && !Organizations.keywords.contains(s.lowercased())
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }
}
