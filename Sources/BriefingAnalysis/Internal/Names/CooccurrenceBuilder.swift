import BriefingModel

/// Who appears with whom: participant pairs named in the same sentence, with counts.
///
/// Why sentences: two names in one sentence are nearly always related (a meeting, a call, a
/// dispute), two names in one article often are not. Pairs are counted once per sentence, kept
/// when they share at least `minimumCount` sentences, and the most frequent `limit` are kept so
/// the briefing stays readable on large corpora.
enum CooccurrenceBuilder {
    static func build(analyses: [HeldArticle], canonical: [String: String], articleIDs: [String],
                      minimumCount: Int = 2, limit: Int = 100) -> [Cooccurrence] {
        struct Pair: Hashable { let a: String, b: String }
        var counts: [Pair: (count: Int, articles: Set<Int>)] = [:]
        for a in analyses {
            var bySentence: [Int32: Set<String>] = [:]
            for m in a.mentions where !m.inHeading {
                guard let name = canonical[m.surface] else { continue }
                bySentence[m.sentence, default: []].insert(name)
            }
            for names in bySentence.values where names.count >= 2 {
                let sorted = names.sorted()
                for i in 0..<sorted.count {
                    for j in (i + 1)..<sorted.count {
                        let key = Pair(a: sorted[i], b: sorted[j])
                        var entry = counts[key] ?? (0, [])
                        entry.count += 1
                        entry.articles.insert(a.index)
                        counts[key] = entry
                    }
                }
            }
        }
        return counts.filter { $0.value.count >= minimumCount }
            .sorted { x, y in
                if x.value.count != y.value.count { return x.value.count > y.value.count }
                if x.value.articles.count != y.value.articles.count { return x.value.articles.count > y.value.articles.count }
                return (x.key.a, x.key.b) < (y.key.a, y.key.b)
            }
            .prefix(limit)
            .map { Cooccurrence(a: $0.key.a, b: $0.key.b, articles: $0.value.articles.sorted().map { articleIDs[$0] },
                                count: $0.value.count) }
    }
}
