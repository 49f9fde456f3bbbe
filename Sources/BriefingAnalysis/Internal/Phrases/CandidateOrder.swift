/// The rankers' order: by score, best first, ties by key (the stems joined by spaces).
///
/// Why its own step: the keys are strings, built from an article's tables on demand
/// (`ArticleCandidates.key`), and an article scores hundreds of candidates but keeps a few
/// dozen. So the bar the kept ones reach is found by score alone (a selection, not a sort),
/// and only the candidates at or above it are sorted, keys built and compared only where
/// scores tie. The result is that of sorting every candidate by score and key and keeping the
/// first `limit` distinct.
enum CandidateOrder {
    /// The first `limit` distinct candidates of `scored` in this order. A candidate may be
    /// scored more than once (a phrase standing for shorter ones, `KeyphraseRanker`); it is
    /// kept at its best score.
    static func best(_ scored: [(index: Int32, score: Double)], limit: Int, key: (Int) -> String) -> [Int] {
        guard limit > 0, !scored.isEmpty else { return [] }
        let distinct = bestScores(scored)
        let bar = TopSelection.bar(distinct.map(\.score), keeping: limit)
        var head = distinct.filter { $0.score >= bar }
        head.sort { $0.score > $1.score }
        var start = 0
        while start < head.count && start < limit {
            var end = start + 1
            while end < head.count && head[end].score == head[start].score { end += 1 }
            if end - start > 1 { byKey(&head[start..<end], key: key) }
            start = end
        }
        return head.prefix(limit).map { Int($0.index) }
    }

    /// Entries of one score in key order, each key built once.
    static func byKey(_ tied: inout ArraySlice<(index: Int32, score: Double)>, key: (Int) -> String) {
        let sorted = tied.map { (entry: $0, key: key(Int($0.index))) }.sorted { $0.key < $1.key }
        for (i, e) in zip(tied.indices, sorted) { tied[i] = e.entry }
    }

    /// Each candidate once, at its best score, in order of first appearance.
    static func bestScores(_ scored: [(index: Int32, score: Double)]) -> [(index: Int32, score: Double)] {
        let size = Int(scored.lazy.map(\.index).max()!) + 1
        var at = [Int32](repeating: -1, count: size)
        var out: [(index: Int32, score: Double)] = []
        out.reserveCapacity(scored.count)
        for e in scored {
            let i = Int(e.index)
            if at[i] < 0 {
                at[i] = Int32(out.count)
                out.append(e)
            } else if e.score > out[Int(at[i])].score {
                out[Int(at[i])].score = e.score
            }
        }
        return out
    }
}
