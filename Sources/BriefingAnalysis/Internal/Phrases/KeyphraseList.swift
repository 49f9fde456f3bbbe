/// An article's published key phrases: editor-style multi-word phrases first, then the
/// strongest single terms.
///
/// Why this shape: an editor tags an article with phrases ("nuclear talks", "Watkins Glen
/// International"), which is what a reader scans first; yet readers asked to mark an article's
/// key phrases (500N-KPCrowd) mostly mark its distinctive single words and names. So from one
/// ranking of words and phrases on a single scale (`KeyphraseRanker`), the list leads with the
/// multi-word phrases that rank among the article's strongest terms (within `poolFactor` times
/// the list's length), up to half the list, sharing no word with each other ("Phish Phavors New"
/// and "Phavors New York" are one name cut two ways); the rest of the list is the ranking's
/// best remaining terms, single words included, because a reader looking for "Phish" should
/// find it listed. An article with no strong phrase simply leads with its terms: a weak phrase
/// is not promoted for the sake of the shape.
///
/// A name is listed once: when "Marco Rubio" is listed, "Rubio" and "Marco" are not (a reader
/// gains nothing from its parts, and they would crowd out other terms). Only when the article
/// has too few other terms to fill the list do the parts come back, at its end.
/// A three-word phrase leads only if the article repeats it: seen once, it is usually a
/// coincidence of wording ("father shooting lasers"), not a concept the article is about.
enum KeyphraseList {
    /// How deep in the ranking a phrase may sit and still lead the list (in list lengths).
    static let poolFactor = 6

    /// - Parameter ranked: candidates best first, at least `limit * poolFactor` when available.
    static func compose(_ ranked: [PhraseCandidate], limit: Int) -> [PhraseCandidate] {
        positions(ranked, limit: limit).map { ranked[$0] }
    }

    /// `compose` as positions in `ranked`: the list's phrases can be written out (their best
    /// written forms built) once chosen (`FinishedArticle.phrases`).
    static func positions(_ ranked: [PhraseCandidate], limit: Int) -> [Int] {
        guard limit > 0 else { return [] }
        let leading = max(1, limit / 2)
        var out: [Int] = []
        var keys = Set<String>()
        var nameParts = Set<String>()
        func isNamePart(_ i: Int) -> Bool { ranked[i].words.count == 1 && nameParts.contains(ranked[i].words[0]) }
        func add(_ i: Int) {
            let p = ranked[i]
            out.append(i)
            keys.insert(p.key)
            guard p.isName && p.words.count >= 2 else { return }
            nameParts.formUnion(p.words)
            for part in out where isNamePart(part) { keys.remove(ranked[part].key) }
            out.removeAll(where: isNamePart)
        }
        for (i, p) in ranked.enumerated() where p.words.count >= 2 && !p.subsumed && out.count < leading
            && (p.words.count == 2 || p.count >= 2) {
            if out.contains(where: { !Set(ranked[$0].words).isDisjoint(with: p.words) }) { continue }
            add(i)
        }
        for (i, t) in ranked.enumerated() where out.count < limit && !keys.contains(t.key) {
            if t.words.count >= 2 ? t.subsumed : nameParts.contains(t.words[0]) { continue }
            add(i)
        }
        for (i, t) in ranked.enumerated() where out.count < limit && t.words.count == 1 && !keys.contains(t.key) {
            out.append(i)
            keys.insert(t.key)
        }
        return out
    }
}
