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
///
/// Why each pair is kept once, by the lower-numbered article, in flat arrays: the graph is held
/// through grouping, where memory peaks at scale. Both directions as an array per article cost
/// twice the pairs, a header per article and room to grow; grouping builds its own two-way
/// lists from this (`GroupNeighbours`), and a story's centrality sums each member's pairs in
/// the order the two-way lists had (`StoryClusterer.centralFirst`).
struct SimilarityGraph: Sendable {
    /// Pairs to later articles, article after article, each article's strongest first: the
    /// other article and the similarity.
    private var others: [Int32] = []
    private var similarities: [Double] = []
    /// Where each article's pairs start; the last entry is the pairs' count.
    private var starts: [Int] = [0]

    /// Articles in the graph.
    var count: Int { starts.count - 1 }

    /// Article `i`'s pairs to later articles, strongest first (ties by article).
    func laterPairs(of i: Int) -> Zip2Sequence<ArraySlice<Int32>, ArraySlice<Double>> {
        zip(others[starts[i]..<starts[i + 1]], similarities[starts[i]..<starts[i + 1]])
    }

    /// - Parameters:
    ///   - documents: each article's (feature number, weight), sorted by feature number; taken,
    ///     so that a caller handing over its only copy has them freed before the pairs are laid
    ///     down.
    ///   - isName: per feature number, whether it is a participant's name.
    ///   - days: each article's publication day as a day number, nil when undated.
    init(documents: consuming FeatureVectors, isName: [Bool], days: [Int?], settings: StoryGraphSettings) {
        let n = documents.count
        var strongest = Self.strongestPairs(documents, isName: isName, days: days, settings: settings)
        _ = consume documents
        others.reserveCapacity(strongest.reduce(0) { $0 + $1.count })
        similarities.reserveCapacity(others.capacity)
        starts.reserveCapacity(n + 1)
        for i in 0..<n {
            for (j, s) in strongest[i] {
                others.append(Int32(j))
                similarities.append(s)
            }
            strongest[i] = []
            starts.append(others.count)
        }
    }

    /// Each article's strongest pairs to later articles. They depend on nothing but the index,
    /// so they are found on every core (each chunk with its own accumulator), in article order.
    private static func strongestPairs(_ documents: FeatureVectors, isName: [Bool], days: [Int?],
                                       settings: StoryGraphSettings) -> [[(Int, Double)]] {
        let n = documents.count
        let index = FeatureIndex(documents: documents, features: isName.count, days: days, blockSize: settings.blockSize)
        return ParallelAnalysis.mapAndFold(n, PairAccumulator.unsized, { i, pairs in
            if !pairs.isSized { pairs = PairAccumulator(count: n, minimumShared: settings.minimumShared) }
            return Self.strongestPairs(of: i, documents: documents, isName: isName, days: days, index: index,
                                       settings: settings, pairs: &pairs)
        }, merge: { _, _ in }).0
    }

    /// The graph of the given pairs, both directions (each pair is kept by its lower-numbered
    /// article, in the order given). Why: linkage can be checked on a graph drawn directly,
    /// without articles.
    init(edges: [[(other: Int, similarity: Double)]]) {
        for (i, e) in edges.enumerated() {
            for (j, s) in e where j > i {
                others.append(Int32(j))
                similarities.append(s)
            }
            starts.append(others.count)
        }
    }

    /// The pairs as two-way lists: each article's pairs from earlier articles (in their order),
    /// then its own to later ones. Why: checks and tests compare the graph with its definition.
    var edges: [[(other: Int, similarity: Double)]] {
        var out = [[(other: Int, similarity: Double)]](repeating: [], count: count)
        for i in 0..<count {
            for (j, s) in laterPairs(of: i) {
                out[i].append((Int(j), s))
                out[Int(j)].append((i, s))
            }
        }
        return out
    }

    /// Article `i`'s strongest `neighbours` pairs to later articles above the floor, strongest first.
    private static func strongestPairs(of i: Int, documents: FeatureVectors, isName: [Bool], days: [Int?],
                                       index: FeatureIndex, settings: StoryGraphSettings,
                                       pairs: inout PairAccumulator) -> [(Int, Double)] {
        for p in documents.places(of: i) {
            let (f, wi) = (documents.feature(at: p), documents.weight(at: p))
            for q in index.partners(feature: f, place: p) {
                let (j, wj) = index.partner(at: q)
                if j > i { pairs.add(j, wi * wj, name: isName[f]) }
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
