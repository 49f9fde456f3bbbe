/// Every article's story vector, numbered: (feature number, weight) pairs sorted by feature,
/// one article after the other in two flat arrays.
///
/// Why flat: story grouping holds every vector while its graph is built, the time memory peaks
/// at scale. An array per article cost a header and an allocation per article, and a
/// (feature, weight) pair 16 bytes; here a pair is 12 (a 32-bit feature number beside its
/// weight), and an article is one offset. The weights stay `Double`, so every sum over them is
/// the one it was.
struct FeatureVectors: Sendable {
    /// Feature numbers, article after article.
    private var features: [Int32] = []
    private var weights: [Double] = []
    /// Where each article's pairs start; the last entry is where the next article's would.
    private var starts: [Int] = [0]
    /// Articles and pairs to make room for at the first append (`init(articles:pairsPerArticle:)`).
    private var expected = (articles: 0, pairs: 0)

    init() {}

    /// Vectors for `articles` articles of at most `pairsPerArticle` pairs each: room for them is
    /// made when the first vector comes in, so that the arrays never grow by doubling (a copy of
    /// the corpus's features and up to as much again spare), and a value that stays empty (a
    /// parallel fold's starting value) allocates nothing.
    init(articles: Int, pairsPerArticle: Int) { expected = (articles, articles * pairsPerArticle) }

    /// The vectors given as lists (each sorted by feature number). Why: checks and tests build
    /// small graphs directly.
    init(_ vectors: [[(Int, Double)]]) {
        for v in vectors { append(v) }
    }

    /// Articles held.
    var count: Int { starts.count - 1 }

    /// Adds the next article's vector, sorted by feature number.
    mutating func append(_ vector: [(Int, Double)]) {
        if features.capacity == 0 && expected.pairs > 0 {
            features.reserveCapacity(expected.pairs)
            weights.reserveCapacity(expected.pairs)
            starts.reserveCapacity(expected.articles + 1)
        }
        for (f, w) in vector {
            features.append(Int32(f))
            weights.append(w)
        }
        starts.append(features.count)
    }

    /// The places of article `i`'s pairs (`feature(at:)`, `weight(at:)`), in feature order.
    func places(of i: Int) -> Range<Int> { starts[i]..<starts[i + 1] }

    func feature(at p: Int) -> Int { Int(features[p]) }

    func weight(at p: Int) -> Double { weights[p] }

    /// All pairs held, and so the places there are.
    var pairCount: Int { features.count }

    /// Every article's vector as a list. Why: checks and tests.
    var lists: [[(Int, Double)]] {
        (0..<count).map { i in places(of: i).map { (feature(at: $0), weight(at: $0)) } }
    }
}
