import Foundation

/// Pairs this briefing's stories with last time's by what they are about.
///
/// Method: each story is a TF-IDF vector over its participants and key phrases, the document
/// frequencies taken over the stories of both briefings, so a name every story carries (the
/// corpus's subject: "BP" in a year of oil-spill coverage) says little and a rare shared one
/// says much. Pairs are taken best first, each story at most once. A pair must have evidence,
/// not only a score: an article in common (feeds repeat items), or at least `sharedFeatures`
/// features in common with a cosine of at least `threshold`.
struct StoryMatcher {
    /// The least cosine for a pair without a common article. Why 0.1: two weeks of one event
    /// share its actors and its phrases, while two events of one subject share little beyond
    /// the subject's name, which the IDF weighs near zero. Read off consecutive weeks of a dev
    /// corpus (bpoil_bbc 2010-W22/W23): the continuing threads (the cap, the dividend) scored
    /// 0.11-0.38, unrelated stories of the same spill below 0.075.
    var threshold = 0.1
    /// Features two stories must share: one name is a subject (as in story grouping, "one
    /// shared name is no event"), two are who and what.
    var sharedFeatures = 2

    struct Match {
        let current: Int
        let previous: Int
        let similarity: Double
    }

    func match(_ current: [StoryProfile], to previous: [StoryProfile]) -> [Match] {
        let now = weightedVectors(current, previous: previous)
        let before = Array(now[current.count...])
        // Last week's stories by feature, so a story meets only the ones it shares something with.
        var holders: [String: [(story: Int, weight: Double)]] = [:]
        for (j, vector) in before.enumerated() { for (f, w) in vector { holders[f, default: []].append((j, w)) } }
        var byArticle: [String: [Int]] = [:]
        for (j, p) in previous.enumerated() { for key in p.articleKeys { byArticle[key, default: []].append(j) } }
        var candidates: [Match] = []
        for i in current.indices {
            var dot: [Int: Double] = [:], shared: [Int: Int] = [:]
            for (f, w) in now[i] { for h in holders[f] ?? [] { dot[h.story, default: 0] += w * h.weight; shared[h.story, default: 0] += 1 } }
            let common = Set(current[i].articleKeys.flatMap { byArticle[$0] ?? [] })
            for j in Set(dot.keys).union(common) {
                let cosine = dot[j] ?? 0
                if common.contains(j) || ((shared[j] ?? 0) >= sharedFeatures && cosine >= threshold) {
                    candidates.append(Match(current: i, previous: j, similarity: common.contains(j) ? max(cosine, threshold) : cosine))
                }
            }
        }
        candidates.sort { ($0.similarity, $1.current, $1.previous) > ($1.similarity, $0.current, $0.previous) }
        var usedNow = Set<Int>(), usedBefore = Set<Int>()
        var matches: [Match] = []
        for m in candidates where !usedNow.contains(m.current) && !usedBefore.contains(m.previous) {
            usedNow.insert(m.current)
            usedBefore.insert(m.previous)
            matches.append(m)
        }
        return matches.sorted { $0.current < $1.current }
    }

    /// TF-IDF vectors, L2-normalised, of `current` then `previous`, document frequencies over both.
    private func weightedVectors(_ current: [StoryProfile], previous: [StoryProfile]) -> [[String: Double]] {
        let all = current + previous
        var df: [String: Int] = [:]
        for profile in all { for feature in profile.features.keys { df[feature, default: 0] += 1 } }
        let n = Double(all.count)
        return all.map { p in
            var v: [String: Double] = [:]
            for (f, count) in p.features { v[f] = Double(count) * log((n + 1) / Double(df[f] ?? 1)) }
            let norm = v.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? v.mapValues { $0 / norm } : v
        }
    }
}
