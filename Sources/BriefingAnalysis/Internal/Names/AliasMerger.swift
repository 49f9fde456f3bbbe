import BriefingModel
import BriefingSupport

/// Merges the written forms of names into participants, and types them.
///
/// Evidence, strongest first: gazetteer places ("U.S.", "US", "United States" -> United
/// States); acronyms the texts define ("... in Europe (OSCE)") or well-known ones ("UN");
/// acronyms matching the initials of exactly one long name; person names with the same surname
/// and first names one edit apart ("Sergey"/"Sergei"); surnames alone ("Lavrov") joined to the
/// most-mentioned full name ending in them. Before merging, forms seen only at sentence starts,
/// or more often as a lower-case word, are dropped as common words ("Buckle", "Allies").
/// Types: a person when any form is a full personal name or has person evidence (roles,
/// honorifics, first names) -- people are never typed as places; else a gazetteer place; else
/// an organisation (head words, acronyms); else a place by context ("in X"); else other.
struct AliasMerger {
    struct Result: Sendable {
        var participants: [Participant]
        /// Written form -> participant name.
        var canonical: [String: String]
    }

    static func merge(_ agg: CorpusAggregate, articleIDs: [String]) -> Result {
        // Sentence-initial common words the article alone could not recognise ("Former Chelsea",
        // "Big Apple" at a sentence start): the corpus knows them as lower-case words.
        var names: [String: CorpusAggregate.NameStats] = [:]
        for surface in agg.names.keys.sorted() {
            var st = agg.names[surface]!
            var parts = surface.split(separator: " ")
            if parts.count >= 2, st.nonInitial == 0 {
                let first = parts[0].lowercased()
                if (agg.lowerCounts[first] ?? 0) >= 2, !PersonWords.firstNames.contains(first),
                   Places.place(forKey: NameKey.of(parts[0])) == nil {
                    parts.removeFirst()
                    st.nonInitial = st.mentions
                }
            }
            let key = parts.joined(separator: " ")
            if names[key] == nil { names[key] = st } else { names[key]!.merge(st) }
        }
        // Which single words end a multi-word name (surnames)?
        var lastTokens: [String: Int] = [:]
        var personSurnames: [String: Int] = [:]      // last words of names that start with a given name
        for (surface, st) in names {
            let parts = surface.split(separator: " ")
            if parts.count >= 2, let l = parts.last { lastTokens[NameKey.of(l), default: 0] += st.mentions }
            if parts.count >= 2, let l = parts.last, Self.isGivenName(parts[0]) {
                personSurnames[NameKey.of(l), default: 0] += st.mentions
            }
        }
        let defined = Set(agg.acronyms.keys.map { NameKey.of($0.acronym) })

        // 1. Keep real names.
        var kept: [(surface: String, key: String, stats: CorpusAggregate.NameStats)] = []
        for surface in names.keys.sorted() {
            let st = names[surface]!
            let key = NameKey.of(surface)
            guard !key.isEmpty else { continue }
            let single = !surface.utf8.contains(0x20)
            let isPlace = Places.place(forKey: key) != nil
            let allCaps = surface.count >= 2 && surface.allSatisfy { $0.isUppercase || $0 == "." || $0.isNumber || $0 == "-" }
            if single && !defined.contains(key) && personSurnames[key] == nil
                && Self.isPageWord(surface, st, lowerCount: agg.lowerCounts[surface.lowercased()] ?? 0) {
                continue
            }
            if single && !isPlace && !allCaps && !defined.contains(key) && PoliticalParties.party(forKey: key) == nil {
                let lower = surface.lowercased()
                let surnameOf = lastTokens[key] ?? 0
                if st.nonInitial == 0 && surnameOf == 0 && st.person == 0 { continue }
                if (agg.lowerCounts[lower] ?? 0) > st.nonInitial && surnameOf == 0 && st.person == 0 { continue }
            }
            kept.append((surface, key, st))
        }

        // 2. Nodes are keys; several written forms may share one ("U.S.", "US").
        var keyIndex: [String: Int] = [:]
        var keys: [String] = []
        var surfacesOf: [[Int]] = []
        for (i, k) in kept.enumerated() {
            if let n = keyIndex[k.key] { surfacesOf[n].append(i) } else {
                keyIndex[k.key] = keys.count
                keys.append(k.key)
                surfacesOf.append([i])
            }
        }
        var uf = UnionFind(keys.count)
        func stats(_ node: Int) -> CorpusAggregate.NameStats {
            var s = CorpusAggregate.NameStats()
            for i in surfacesOf[node] { s.merge(kept[i].stats) }
            return s
        }
        let nodeStats = (0..<keys.count).map(stats)
        // Each node's words as most often written ("Obama", not a headline's "OBAMA").
        let nodeTokens = (0..<keys.count).map { n in
            kept[surfacesOf[n].max { kept[$0].stats.mentions < kept[$1].stats.mentions }!].surface.split(separator: " ")
        }
        func tokens(_ node: Int) -> [Substring] { nodeTokens[node] }
        // Organisation-shaped long names: a head word, a connector, or organisation evidence.
        func orgLike(_ n: Int) -> Bool {
            let t = tokens(n)
            return nodeStats[n].organization > 0 || t.contains { w in
                let l = w.lowercased()
                return Organizations.keywords.contains(l) || l == "of" || l == "for" || l == "and"
            }
        }

        // Places by gazetteer.
        var placeAnchor: [String: Int] = [:]
        for (n, k) in keys.enumerated() {
            guard let p = Places.place(forKey: k) else { continue }
            if let a = placeAnchor[p.canonical] { uf.union(a, n) } else { placeAnchor[p.canonical] = n }
        }
        // Acronyms: defined in the texts, or well known.
        for pair in agg.acronyms.keys.sorted(by: { ($0.acronym, $0.expansion) < ($1.acronym, $1.expansion) }) {
            if let a = keyIndex[NameKey.of(pair.acronym)], let b = keyIndex[NameKey.of(pair.expansion)] { uf.union(a, b) }
        }
        for (n, k) in keys.enumerated() {
            if let exp = Organizations.acronyms[k.uppercased()], let b = keyIndex[NameKey.of(exp)] { uf.union(n, b) }
        }
        // Acronyms matching the initials of exactly one long name.
        var byInitials: [String: [Int]] = [:]
        for n in 0..<keys.count where orgLike(n) {
            let t = tokens(n)
            guard t.count >= 2 else { continue }
            let initials = t.filter { $0.first?.isUppercase == true }.compactMap { $0.first }.map { String($0) }.joined()
            if initials.count >= 2 { byInitials[initials, default: []].append(n) }
        }
        for n in 0..<keys.count {
            let t = tokens(n)
            guard t.count == 1 else { continue }
            let s = String(t[0]).filter { $0 != "." }
            guard s.count >= 2, s.count <= 6, s.allSatisfy(\.isUppercase), Places.place(forKey: keys[n]) == nil else { continue }
            if let c = byInitials[s], c.count == 1 { uf.union(n, c[0]) }
        }
        // Person names: same surname, first names one edit apart.
        func computePersonLike(_ n: Int) -> Bool {
            let t = tokens(n)
            guard t.count >= 2, Places.place(forKey: keys[n]) == nil else { return false }
            let s = nodeStats[n]
            if s.organization > s.person { return false }
            if t.contains(where: { w in
                let k = NameKey.of(w)
                return Places.place(forKey: k) != nil || Places.demonyms[k] != nil || Places.regionAdjectives.contains(k)
            }) { return false }
            if s.person > 0 || Self.isGivenName(t[0]) { return true }
            // Unknown names: name-shaped words, none a place, the first no common word.
            return t.count <= 3 && t.allSatisfy { isNameShaped($0) && Places.place(forKey: NameKey.of($0)) == nil }
                && (agg.lowerCounts[t[0].lowercased()] ?? 0) < 2 && !orgLike(n)
                // "Microsoft Windows": a first word that is a name of its own is a modifier.
                && (names[String(t[0])]?.mentions ?? 0) < 3
        }
        let personLikeCache = (0..<keys.count).map(computePersonLike)
        func personLike(_ n: Int) -> Bool { personLikeCache[n] }
        var bySurname: [String: [Int]] = [:]
        for n in 0..<keys.count where personLike(n) {
            bySurname[NameKey.of(tokens(n).last!), default: []].append(n)
        }
        for surname in bySurname.keys.sorted() {
            let nodes = bySurname[surname]!
            for i in 0..<nodes.count {
                for j in (i + 1)..<max(i + 1, nodes.count) {
                    let a = tokens(nodes[i]), b = tokens(nodes[j])
                    let fa = a[0].lowercased(), fb = b[0].lowercased()
                    if fa == fb || (min(fa.count, fb.count) >= 4 && editDistance(fa, fb) <= 1) {
                        uf.union(nodes[i], nodes[j])
                    }
                }
            }
        }
        // Titles set aside, transliterations, surnames alone, party names (AliasMerger+Variants).
        var firstWords: [String: Int] = [:]
        for (surface, st) in names where surface.utf8.contains(0x20) {
            if let f = surface.split(separator: " ").first { firstWords[NameKey.of(f), default: 0] += st.mentions }
        }
        let notSurname = (0..<keys.count).map { n -> Bool in
            let t = tokens(n)
            guard let last = NameVariant.core(t).last else { return true }
            let k = NameKey.of(last)
            return Places.place(forKey: k) != nil || String(last).allSatisfy(\.isUppercase)
                || (PersonWords.firstNames.contains(k) && (firstWords[k] ?? 0) > lastTokens[k, default: 0])
        }
        let variants = VariantInput(keys: keys, tokens: nodeTokens, stats: nodeStats, keyIndex: keyIndex,
                                    personLike: personLikeCache, notSurname: notSurname)
        Self.joinTitledForms(variants, &uf)
        Self.joinSkeletonVariants(variants, &uf)
        Self.joinSurnames(variants, &uf)
        Self.joinParties(keys, &uf)

        // Organisation names without their owner ("Ministerial Council") join the owned name.
        let orgCandidates = (0..<keys.count).map { orgLike($0) && !personLike($0) }
        var ownerless = Set<String>()     // short forms, never the participant's name
        for (short, long) in Self.ownedShortForms(keys: keys, tokens: nodeTokens, stats: nodeStats,
                                                  keyIndex: keyIndex, candidates: orgCandidates) {
            uf.union(short, long)
            ownerless.insert(keys[short])
        }
        for (short, long) in Self.ofTails(keys: keys, tokens: nodeTokens, personLike: personLikeCache, stats: nodeStats) {
            uf.union(short, long)
            ownerless.insert(keys[short])
        }

        // 3. Groups -> participants.
        var groups: [Int: [Int]] = [:]
        for n in 0..<keys.count { groups[uf.find(n), default: []].append(n) }
        var participants: [Participant] = []
        var canonical: [String: String] = [:]
        for root in groups.keys.sorted() {
            let nodes = groups[root]!
            var st = CorpusAggregate.NameStats()
            for n in nodes { st.merge(nodeStats[n]) }
            var forms: [(surface: String, mentions: Int)] = []
            for n in nodes { for i in surfacesOf[n] { forms.append((kept[i].surface, kept[i].stats.mentions)) } }
            let placeEntry = nodes.lazy.compactMap { Places.place(forKey: keys[$0]) }.first
            let hasPersonName = nodes.contains { personLike($0) && (nodeStats[$0].person > 0 || Self.isGivenName(tokens($0)[0])) }
            let hasAcronym = nodes.contains { n in let s = String(tokens(n)[0]); return tokens(n).count == 1 && s.count >= 2 && s.filter { $0 != "." }.allSatisfy(\.isUppercase) }
            let party = nodes.lazy.compactMap { PoliticalParties.party(forKey: keys[$0]) }.first
            let gazetteerPlace = placeEntry != nil || nodes.contains { Self.isGazetteerPlace(tokens($0)) }
            let kind: Participant.Kind
            if party != nil {
                kind = .organization
            } else if hasPersonName || (!gazetteerPlace && st.person > 0 && st.person >= st.organization) {
                kind = .person
            } else if gazetteerPlace {
                kind = .place
            } else if st.organization > 0 || hasAcronym {
                kind = .organization
            } else if st.place > 0 && st.place * 2 >= st.mentions {
                kind = .place                    // "in X" in most of its mentions
            } else if nodes.contains(where: personLike) {
                kind = .person
            } else {
                kind = .other
            }
            // The canonical name.
            func best(_ list: [(surface: String, mentions: Int)]) -> String? {
                list.max { a, b in
                    if a.mentions != b.mentions { return a.mentions < b.mentions }
                    if a.surface.count != b.surface.count { return a.surface.count < b.surface.count }
                    return a.surface > b.surface
                }?.surface
            }
            let owned = forms.filter { !ownerless.contains(NameKey.of($0.surface)) }
            if !owned.isEmpty { forms = owned + forms.filter { ownerless.contains(NameKey.of($0.surface)) }.map { ($0.surface, 0) } }
            var name: String
            if let party {
                name = party
            } else if kind == .place, let p = placeEntry {
                name = p.canonical
            } else if kind == .person {
                name = best(forms.filter { Self.isUntitledFullName($0.surface) })
                    ?? best(forms.filter { $0.surface.utf8.contains(0x20) }) ?? best(forms)!
            } else if kind == .organization, hasAcronym, let long = best(forms.filter { $0.surface.split(separator: " ").count >= 2 }) {
                name = long
            } else {
                name = best(forms)!
            }
            if kind == .organization, !name.utf8.contains(0x20), let exp = Organizations.acronyms[name.uppercased()],
               exp.utf8.contains(0x20), forms.contains(where: { NameKey.of($0.surface) == NameKey.of(exp) }) {
                name = exp
            }
            var seen = Set<String>()
            var aliases: [String] = []
            for f in forms.map(\.surface).sorted() where f != name && seen.insert(f).inserted { aliases.append(f) }
            var roleSeen = Set<String>()
            let roles = st.roles.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map(\.key).filter { roleSeen.insert($0.lowercased()).inserted }
            let articles = Array(Set(st.articles)).sorted().map { articleIDs[$0] }
            participants.append(Participant(name: name, kind: kind, aliases: aliases, roles: kind == .person ? roles : [],
                                            mentions: st.mentions, articles: articles))
            for f in forms { canonical[f.surface] = name }
        }
        // Two groups may end up with the same canonical name (a place named in two ways): fold them.
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
        let merged = byName.values.sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.name < $1.name }
        return Result(participants: merged, canonical: canonical)
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
