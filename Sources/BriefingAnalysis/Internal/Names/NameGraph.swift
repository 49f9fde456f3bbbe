/// The written forms of names across a corpus, kept when they are real names and grouped into
/// nodes by key ("U.S." and "US" are one node), with what the merge rules ask of each node.
///
/// Why its own type: `AliasMerger` unites nodes by many rules (places, acronyms, surnames,
/// variants, parties); each rule reads the same per-node facts, computed once here.
struct NameGraph {
    typealias Stats = CorpusAggregate.NameStats

    /// Written form -> statistics, after sentence-start common words are folded away.
    let names: [String: Stats]
    /// Kept written forms, sorted; `surfacesOf` points into this.
    let kept: [(surface: String, key: String, stats: Stats)]
    let keys: [String]
    let keyIndex: [String: Int]
    let surfacesOf: [[Int]]
    let stats: [Stats]
    /// Each node's words as most often written ("Obama", not a headline's "OBAMA").
    let tokens: [[Substring]]
    private(set) var personLike: [Bool] = []
    /// Mentions of multi-word names ending in a word (its uses as a surname).
    let lastTokens: [String: Int]
    /// The same, of names that start with a given name ("Jackson" of "Michael Jackson").
    let personSurnames: [String: Int]

    init(_ agg: CorpusAggregate) {
        names = Self.foldSentenceStarts(agg)
        var last: [String: Int] = [:], personLast: [String: Int] = [:]
        for (surface, st) in names {
            let parts = surface.split(separator: " ")
            guard parts.count >= 2, let l = parts.last else { continue }
            last[NameKey.of(l), default: 0] += st.mentions
            if AliasMerger.isGivenName(parts[0]) { personLast[NameKey.of(l), default: 0] += st.mentions }
        }
        lastTokens = last
        personSurnames = personLast
        kept = Self.keep(names, agg: agg, lastTokens: last, personSurnames: personLast)
        var keyIndex: [String: Int] = [:], keys: [String] = [], surfacesOf: [[Int]] = []
        for (i, k) in kept.enumerated() {
            if let n = keyIndex[k.key] { surfacesOf[n].append(i) } else {
                keyIndex[k.key] = keys.count
                keys.append(k.key)
                surfacesOf.append([i])
            }
        }
        (self.keys, self.keyIndex, self.surfacesOf) = (keys, keyIndex, surfacesOf)
        let kept = self.kept
        stats = surfacesOf.map { list in
            var s = Stats()
            for i in list { s.merge(kept[i].stats) }
            return s
        }
        tokens = surfacesOf.map { list in
            kept[list.max { kept[$0].stats.mentions < kept[$1].stats.mentions }!].surface.split(separator: " ")
        }
        personLike = keys.indices.map { computePersonLike($0, agg) }
    }

    /// Sentence-initial common words the article alone could not recognise ("Former Chelsea",
    /// "Big Apple" at a sentence start): the corpus knows them as lower-case words.
    static func foldSentenceStarts(_ agg: CorpusAggregate) -> [String: Stats] {
        var names: [String: Stats] = [:]
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
        return names
    }

    /// The real names among the written forms: holidays, phrases shouted in capitals, and
    /// one-word forms seen only at sentence starts, more often as a lower-case word, or as page
    /// furniture are dropped (unless a surname, a place,
    /// an acronym the texts define or a party).
    static func keep(_ names: [String: Stats], agg: CorpusAggregate, lastTokens: [String: Int],
                     personSurnames: [String: Int]) -> [(surface: String, key: String, stats: Stats)] {
        let defined = Set(agg.acronyms.keys.map { NameKey.of($0.acronym) })
        // Keys the corpus also writes in mixed case: a form in capitals of such a key is the name shouted.
        let mixedCase = Set(names.keys.filter { !isShoutedPhrase($0) }.map { NameKey.of($0) })
        var kept: [(surface: String, key: String, stats: Stats)] = []
        for surface in names.keys.sorted() {
            let st = names[surface]!
            let key = NameKey.of(surface)
            guard !key.isEmpty, !CalendarWords.holidays.contains(key) else { continue }
            let single = !surface.utf8.contains(0x20)
            let lower = agg.lowerCounts[surface.lowercased()] ?? 0
            if single && !defined.contains(key) && personSurnames[key] == nil
                && AliasMerger.isPageWord(surface, st, lowerCount: lower) { continue }
            // A word ending longer names may be a surname alone ("Gadhafi"), but a word the
            // corpus also writes in lower case only when it ends a person's name ("Straw" of
            // "Jack Straw", not "Police" of "Thames Valley Police").
            let maybeSurname = personSurnames[key] != nil || lastTokens[key] != nil && lower == 0
            let allCaps = surface.count >= 2 && surface.allSatisfy { $0.isUppercase || $0 == "." || $0.isNumber || $0 == "-" }
            if !single && !mixedCase.contains(key) { continue }
            if single && Places.place(forKey: key) == nil && !allCaps && !defined.contains(key)
                && PoliticalParties.party(forKey: key) == nil && !maybeSurname && st.person == 0 {
                if st.nonInitial == 0 || lower > st.nonInitial { continue }
            }
            kept.append((surface, key, st))
        }
        return kept
    }

