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
        let all = current + previous
        var df: [String: Int] = [:]
        for profile in all { for feature in profile.features.keys { df[feature, default: 0] += 1 } }
        let n = Double(all.count)
        func vector(_ p: StoryProfile) -> [String: Double] {
            var v: [String: Double] = [:]
            for (f, count) in p.features { v[f] = Double(count) * log((n + 1) / Double(df[f] ?? 1)) }
            let norm = v.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? v.mapValues { $0 / norm } : v
        }
        let now = current.map(vector), before = previous.map(vector)
        var candidates: [Match] = []
        for (i, a) in now.enumerated() {
            for (j, b) in before.enumerated() {
                let common = !current[i].articleKeys.isDisjoint(with: previous[j].articleKeys)
                let shared = a.keys.filter { b[$0] != nil }
                let cosine = shared.reduce(0.0) { $0 + a[$1]! * b[$1]! }
                if common || (shared.count >= sharedFeatures && cosine >= threshold) {
                    candidates.append(Match(current: i, previous: j, similarity: common ? max(cosine, threshold) : cosine))
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
}
