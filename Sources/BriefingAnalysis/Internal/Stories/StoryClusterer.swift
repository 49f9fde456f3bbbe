#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Groups articles about the same event.
///
/// Method: each article is a TF-IDF vector over its content stems plus its participants
/// (canonical names, so "Sergei" and "Sergey Lavrov" agree), keeping its strongest features;
/// a sparse similarity graph (`SimilarityGraph`: blocked candidate pairs, time proximity) is
/// merged by average linkage (`AverageLinkage`) while a group's mean similarity stays above a
/// bar that rises for large groups. Work and memory grow with the corpus, not its square.
///
/// The guards that keep a corpus of many events of uneven sizes from collapsing into subjects
/// (found on the BBC set with the giveme5w1h events mixed into it, which once gave one
/// 55-article "election" group): one shared name is no event; a large group must be tighter;
/// reports months apart are episodes, not one event.
struct StoryClusterer {
    var settings = StoryGraphSettings()
    /// The strongest features kept per article: fewer and the vectors miss shared detail,
    /// more and rare words dilute them.
    var featuresPerArticle = 50
    /// Participants weigh more than words: an event is who and where as much as what. (Twice,
    /// not three times: at three a single rare name outweighed everything an article said.)
    var entityWeight = 2.0

    var threshold: Double {
        get { settings.threshold }
        set { settings.threshold = newValue }
    }
    var cohesiveSize: Int { settings.cohesiveSize }

    /// The mean similarity a merged group of `size` articles must keep.
    func bar(forSize size: Int) -> Double { AverageLinkage(settings: settings).bar(forSize: size) }

    struct Cluster: Sendable {
        /// Article indices, most central first.
        var members: [Int]
    }

    /// Inverse document frequency; a feature every article has weighs almost nothing.
    func idf(_ N: Double, _ df: Double) -> Double { log((N + 1) / df) }

    /// The strongest `featuresPerArticle` content stems of an article, TF-IDF weighted, strongest
    /// first (ties by stem); its stems by number, their counts and document frequencies looked
    /// up once per article (`StemStatistics`).
    ///
    /// Why apart: they need the corpus statistics but not the participants, so they are worked
    /// out while the article's words are at hand and the rest of its text is not kept; only the
    /// strongest can be among the strongest of stems and names together.
    func stemWeights(stems: [String], statistics: StemStatistics, documents n: Int) -> [(String, Double)] {
        let N = Double(n)
        var v: [(String, Double)] = []
        v.reserveCapacity(stems.count)
        for (s, tf) in statistics.contentCount.enumerated() where tf > 0 {
            let df = Double(statistics.documentFrequency[s])
            if n >= 20 && df > 0.5 * N { continue }
            let w = (1 + log(Double(tf))) * idf(N, df)
            if w > 0 { v.append((stems[s], w)) }
        }
        return Self.strongest(v, featuresPerArticle)
    }

    /// The vector from an article's strongest stems (`stemWeights`) and its participants.
    func vector(stemWeights: [(String, Double)], entities: [String: Int],
                entityDF: [String: Int], documents n: Int) -> [(String, Double)] {
        let N = Double(n)
        var v = stemWeights
        v.reserveCapacity(stemWeights.count + entities.count)
        for (k, tf) in entities {
            let df = Double(entityDF[k] ?? 1)
            if n >= 20 && df > 0.5 * N { continue }
            // A name in many more articles than one event gets (more than 2 sqrt(N), and more
            // than 10) is a standing figure of the coverage -- a prime minister in a year of
            // politics -- not the marker of one event: it counts as a plain word.
            let boost = df <= max(2 * N.squareRoot(), 10) ? entityWeight : 1
            let w = boost * (1 + log(Double(tf))) * idf(N, df)
            if w > 0 { v.append(("@" + k, w)) }
        }
        v = Self.strongest(v, featuresPerArticle)
        let norm = v.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        guard norm > 0 else { return [] }
        return v.map { ($0.0, $0.1 / norm) }.sorted { $0.0 < $1.0 }
    }

    /// The `limit` heaviest features, heaviest first, ties by feature.
    /// (Only those reaching the `limit`-th weight are sorted, `TopSelection`.)
    static func strongest(_ features: [(String, Double)], _ limit: Int) -> [(String, Double)] {
        let bar = TopSelection.bar(features.map(\.1), keeping: limit)
        var v = features.filter { $0.1 >= bar }
        v.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        if v.count > limit { v.removeLast(v.count - limit) }
        return v
    }

