extension AliasMerger {
    /// Words that make a region of a name, never an owner of it ("South East Asia").
    static let compassWords: Set<String> = ["north", "south", "east", "west", "central", "upper", "lower", "greater"]

    /// Organisation names written without their owner, each with the one owned name it stands for:
    /// "Ministerial Council" for "OSCE Ministerial Council".
    ///
    /// Why these conditions: news writes the full name once and the short form after it, so a
    /// short form counts as the owned name when its owner (a name the corpus knows, a place or a
    /// nationality) is in view -- every article naming the short form names the owned name or the
    /// owner too -- or when the short form is no more frequent than the owned name. Two possible
    /// owners ("UN Security Council", "Russian Security Council") leave the short form alone: the
    /// reader could not tell which is meant either. And a short form named often, far from its
    /// supposed owner, is an entity of its own ("Labour Party" is not short for "Scottish Labour
    /// Party").
    ///
    /// - Parameters:
    ///   - keys, tokens, stats: each name node's key, written words and corpus statistics.
    ///   - candidates: which nodes may take part (organisation-like, not people).
    /// - Returns: (short form, owned name) node pairs.
    static func ownedShortForms(keys: [String], tokens: [[Substring]], stats: [CorpusAggregate.NameStats],
                                keyIndex: [String: Int], candidates: [Bool]) -> [(Int, Int)] {
        var byTail: [String: [(owned: Int, owner: Int?)]] = [:]
        for n in keys.indices where candidates[n] && tokens[n].count >= 3 {
            let t = tokens[n]
            for cut in 1..<(t.count - 1) {
                let owner = t[..<cut].map { NameKey.of($0) }
                guard !owner.contains(where: { compassWords.contains($0) }) else { continue }
                let ownerKey = owner.joined(separator: " ")
                let ownerNode = keyIndex[ownerKey]
                // An owner in capitals is a body's acronym ("UN Security Council") even where
                // the corpus never writes it alone.
                let acronym = cut == 1 && t[0].count >= 2 && t[0].allSatisfy { $0.isUppercase || $0 == "." }
                let known = ownerNode != nil || acronym || (owner.count == 1 && (Places.place(forKey: owner[0]) != nil
                                                                                 || Places.demonyms[owner[0]] != nil))
                guard known else { continue }
                byTail[t[cut...].map { NameKey.of($0) }.joined(separator: " "), default: []].append((n, ownerNode))
            }
        }
        var pairs: [(Int, Int)] = []
        for n in keys.indices where candidates[n] && tokens[n].count >= 2 {
            guard let owners = byTail[keys[n]], owners.count == 1, Places.place(forKey: keys[n]) == nil,
                  stats[n].place * 2 < stats[n].mentions else { continue }
            let (owned, owner) = owners[0]
            var inView = Set(stats[owned].articles)
            if let owner { inView.formUnion(stats[owner].articles) }
            if Set(stats[n].articles).isSubset(of: inView) || stats[n].mentions <= stats[owned].mentions {
                pairs.append((n, owned))
            }
        }
        return pairs
    }
}
