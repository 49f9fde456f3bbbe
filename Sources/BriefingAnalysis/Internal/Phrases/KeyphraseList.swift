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
        guard limit > 0 else { return [] }
        let leading = max(1, limit / 2)
        var out: [PhraseCandidate] = []
        var keys = Set<String>()
        var nameParts = Set<String>()
        func add(_ p: PhraseCandidate) {
            out.append(p)
            keys.insert(p.key)
            guard p.isName && p.words.count >= 2 else { return }
            nameParts.formUnion(p.words)
            for part in out where part.words.count == 1 && nameParts.contains(part.words[0]) { keys.remove(part.key) }
            out.removeAll { $0.words.count == 1 && nameParts.contains($0.words[0]) }
        }
        for p in ranked where p.words.count >= 2 && !p.subsumed && out.count < leading && (p.words.count == 2 || p.count >= 2) {
            if out.contains(where: { !Set($0.words).isDisjoint(with: p.words) }) { continue }
            add(p)
        }
        for t in ranked where out.count < limit && !keys.contains(t.key) {
            if t.words.count >= 2 ? t.subsumed : nameParts.contains(t.words[0]) { continue }
            add(t)
        }
        for t in ranked where out.count < limit && t.words.count == 1 && !keys.contains(t.key) {
            out.append(t)
            keys.insert(t.key)
        }
        return out
    }
}