    /// The stories of the articles whose vectors are given, largest first.
    /// - Parameter days: each article's publication day number (`Day.ordinal`), nil when
    ///   undated; empty when no article is dated.
    func cluster(vectors: [[(String, Double)]], days: [Int?] = []) -> [Cluster] {
        cluster(Self.numbered(vectors), days: days)
    }

    /// The stories of articles whose vectors are already numbered (`Numbered`). The vectors are
    /// taken: a caller that hands over its only copy has them freed once the graph is built.
    func cluster(_ numbered: consuming Numbered, days: [Int?] = []) -> [Cluster] {
        let n = numbered.documents.count
        guard n > 0 else { return [] }
        if n == 1 { return [Cluster(members: [0])] }
        let isName = numbered.isName
        let graph = SimilarityGraph(documents: numbered.takeDocuments(), isName: isName,
                                    days: days.isEmpty ? Array(repeating: nil, count: n) : days, settings: settings)
        _ = consume numbered
        // Grouping, where memory peaks, follows. The steps run beside story grouping (role
        // sources, who appears with whom, the timeline) are mostly done by now, and what they
        // freed sits in their own threads' heaps, which grouping's thread does not draw from.
        System.returnFreedMemory()
        let groups = AverageLinkage(settings: settings).groups(graph)
        // Each group's order reads only the graph, so the groups are ordered on every core.
        return ParallelAnalysis.map(groups.count) { Cluster(members: Self.centralFirst(groups[$0], graph)) }
            .sorted { a, b in a.members.count != b.members.count ? a.members.count > b.members.count : a.members.min()! < b.members.min()! }
    }

    /// Story vectors with their features as integers, numbered by first appearance (articles in
    /// order, features sorted within each), so sums run in the same order every time.
    ///
    /// Why a value filled article by article: the written features can go as each article's
    /// vector is numbered, so story grouping never holds every vector's strings.
    struct Numbered {
        /// Each article's (feature number, weight), sorted by feature number.
        private(set) var documents = FeatureVectors()
        /// Per feature number, whether it is a participant's name.
        private(set) var isName: [Bool] = []
        private var featureID: [String: Int] = [:]

        /// Numbers the next article's vector (its features sorted by feature).
        mutating func append(_ v: [(String, Double)]) {
            var numbered: [(Int, Double)] = []
            numbered.reserveCapacity(v.count)
            for f in v {
                if let id = featureID[f.0] { numbered.append((id, f.1)); continue }
                let id = featureID.count
                featureID[f.0] = id
                isName.append(f.0.hasPrefix("@"))
                numbered.append((id, f.1))
            }
            numbered.sort { $0.0 < $1.0 }
            documents.append(numbered)
        }

        /// Room for `articles` vectors of at most `features` features each, made when the first
        /// comes in (`FeatureVectors.init(articles:pairsPerArticle:)`).
        init(articles: Int, features: Int) {
            documents = FeatureVectors(articles: articles, pairsPerArticle: features)
        }

        init() {}

        /// The vectors, handed over: this value keeps none of them.
        mutating func takeDocuments() -> FeatureVectors {
            defer { documents = FeatureVectors() }
            return documents
        }

        /// Drops the table of written features once every article is numbered.
        mutating func finish() { featureID = [:] }
    }

    /// Features as integers, numbered by first appearance (articles in order, features sorted
    /// within each), so sums run in the same order every time.
    static func numbered(_ vectors: [[(String, Double)]]) -> Numbered {
        var out = Numbered()
        for v in vectors { out.append(v) }
        out.finish()
        return out
    }

    /// A group's members, most central first: highest total similarity to the other members.
    ///
    /// Each member's total adds its pairs in one fixed order, the two-way order of the graph
    /// (`SimilarityGraph.edges`): its pairs from earlier members by their number, then its own
    /// to later ones, strongest first. Walking the members in number order gives exactly that.
    static func centralFirst(_ members: [Int], _ graph: SimilarityGraph) -> [Int] {
        let slot = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($0.element, $0.offset) })
        var total = [Double](repeating: 0, count: members.count)
        for x in members.sorted() {
            let sx = slot[x]!
            for (j, s) in graph.laterPairs(of: x) {
                guard let sj = slot[Int(j)] else { continue }
                total[sx] += s
                total[sj] += s
            }
        }
        let scored: [(Int, Double)] = members.indices.map { (members[$0], total[$0]) }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
    }
}
