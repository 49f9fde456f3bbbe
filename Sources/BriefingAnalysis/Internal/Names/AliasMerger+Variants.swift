import BriefingSupport

/// Unions of spelling variants, title-prefixed forms and surnames (see `NameVariant`).
extension AliasMerger {
    /// What the variant rules read about the name nodes.
    struct VariantInput {
        var keys: [String]
        var tokens: [[Substring]]
        var stats: [CorpusAggregate.NameStats]
        var keyIndex: [String: Int]
        var personLike: [Bool]
        /// Is the node's last word a place, an acronym, a given name written first more often than
        /// last, or another word that is no surname?
        var notSurname: [Bool]
    }

    /// "President Barack Obama" joins "Barack Obama", "Adm. Thad Allen" joins "Thad Allen":
    /// a form whose words after its titles are another form is that form.
    static func joinTitledForms(_ v: VariantInput, _ uf: inout UnionFind) {
        for n in v.keys.indices where v.tokens[n].count >= 2 {
            let core = NameVariant.core(v.tokens[n])
            guard core.count < v.tokens[n].count, let last = core.last, isNameShaped(last) else { continue }
            if let m = v.keyIndex[NameKey.of(core.joined(separator: " "))] { uf.union(n, m) }
        }
    }

    /// "Volkswagen Group" and "Volkswagen AG" join "Volkswagen": a name ending in a corporate
    /// designator (`Organizations.corporateDesignators`) is the company named without it, where
    /// the coverage uses that shorter name too and it is no person or place. Runs after the
    /// person rules, so a surname that joined a person ("Warner" in "Tim Warner") keeps its
    /// company ("Warner Inc") apart.
    static func joinCorporateForms(_ v: VariantInput, isPlace: (Int) -> Bool, _ uf: inout UnionFind) {
        var people = Set<Int>()
        for n in v.keys.indices where v.personLike[n] { people.insert(uf.find(n)) }
        for n in v.keys.indices where v.tokens[n].count >= 2 {
            guard let last = v.tokens[n].last, Organizations.corporateDesignators.contains(last.lowercased()) else { continue }
            let bare = v.tokens[n].dropLast().joined(separator: " ")
            guard let m = v.keyIndex[NameKey.of(bare)], !people.contains(uf.find(m)), !isPlace(m) else { continue }
            uf.union(n, m)
        }
    }

    /// Mentions one side of a swapped pair needs (`joinSwappedNames`).
    static let minimumSwappedMentions = 3

    /// "Abe Shinzo" joins "Shinzo Abe": a two-word personal name written family name first, as
    /// some outlets write East Asian names, where an article names both orders' persons (in any
    /// of their forms, "Abe" included) -- one person, not two people whose names happen to
    /// swap. Runs after the surname rules, so the other's forms are gathered.
    static func joinSwappedNames(_ v: VariantInput, _ uf: inout UnionFind) {
        for n in v.keys.indices where v.personLike[n] && v.tokens[n].count == 2 {
            let swapped = NameKey.of(v.tokens[n][1] + " " + v.tokens[n][0])
            guard let m = v.keyIndex[swapped], m != n, v.stats[m].place == 0, uf.find(n) != uf.find(m) else { continue }
            // Swapped pairs are rare, so gathering both groups' articles here stays cheap.
            let (rootN, rootM) = (uf.find(n), uf.find(m))
            var articlesN = Set<Int>(), articlesM = Set<Int>()
            var mentions = (0, 0)
            for k in v.keys.indices {
                let root = uf.find(k)
                if root == rootN { articlesN.formUnion(v.stats[k].articles); mentions.0 += v.stats[k].mentions }
                if root == rootM { articlesM.formUnion(v.stats[k].articles); mentions.1 += v.stats[k].mentions }
            }
            // One side must be a person the coverage keeps naming: two passing names in one
            // article (a family tree's "Richard John" and "John Richard") are two people.
            guard max(mentions.0, mentions.1) >= minimumSwappedMentions else { continue }
            if !articlesN.isDisjoint(with: articlesM) { uf.union(n, m) }
        }
    }

