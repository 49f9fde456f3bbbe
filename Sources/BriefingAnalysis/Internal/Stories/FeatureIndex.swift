/// The inverted index of story features: for each feature, the articles that have it.
///
/// A feature held by more than `blockSize` articles is a blocked key: its postings are kept in
/// publication order and an article meets only the `blockSize` articles on either side of it
/// there, so a common word costs each article a fixed amount of work instead of one step per
/// article sharing it.
struct FeatureIndex {
    private var postings: [[(doc: Int, weight: Double)]]
    /// Per article and per slot of its vector, its place in that feature's postings when the
    /// feature is blocked; -1 when it is not.
    private var place: [[Int]]
    private let blockSize: Int

    init(documents: [[(Int, Double)]], features: Int, days: [Int?], blockSize: Int) {
        self.blockSize = blockSize
        var postings = [[(doc: Int, weight: Double)]](repeating: [], count: features)
        for (i, v) in documents.enumerated() { for (f, w) in v { postings[f].append((i, w)) } }
        var place = documents.map { [Int](repeating: -1, count: $0.count) }
        for f in postings.indices where postings[f].count > blockSize {
            postings[f].sort { a, b in
                let (da, db) = (days[a.doc] ?? Int.min, days[b.doc] ?? Int.min)
                return da != db ? da < db : a.doc < b.doc
            }
            for (p, entry) in postings[f].enumerated() {
                place[entry.doc][Self.slot(of: f, in: documents[entry.doc])] = p
            }
        }
        self.postings = postings
        self.place = place
    }

    /// The articles `doc` meets through the feature in `slot` of its vector (itself included).
    func partners(of doc: Int, feature: Int, slot: Int) -> ArraySlice<(doc: Int, weight: Double)> {
        let list = postings[feature]
        let p = place[doc][slot]
        guard p >= 0 else { return list[...] }
        return list[max(0, p - blockSize)...min(list.count - 1, p + blockSize)]
    }

    /// Where feature `f` sits in a vector sorted by feature number.
    private static func slot(of f: Int, in vector: [(Int, Double)]) -> Int {
        var lo = 0, hi = vector.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if vector[mid].0 < f { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
