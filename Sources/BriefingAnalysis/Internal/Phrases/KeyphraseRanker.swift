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
        let numbered = ArticleCandidates(candidates)
        let stems = StemStatistics(numbered.stems, documentFrequency: documentFrequency, termCounts: [:])
        return rank(numbered, stems: stems, documents: documents, limit: limit).map { candidates[$0] }
    }

    /// `rank` by number: the best `limit` candidates of an article, as indices into `items`.
    static func rank(_ candidates: ArticleCandidates, stems: StemStatistics, documents: Int, limit: Int) -> [Int] {
        let items = candidates.items
        guard !items.isEmpty, limit > 0 else { return [] }
        let hasBody = items.contains(where: \.inBody)
        let single = singleScores(candidates, stems: stems, documents: documents, articleHasBody: hasBody)
        // The limit-th best word score: a phrase scores at most half its best word, so a phrase
        // whose best word is below twice this bar cannot make the list and is never scored.
        var singles = items.indices.compactMap { items[$0].wordCount == 1 ? single.score[items[$0].stem(0)] : nil }
        let bar = singles.count >= limit ? TopSelection.kthLargest(&singles, limit) : 0
        var scored: [(index: Int32, score: Double)] = []
        scored.reserveCapacity(singles.count)
        var longer: [UInt64: Int]? = nil
        for (i, c) in items.enumerated() {
            if c.wordCount == 1 {
                let score = single.score[c.stem(0)]
                if score >= bar { scored.append((Int32(i), score)) }
                continue
            }
            var sum = 0.0
            var best = 0.0
            var most = 1
            for j in 0..<c.wordCount {
                let ws = single.score[c.stem(j)]
                sum += ws
                best = max(best, ws)
                most = max(most, single.count[c.stem(j)])
            }
            if phraseWeight * best < bar || !isWellFormed(c, candidates.stems, articleHasBody: hasBody) { continue }
            let cohesion = (Double(c.count) / Double(most)).squareRoot()
            let score = phraseWeight * sum / Double(c.wordCount) * cohesion
            guard score >= bar else { continue }
            if c.subsumed {
                if longer == nil { longer = extensions(candidates, articleHasBody: hasBody) }
                if let whole = longer![c.key] { scored.append((Int32(whole), score)); continue }
            }
            scored.append((Int32(i), score))
        }
        return CandidateOrder.best(scored, limit: limit, key: candidates.key)
    }

    /// Per stem number, the score of the single-word candidate of that stem (0 without one) and
    /// its count (1 without one): the single words are scored first, their scores feed the
    /// phrases'.
    static func singleScores(_ candidates: ArticleCandidates, stems: StemStatistics, documents: Int,
                             articleHasBody hasBody: Bool) -> (score: [Double], count: [Int]) {
        let n = Double(documents)
        var score = [Double](repeating: 0, count: candidates.stems.count)
        var count = [Int](repeating: 1, count: candidates.stems.count)
        for c in candidates.items where c.wordCount == 1 {
            let s = c.stem(0)
            let idf = max(0.05, log((n + 1) / (Double(stems.documentFrequency[s]) + 0.5)))
            let shape = c.isName ? 1 : (isVerbOrAdjective(candidates.stems[s]) ? 0.5 : 1) * (c.isNounPhrase ? 1 : 0.25)
            let headlineOnly = hasBody && !c.inBody ? 0.5 : 1
            score[s] = Double(c.count) * idf * (c.inTitle ? titleLift : 1) * shape * headlineOnly
            count[s] = c.count
        }
        return (score, count)
    }

    /// A phrase an editor could pick: a noun phrase, not ending in an adjective (a name may end
    /// like one, "Watkins Glen International", or even in one, "Sony Ericsson Open", when the
    /// body confirms it), seen in the body unless the article has none. A grouping seen only in
    /// a headline ("Phish Phavors New") is not confirmed.
    static func isWellFormed(_ c: NumberedCandidate, _ stems: [String], articleHasBody: Bool) -> Bool {
        guard c.wordCount >= 2 else { return true }
        guard c.isNounPhrase, c.inBody || !articleHasBody else { return false }
        let last = stems[c.lastStem]
        if c.isName { return c.inBody || !KeyphraseExtractor.commonAdjectives.contains(last) }
        return !KeyphraseExtractor.isAdjectival(last)
    }

    /// For each shorter phrase (packed stems), the most frequent well-formed longer candidate
    /// that contains it (its maximal form when the shorter one never occurs alone); ties to the
    /// smaller key.
    static func extensions(_ candidates: ArticleCandidates, articleHasBody: Bool) -> [UInt64: Int] {
        var out: [UInt64: Int] = [:]
        let items = candidates.items
        for (i, c) in items.enumerated() where c.wordCount >= 3 && isWellFormed(c, candidates.stems, articleHasBody: articleHasBody) {
            for len in 2..<c.wordCount {
                for a in 0...(c.wordCount - len) {
                    let key = PhraseKey.stretch(c.key, a, len, of: c.wordCount)
                    if let o = out[key], items[o].count > c.count
                        || (items[o].count == c.count && candidates.key(o) <= candidates.key(i)) { continue }
                    out[key] = i
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