    /// Full personal names with the same skeleton are one person ("Moammar Gadhafi", "Muammar
    /// Qaddafi"; "Bashar al-Assad", "Bashar Al Assad").
    static func joinSkeletonVariants(_ v: VariantInput, _ uf: inout UnionFind) {
        var bySkeleton: [String: Int] = [:]
        for n in v.keys.indices where v.personLike[n] {
            let key = NameVariant.key(v.tokens[n])
            guard key.contains(" "), key.count >= 5 else { continue }
            if let m = bySkeleton[key] { uf.union(n, m) } else { bySkeleton[key] = n }
        }
    }

    /// A surname alone ("Obama", "Mr Hayward", "Col. Gaddafi") joins the full name it stands for:
    /// among the full names ending in the same skeleton, the one that shares the most articles
    /// with it (then the most mentioned) -- the person the articles introduced. A word with a
    /// life of its own (far more frequent than the full name) stays itself.
    static func joinSurnames(_ v: VariantInput, _ uf: inout UnionFind) {
        var bySurname: [String: [Int]] = [:]
        for n in v.keys.indices where v.personLike[n] && NameVariant.core(v.tokens[n]).count >= 2 {
            if let s = NameVariant.surname(v.tokens[n]) { bySurname[s, default: []].append(n) }
        }
        var mentionsByRoot: [Int: Int] = [:]
        for n in v.keys.indices { mentionsByRoot[uf.find(n), default: 0] += v.stats[n].mentions }
        var orphans: [String: [Int]] = [:]
        for n in v.keys.indices where !v.notSurname[n] {
            let core = NameVariant.core(v.tokens[n])
            guard core.count == 1, core[0].split(separator: "-").allSatisfy(isNameShaped) || core[0].hasPrefix("al-") else { continue }
            guard let s = NameVariant.surname(v.tokens[n]) else { continue }
            guard let sameSkeleton = bySurname[s], !sameSkeleton.isEmpty else { orphans[s, default: []].append(n); continue }
            // Written exactly as a full name's surname, or a transliteration of it.
            let exact = sameSkeleton.filter { NameKey.of(NameVariant.core(v.tokens[$0]).last!) == v.keys[n] }
            let variants = sameSkeleton.filter { m in
                let last = NameKey.of(NameVariant.core(v.tokens[m]).last!)
                return v.keys[n].count >= minimumVariantLength && editDistance(last, v.keys[n]) <= 2
            }
            let full = exact.isEmpty ? variants : exact
            guard !full.isEmpty else { continue }
            let mine = Set(v.stats[n].articles)
            func score(_ m: Int) -> (Int, Int) {
                (v.stats[m].articles.reduce(0) { $0 + (mine.contains($1) ? 1 : 0) }, mentionsByRoot[uf.find(m)] ?? 0)
            }
            let best = full.max { a, b in score(a) != score(b) ? score(a) < score(b) : v.keys[a] > v.keys[b] }!
            if v.stats[n].mentions > Self.ownLifeRatio * (mentionsByRoot[uf.find(best)] ?? 0) { continue }
            uf.union(n, best)
        }
        // Surnames with no full name in the corpus: spellings of one word are one name.
        for nodes in orphans.values where nodes.count >= 2 {
            for m in nodes.dropFirst() where v.keys[m].count >= minimumVariantLength
                && editDistance(v.keys[m], v.keys[nodes[0]]) <= 2 { uf.union(m, nodes[0]) }
        }
    }

    /// The shortest word a spelling variant is recognised in: shorter words have too few letters
    /// to tell a variant ("Gadhafi"/"Qaddafi") from another name ("Eton"/"Oaten").
    static let minimumVariantLength = 5

    /// How many times more often than its "Head of Tail" name a tail alone may be written and
    /// still be its short form ("Commons" runs to a few times "House of Commons"); far more often,
    /// it names something of its own ("Parliament" against one "House of Parliament").
    static let tailRatio = 5

    /// Party names and nicknames join their party ("Tories", "Tory", "Conservatives").
    static func joinParties(_ keys: [String], _ uf: inout UnionFind) {
        var anchor: [String: Int] = [:]
        for (n, k) in keys.enumerated() {
            guard let party = PoliticalParties.party(forKey: k) else { continue }
            if let a = anchor[party] { uf.union(a, n) } else { anchor[party] = n }
        }
    }
}