    /// A phrase mostly in capitals, two or more of them and half or more of those ordinary
    /// English words ("CAP FOR LEAKING OIL WELL", "BP OIL SPILL", and "CAP FOR LEAKING OIL WELL
    /// Engineers" where the headline ran into the text): a shouted headline or a page's section
    /// label, not a name. A name in capitals is mostly names ("GRIFFITH EVANS"); a form of the
    /// same key written otherwise keeps it ("BBC RADIO" beside "BBC Radio").
    static func isShoutedPhrase(_ surface: String) -> Bool {
        let all = surface.split(whereSeparator: { $0 == " " || $0 == "&" })
        let words = all.filter { $0.count >= 2 && !$0.contains(where: \.isLowercase) }
        guard words.count >= 2, words.count * 2 > all.count else { return false }
        let lexicon = NameLexicon.shared
        let ordinary = words.filter { w in
            let key = NameKey.of(w)
            if Places.place(forKey: key) != nil || PoliticalParties.party(forKey: key) != nil { return false }
            let c = lexicon.classOf(key)
            return FunctionWords.isStop(key) || c.contains(.common) && c.isDisjoint(with: [.given, .proper, .orgAcronym, .country, .place])
        }
        return words.count >= 2 && ordinary.count * 2 >= words.count
    }

    /// Organisation-shaped long names: a head word, a connector, or organisation evidence.
    func orgLike(_ n: Int) -> Bool {
        stats[n].organization > 0 || tokens[n].contains { w in
            let l = w.lowercased()
            return Organizations.keywords.contains(l) || l == "of" || l == "for" || l == "and"
        }
    }

    /// A person's full name: two or more words, no place or nationality among them, and person
    /// evidence, a given name first, or (for unknown names) name-shaped words.
    private func computePersonLike(_ n: Int, _ agg: CorpusAggregate) -> Bool {
        let t = tokens[n]
        guard t.count >= 2, Places.place(forKey: keys[n]) == nil else { return false }
        let s = stats[n]
        if s.organization > s.person { return false }
        if t.contains(where: { w in
            let k = NameKey.of(w)
            return Places.place(forKey: k) != nil || Places.demonyms[k] != nil || Places.regionAdjectives.contains(k)
        }) { return false }
        if s.person > 0 || AliasMerger.isGivenName(t[0]) { return true }
        // Unknown names: name-shaped words, none a place, the first no common word.
        return t.count <= 3 && t.allSatisfy { AliasMerger.isNameShaped($0) && Places.place(forKey: NameKey.of($0)) == nil }
            && (agg.lowerCounts[t[0].lowercased()] ?? 0) < 2 && !orgLike(n)
            // "Microsoft Windows": a first word that is a name of its own is a modifier -- unless
            // the last word is a person's surname ("Jermaine Jackson" beside "Michael Jackson").
            && ((names[String(t[0])]?.mentions ?? 0) < 3 || personSurnames[NameKey.of(t[t.count - 1])] != nil)
    }

    /// Is the node's last word no surname: a place, an acronym, or a given name more often
    /// written first in names than last?
    func notSurnames() -> [Bool] {
        var firstWords: [String: Int] = [:]
        for (surface, st) in names where surface.utf8.contains(0x20) {
            if let f = surface.split(separator: " ").first { firstWords[NameKey.of(f), default: 0] += st.mentions }
        }
        return tokens.map { t in
            guard let last = NameVariant.core(t).last else { return true }
            let k = NameKey.of(last)
            return Places.place(forKey: k) != nil || String(last).allSatisfy(\.isUppercase)
                || (PersonWords.firstNames.contains(k) && (firstWords[k] ?? 0) > lastTokens[k, default: 0])
        }
    }
}
