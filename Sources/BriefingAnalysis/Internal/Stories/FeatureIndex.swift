/// The inverted index of story features: for each feature, the articles that have it.
///
/// A feature held by more than `blockSize` articles is a blocked key: its postings are kept in
/// publication order and an article meets only the `blockSize` articles on either side of it
/// there, so a common word costs each article a fixed amount of work instead of one step per
/// article sharing it.
///
/// Why flat arrays (each feature's postings one run of them, articles as 32-bit numbers): the
/// index is held beside every vector while the similarity graph is built, where memory peaks
/// at scale; an array per feature and per article cost a header each, and 64-bit numbers half
/// again the room.
struct FeatureIndex {
    /// Postings, feature after feature: the article and its weight on the feature.
    private var docs: [Int32]
    private var weights: [Double]
    /// Where each feature's postings start; the last entry is the postings' count.
    private var starts: [Int]
    /// Per place of the vectors (`FeatureVectors.places`), the article's place in that feature's
    /// postings when the feature is blocked; -1 when it is not.
    private var place: [Int32]
    private let blockSize: Int

    init(documents: FeatureVectors, features: Int, days: [Int?], blockSize: Int) {
        self.blockSize = blockSize
        starts = Self.starts(documents, features: features)
        docs = Array(repeating: 0, count: documents.pairCount)
        weights = Array(repeating: 0, count: documents.pairCount)
        place = Array(repeating: -1, count: documents.pairCount)
        fill(documents)
        for f in 0..<features where starts[f + 1] - starts[f] > blockSize {
            sortByDay(starts[f]..<starts[f + 1], days: days)
            for q in starts[f]..<starts[f + 1] {
                let doc = Int(docs[q])
                place[Self.place(of: f, in: documents, doc)] = Int32(q - starts[f])
            }
        }
    }

    /// Each feature's first posting: the running count of the articles having each feature.
    private static func starts(_ documents: FeatureVectors, features: Int) -> [Int] {
        var starts = [Int](repeating: 0, count: features + 1)
        for p in 0..<documents.pairCount { starts[documents.feature(at: p) + 1] += 1 }
        for f in 0..<features { starts[f + 1] += starts[f] }
        return starts
    }

    /// Lays down the postings, each feature's in article order.
    private mutating func fill(_ documents: FeatureVectors) {
        var next = starts
        for i in 0..<documents.count {
            for p in documents.places(of: i) {
                let f = documents.feature(at: p)
                (docs[next[f]], weights[next[f]]) = (Int32(i), documents.weight(at: p))
                next[f] += 1
            }
        }
    }

    /// Orders one feature's postings by publication day (undated first), then article.
    private mutating func sortByDay(_ run: Range<Int>, days: [Int?]) {
        var postings = run.map { (doc: docs[$0], weight: weights[$0]) }
        postings.sort { a, b in
            let (da, db) = (days[Int(a.doc)] ?? Int.min, days[Int(b.doc)] ?? Int.min)
            return da != db ? da < db : a.doc < b.doc
        }
        for (k, q) in run.enumerated() { (docs[q], weights[q]) = postings[k] }
    }

    /// The articles an article meets through the feature at place `p` of its vector (itself
    /// included), as places in the postings (`partner(at:)`).
    func partners(feature: Int, place p: Int) -> Range<Int> {
        let run = starts[feature]..<starts[feature + 1]
        let q = Int(place[p])
        guard q >= 0 else { return run }
        return (run.lowerBound + max(0, q - blockSize))..<(run.lowerBound + min(run.count - 1, q + blockSize) + 1)
    }

    /// The article and its weight at a place in the postings.
    func partner(at q: Int) -> (doc: Int, weight: Double) { (Int(docs[q]), weights[q]) }

    /// Where feature `f` sits among article `doc`'s places, sorted by feature number.
    private static func place(of f: Int, in documents: FeatureVectors, _ doc: Int) -> Int {
        let places = documents.places(of: doc)
        var lo = places.lowerBound, hi = places.upperBound - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if documents.feature(at: mid) < f { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
