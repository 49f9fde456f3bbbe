/// The sparse graph of article similarities that story grouping merges over.
///
/// Why this shape: comparing all pairs of articles is quadratic, and so is comparing all pairs
/// that share a frequent word (work grows with the sum of squared document frequencies). So
/// pairs come only through shared features (an inverted index); a feature in more than
/// `blockSize` articles pairs each article only with its neighbours in publication order on it
/// (blocking, as record linkage does with sorted neighbourhoods); and each article keeps its
/// strongest pairs. Work and memory are then bounded by articles × features × block size,
/// whatever the corpus.
///
/// A pair's similarity is the dot product of the two vectors, less a lone shared name (two
/// reports that only name "Apple" are about one company, not one happening), scaled down when
/// the two were published further apart than an event's window; two articles that agree on a
/// single feature are no pair at all.
struct SimilarityGraph: Sendable {
    /// Each article's pairs, both directions: (other article, similarity).
    private(set) var edges: [[(other: Int, similarity: Double)]]

    /// - Parameters:
    ///   - documents: each article's (feature number, weight), sorted by feature number.
    ///   - isName: per feature number, whether it is a participant's name.
    ///   - days: each article's publication day as a day number, nil when undated.
    init(documents: [[(Int, Double)]], isName: [Bool], days: [Int?], settings: StoryGraphSettings) {
        let n = documents.count
        let index = FeatureIndex(documents: documents, features: isName.count, days: days, blockSize: settings.blockSize)
        // Each article's strongest pairs to later articles depend on nothing but the index, so
        // they are found on every core (each chunk with its own accumulator); the edges are then
        // laid down in article order, as one core would.
        let (strongest, _) = ParallelAnalysis.mapAndFold(n, PairAccumulator.unsized, { i, pairs in
            if !pairs.isSized { pairs = PairAccumulator(count: n, minimumShared: settings.minimumShared) }
            return Self.strongestPairs(of: i, documents: documents, isName: isName, days: days, index: index,
                                       settings: settings, pairs: &pairs)
        }, merge: { _, _ in })
        var edges = [[(other: Int, similarity: Double)]](repeating: [], count: n)
        for i in 0..<n {
            for (j, s) in strongest[i] {
                edges[i].append((j, s))
                edges[j].append((i, s))
            }
        }
        self.edges = edges
    }

    /// The graph of the given pairs (both directions). Why: linkage can be checked on a graph
    /// drawn directly, without articles.
    init(edges: [[(other: Int, similarity: Double)]]) { self.edges = edges }

    /// Article `i`'s strongest `neighbours` pairs to later articles above the floor, strongest first.
    private static func strongestPairs(of i: Int, documents: [[(Int, Double)]], isName: [Bool], days: [Int?],
                                       index: FeatureIndex, settings: StoryGraphSettings,
                                       pairs: inout PairAccumulator) -> [(Int, Double)] {
        for (k, (f, wi)) in documents[i].enumerated() {
            for (j, wj) in index.partners(of: i, feature: f, slot: k) where j > i {
                pairs.add(j, wi * wj, name: isName[f])
            }
        }
        return Array(pairs.drain { j, raw in
            raw * Self.timeFactor(days[i], days[j], window: settings.eventWindowDays)
        }
        .filter { $0.1 > settings.floor }
        .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        .prefix(settings.neighbours))
    }

    /// The share of similarity a pair keeps for the days between the two articles: all of it
    /// within the event window, then in proportion to the window over the gap.
    static func timeFactor(_ a: Int?, _ b: Int?, window: Double) -> Double {
        guard let a, let b else { return 1 }
        let gap = Double(abs(a - b))
        return gap <= window ? 1 : window / gap
    }
}

/// Per-article sums of one article's partial dot products with the others, kept in arrays sized
/// to the corpus and cleared after each article (a dictionary per article would allocate).
private struct PairAccumulator: Sendable {
    private var sum: [Double]
    private var names: [Int]
    private var topName: [Double]
    private var shared: [Int]
    private var touched: [Int] = []
    /// Pairs agreeing on fewer features than this are no pair (`StoryGraphSettings.minimumShared`).
    private let minimumShared: Int

    /// A placeholder holding no arrays, sized on first use by the chunk that takes it (so idle
    /// chunks allocate nothing).
    static let unsized = PairAccumulator(count: 0, minimumShared: 0)
    var isSized: Bool { !sum.isEmpty }

    init(count n: Int, minimumShared: Int) {
        self.minimumShared = minimumShared
        shared = Array(repeating: 0, count: n)
        sum = Array(repeating: 0, count: n)
        names = Array(repeating: 0, count: n)
        topName = Array(repeating: 0, count: n)
    }

    mutating func add(_ j: Int, _ x: Double, name: Bool) {
        if shared[j] == 0 { touched.append(j) }
        shared[j] += 1
        sum[j] += x
        if name {
            names[j] += 1
            topName[j] = max(topName[j], x)
        }
    }

    /// The pairs gathered, in the order first met, each similarity passed through `adjust`; the
    /// accumulator is empty afterwards. A lone shared name's share is taken off first. (Not
    /// sorted: the caller orders them by similarity and article, which leaves no ties.)
    mutating func drain(_ adjust: (Int, Double) -> Double) -> [(Int, Double)] {
        var out: [(Int, Double)] = []
        out.reserveCapacity(touched.count)
        for j in touched {
            let s = names[j] == 1 ? sum[j] - topName[j] : sum[j]
            if s > 0 && shared[j] >= minimumShared { out.append((j, adjust(j, s))) }
            sum[j] = 0; names[j] = 0; topName[j] = 0; shared[j] = 0
        }
        touched.removeAll(keepingCapacity: true)
        return out
    }
}
