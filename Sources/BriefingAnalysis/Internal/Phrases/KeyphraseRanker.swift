#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ranks an article's candidates into the key phrases a reader (or a crowd of readers) picks.
///
/// Why this shape: people asked for an article's key phrases pick mostly its distinctive
/// content words and names ("concert", "Watkins Glen"), and some multi-word phrases. So every
/// candidate is scored on one scale: a word by TF-IDF (its count in the article times its
/// rarity in the corpus), lifted a little when it is in the title; a phrase by the mean TF-IDF
/// of its words, halved and scaled by how much of its words' use the phrase accounts for
/// (a phrase whose words mostly occur apart from it is a coincidence of wording, not a unit).
/// A lower-case single word shaped like a verb form or an adjective ("trying", "peaceful") is
/// halved: on its own it names no subject; one the article itself uses as a verb or a
/// predicate ("we're talking", "get real") is quartered, the evidence being stronger.
///
/// Only well-formed phrases compete: a noun phrase by the article's own evidence, seen in the
/// body (not just in the telegraphic headline), not ending in an adjective. A phrase never
/// seen outside a longer one ("account deficit" inside "current account deficit") hands its
/// score to that longer one, so the list shows the phrase whole. Nothing here is tuned to one
/// corpus: the statistics come from whatever corpus is analysed.
enum KeyphraseRanker {
    /// Weight of a multi-word phrase relative to its words' mean.
    static let phraseWeight = 0.5
    /// Lift for a word that is in the title.
    static let titleLift = 1.25

    static func rank(_ candidates: [PhraseCandidate], documentFrequency: [String: Int], documents: Int,
                     limit: Int) -> [PhraseCandidate] {
        guard !candidates.isEmpty, limit > 0 else { return [] }
        let n = Double(documents)
        func idf(_ stem: String) -> Double {
            let df = Double(documentFrequency[stem] ?? 1)
            return max(0.05, log((n + 1) / (df + 0.5)))
        }
        let hasBody = candidates.contains(where: \.inBody)
        // The single words first: their scores feed the phrases'. Score and count share one
        // table, so a phrase's word is hashed once, not twice.
        var single: [String: (score: Double, count: Int)] = [:]
        single.reserveCapacity(candidates.count)
        for c in candidates where c.words.count == 1 {
            let w = c.words[0]
            let shape = c.isName ? 1 : (isVerbOrAdjective(w) ? 0.5 : 1) * (c.isNounPhrase ? 1 : 0.25)
            let headlineOnly = hasBody && !c.inBody ? 0.5 : 1
            single[w] = (Double(c.count) * idf(w) * (c.inTitle ? titleLift : 1) * shape * headlineOnly, c.count)
        }
        // The limit-th best word score: a phrase scores at most half its best word, so a phrase
        // whose best word is below twice this bar cannot make the list and is never scored.
        var singles = single.values.map(\.score).sorted(by: >)
        let bar = singles.count >= limit ? singles[limit - 1] : 0
        singles.removeAll()
        var scored: [(PhraseCandidate, Double)] = []
        scored.reserveCapacity(single.count)
        var longer: [String: PhraseCandidate]? = nil
        for c in candidates {
            if c.words.count == 1 {
                let score = single[c.words[0]]?.score ?? 0
                if score >= bar { scored.append((c, score)) }
                continue
            }
            var sum = 0.0
            var best = 0.0
            var most = 1
            for w in c.words {
                let known = single[w]
                let ws = known?.score ?? 0
                sum += ws
                best = max(best, ws)
                most = max(most, known?.count ?? 1)
            }
            if phraseWeight * best < bar || !isWellFormed(c, articleHasBody: hasBody) { continue }
            let cohesion = (Double(c.count) / Double(most)).squareRoot()
            let score = phraseWeight * sum / Double(c.words.count) * cohesion
            guard score >= bar else { continue }
            if c.subsumed {
                if longer == nil { longer = extensions(candidates, articleHasBody: hasBody) }
                if let whole = longer![c.key] { scored.append((whole, score)); continue }
            }
            scored.append((c, score))
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.key < $1.0.key }
        var seen = Set<String>(minimumCapacity: limit)
        var out: [PhraseCandidate] = []
        for (c, _) in scored where out.count < limit && seen.insert(c.key).inserted { out.append(c) }
        return out
    }

    /// A phrase an editor could pick: a noun phrase, not ending in an adjective (a name may end
    /// like one, "Watkins Glen International", or even in one, "Sony Ericsson Open", when the
    /// body confirms it), seen in the body unless the article has none. A grouping seen only in
    /// a headline ("Phish Phavors New") is not confirmed.
    static func isWellFormed(_ c: PhraseCandidate, articleHasBody: Bool) -> Bool {
        guard c.words.count >= 2 else { return true }
        guard c.isNounPhrase, c.inBody || !articleHasBody else { return false }
        let last = c.words[c.words.count - 1]
        if c.isName { return c.inBody || !KeyphraseExtractor.commonAdjectives.contains(last) }
        return !KeyphraseExtractor.isAdjectival(last)
    }

    /// For each shorter phrase, the most frequent well-formed longer candidate that contains it
    /// (its maximal form when the shorter one never occurs alone).
    static func extensions(_ candidates: [PhraseCandidate], articleHasBody: Bool) -> [String: PhraseCandidate] {
        var out: [String: PhraseCandidate] = [:]
        for c in candidates where c.words.count >= 3 && isWellFormed(c, articleHasBody: articleHasBody) {
            for len in 2..<c.words.count {
                for a in 0...(c.words.count - len) {
                    let key = c.words[a..<(a + len)].joined(separator: " ")
                    if let o = out[key], o.count > c.count || (o.count == c.count && o.key <= c.key) { continue }
                    out[key] = c
                }
            }
        }
        return out
    }

    /// Endings of verb forms and adjectives (not of nouns such as "agreement" or "official").
    static func isVerbOrAdjective(_ w: String) -> Bool {
        for suffix in verbOrAdjectiveEndings where w.hasASCIISuffix(suffix) {
            return w.utf8.count > suffix.utf8CodeUnitCount + 2
        }
        return false
    }

    static let verbOrAdjectiveEndings: [StaticString] = ["ing", "ous", "ful", "ive", "less", "ish", "ly", "ed", "able", "ible"]
}
