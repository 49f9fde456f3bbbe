import BriefingModel

/// Who appears with whom: participant pairs named in the same sentence, with counts.
///
/// Why sentences: two names in one sentence are nearly always related (a meeting, a call, a
/// dispute), two names in one article often are not. Pairs are counted once per sentence, kept
/// when they share at least `minimumCount` sentences, and the most frequent `limit` are kept so
/// the briefing stays readable on large corpora.
enum CooccurrenceBuilder {
    /// `names` are each article's participants, in article order.
    static func build(names: [ArticleNames], numbering: ParticipantNumbering, articleIDs: [String],
                      minimumCount: Int = 2, limit: Int = 100) -> [Cooccurrence] {
        struct Pair: Hashable { let a: Int32, b: Int32 }
        var counts: [Pair: Shared] = [:]
        for (article, a) in names.enumerated() {
            var bySentence: [Int32: Set<Int32>] = [:]
            for m in a.inSentences { bySentence[m.sentence, default: []].insert(m.participant) }
            for named in bySentence.values where named.count >= 2 {
                // Numbers follow name order (`ParticipantNumbering`), so a pair is (first, second) by name.
                let sorted = named.sorted()
                for i in 0..<sorted.count {
                    for j in (i + 1)..<sorted.count {
                        // Updated in place: a copy taken out and put back copied the pair's
                        // article list at every sentence, which grew with the square of its articles.
                        counts[Pair(a: sorted[i], b: sorted[j]), default: Shared()].add(article)
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
            .map { Cooccurrence(a: numbering.name($0.key.a), b: numbering.name($0.key.b), articles: $0.value.articles.map { articleIDs[$0] },
                                count: $0.value.count) }
    }

    /// The sentences a pair shares and the articles they are in. Articles come in increasing
    /// order, so the list is sorted and a repeat is the last one.
    struct Shared {
        var count = 0
        var articles: [Int] = []

        mutating func add(_ article: Int) {
            count += 1
            if articles.last != article { articles.append(article) }
        }
    }
}