extension AliasMerger {
    /// A form of two or more words with no leading title: the name a person is best shown by
    /// ("Barack Obama", not "President Barack Obama").
    static func isUntitledFullName(_ surface: String) -> Bool {
        let t = surface.split(separator: " ")
        return t.count >= 2 && NameVariant.core(t).count == t.count
    }

    /// Does the generated gazetteer (countries, regions, cities) hold the form, or is it a
    /// geographic feature of a place ("Gulf of Mexico")? Why: a city stays a place however a
    /// sentence uses it ("Benghazi fell", "Louisiana sued").
    static func isGazetteerPlace(_ t: [Substring]) -> Bool {
        let lexicon = NameLexicon.shared
        if t.count == 1 {
            let c = lexicon.classOf(NameKey.of(t[0]))
            return !c.isDisjoint(with: [.country, .place]) && c.isDisjoint(with: [.given, .orgHead, .orgAcronym, .organization])
        }
        let key = NameKey.of(t.joined(separator: " "))
        if let kind = lexicon.phrases[key] { return kind == .place || kind == .country }
        guard t.count >= 3, NameKey.of(t[1]) == "of", NameWords.geographicOfHeads.contains(NameKey.of(t[0])) else { return false }
        return !lexicon.classOf(NameKey.of(t[t.count - 1])).isDisjoint(with: [.country, .place])
    }
}

extension AliasMerger {
    /// A one-word form that is an ordinary English word the corpus also writes in lower case
    /// ("Photograph", "Reply", "Today", "Budget", "NEXT"): page furniture, a caption or a
    /// capitalised noun, not a participant -- unless most of its mentions say it is an
    /// organisation, or it is a place, a given name, a party or a known name. (The caller keeps
    /// words that end a full name in the corpus: "Brown" of "Gordon Brown".)
    static func isPageWord(_ surface: String, _ st: CorpusAggregate.NameStats, lowerCount: Int) -> Bool {
        guard lowerCount > 0 else { return false }
        let key = NameKey.of(surface)
        let c = NameLexicon.shared.classOf(key)
        let named: NameClass = NameClass.known.union([.orgHead, .organization])
        guard c.contains(.common), c.isDisjoint(with: named), PoliticalParties.party(forKey: key) == nil,
              Places.place(forKey: key) == nil else { return false }
        // All capitals ("NEXT", "BACK") is a heading's or a button's shape, whatever the tagger says.
        // Written in lower case as often as capitalised: a word, whatever the tagger says.
        return surface.allSatisfy { !$0.isLowercase } || lowerCount >= st.mentions || st.organization * 2 < st.mentions
    }
}

extension AliasMerger {
    /// A one-word name that is the tail of exactly one "Head of Tail" name in the corpus
    /// ("Commons" of "House of Commons", "Lords" of "House of Lords"), and no place or person of
    /// its own, is that name's short form: (short form, long name) node pairs.
    static func ofTails(keys: [String], tokens: [[Substring]], personLike: [Bool],
                        stats: [CorpusAggregate.NameStats]) -> [(Int, Int)] {
        var owners: [String: [Int]] = [:]
        for n in keys.indices where tokens[n].count == 3 && NameKey.of(tokens[n][1]) == "of"
            && Organizations.connectorHeads.contains(NameKey.of(tokens[n][0])) {
            owners[NameKey.of(tokens[n][2]), default: []].append(n)
        }
        var pairs: [(Int, Int)] = []
        for n in keys.indices where tokens[n].count == 1 && !personLike[n] {
            guard let list = owners[keys[n]], list.count == 1, Places.place(forKey: keys[n]) == nil,
                  !isGazetteerPlace(tokens[n]), stats[n].mentions <= tailRatio * stats[list[0]].mentions else { continue }
            pairs.append((n, list[0]))
        }
        return pairs
    }
}

extension AliasMerger {
    /// A given name: the curated list, or the generated one when the word is no place and no
    /// ordinary word ("Jermaine", but not "Jordan" or "Bill" on that list's word alone).
    static func isGivenName(_ word: some StringProtocol) -> Bool {
        let key = NameKey.of(word)
        if PersonWords.firstNames.contains(key) { return true }
        let c = NameLexicon.shared.classOf(key)
        return c.contains(.given) && c.isDisjoint(with: [.common, .place, .country, .demonym, .orgHead])
    }
}
