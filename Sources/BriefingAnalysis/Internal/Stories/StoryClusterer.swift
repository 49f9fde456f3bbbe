#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Groups articles about the same event.
///
/// Method: each article is a TF-IDF vector over its content stems plus its participants
/// (canonical names, so "Sergei" and "Sergey Lavrov" agree), keeping its strongest features;
/// cosine similarities come from an inverted index (only articles sharing a feature are ever
/// compared); average-linkage agglomerative clustering merges groups while their mean
/// similarity stays above a threshold. Average linkage resists the chaining that single
/// linkage (connected components) suffers on large corpora.
///
/// Two guards keep a corpus of many events of uneven sizes from collapsing into subjects
/// (found on the BBC set, 1,111 articles of many events, which once gave one 55-article
/// "election" group, and on the google_news events mixed into it, which pulled in BBC
/// articles that merely named the same company):
/// - One shared name is no event: two articles whose only common participant is "Apple" or
///   "BMW" are about the same company, not the same happening, so a pair's similarity drops
///   that lone name's share; two or more shared names (who *and* where) count in full.
/// - A large group must be tighter: a true event's articles keep a high mean similarity however
///   many there are, while a loose subject keeps absorbing articles just above the bar. So
///   beyond `cohesiveSize` articles the bar rises with the square root of the size.
struct StoryClusterer {
    /// Set on the giveme5w1h dev split together with that split mixed into the BBC set (a
    /// synthetic corpus of many uneven events), and the seeds (two stories).
    var threshold = 0.04
    /// The strongest features kept per article: fewer and the vectors miss shared detail,
    /// more and rare words dilute them.
    var featuresPerArticle = 50
    /// Participants weigh more than words: an event is who and where as much as what. (Twice,
    /// not three times: at three a single rare name outweighed everything an article said.)
    var entityWeight = 2.0
    /// Groups up to this size merge at `threshold`; larger ones need `threshold * sqrt(size / cohesiveSize)`.
    var cohesiveSize = 10

    /// The mean similarity a merged group of `size` articles must keep.
    func bar(forSize size: Int) -> Double {
        size <= cohesiveSize ? threshold : threshold * (Double(size) / Double(cohesiveSize)).squareRoot()
    }

    struct Cluster: Sendable {
        /// Article indices, most central first.
        var members: [Int]
    }

    /// Inverse document frequency; a feature every article has weighs almost nothing.
    func idf(_ N: Double, _ df: Double) -> Double { log((N + 1) / df) }

    /// One article's weighted features: TF-IDF over content stems and (weighted up) its
    /// participants, the strongest `featuresPerArticle` kept, L2-normalised, sorted by feature.
    /// Pure, so it runs in the parallel per-article pass.
    func vector(stems: [String: Int], entities: [String: Int], stemDF: [String: Int],
                entityDF: [String: Int], documents n: Int) -> [(String, Double)] {
        let N = Double(n)
        var v: [(String, Double)] = []
        v.reserveCapacity(stems.count + entities.count)
        for (k, tf) in stems {
            let df = Double(stemDF[k] ?? 1)
            if n >= 20 && df > 0.5 * N { continue }
            let w = (1 + log(Double(tf))) * idf(N, df)
            if w > 0 { v.append((k, w)) }
        }
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
        v.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        if v.count > featuresPerArticle { v.removeLast(v.count - featuresPerArticle) }
        let norm = v.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        guard norm > 0 else { return [] }
        return v.map { ($0.0, $0.1 / norm) }.sorted { $0.0 < $1.0 }
    }

    func cluster(vectors: [[(String, Double)]]) -> [Cluster] {
        let n = vectors.count
        guard n > 0 else { return [] }
        if n == 1 { return [Cluster(members: [0])] }
        // Features as integers, numbered by first appearance (articles in order, features
        // sorted within each), so sums run in the same order every time.
        var featureID: [String: Int] = [:]
        var isName: [Bool] = []
        let docs: [[(Int, Double)]] = vectors.map { v in
            v.map { f in
                if let id = featureID[f.0] { return (id, f.1) }
                let id = featureID.count
                featureID[f.0] = id
                isName.append(f.0.hasPrefix("@"))
                return (id, f.1)
            }.sorted { $0.0 < $1.0 }
        }
        var postings = [[(Int, Double)]](repeating: [], count: featureID.count)
        for (i, v) in docs.enumerated() { for (f, w) in v { postings[f].append((i, w)) } }
        // Sparse dot products: for each article, accumulate over the postings of its features,
        // noting how many names each pair shares and the largest name contribution.
        var edges: [[Int: Double]] = Array(repeating: [:], count: n)
        var scratch = [Double](repeating: 0, count: n)
        var sharedNames = [Int](repeating: 0, count: n)
        var topName = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        for i in 0..<n {
            for (f, wi) in docs[i] {
                let name = isName[f]
                for (j, wj) in postings[f] where j > i {
                    if scratch[j] == 0 && sharedNames[j] == 0 { touched.append(j) }
                    let x = wi * wj
                    scratch[j] += x
                    if name { sharedNames[j] += 1; topName[j] = max(topName[j], x) }
                }
            }
            touched.sort()
            for j in touched {
                // A lone shared name is a subject in common, not an event.
                let s = sharedNames[j] == 1 ? scratch[j] - topName[j] : scratch[j]
                if s > 0 { edges[i][j] = s }
                scratch[j] = 0; sharedNames[j] = 0; topName[j] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        // Average linkage over the sparse similarity graph, with a lazy max-heap.
        var size = [Int](repeating: 1, count: n)
        var members: [[Int]] = (0..<n).map { [$0] }
        var alive = [Bool](repeating: true, count: n)
        var sums: [[Int: Double]] = Array(repeating: [:], count: n)
        var version = [Int](repeating: 0, count: n)
        var heap = Heap()
        for i in 0..<n {
            for (j, s) in edges[i] where s > 0.02 {
                sums[i][j] = s; sums[j][i] = s
                if s >= threshold { heap.push(.init(score: s, a: min(i, j), b: max(i, j), va: 0, vb: 0)) }
            }
        }
        while let top = heap.pop() {
            guard alive[top.a], alive[top.b], version[top.a] == top.va, version[top.b] == top.vb else { continue }
            let (a, b) = (top.a, top.b)
            // Merge b into a.
            alive[b] = false
            members[a] += members[b]
            size[a] += size[b]
            version[a] += 1
            for (c, s) in sums[b] where c != a {
                sums[a][c, default: 0] += s
                sums[c][b] = nil
                sums[c][a] = sums[a][c]
            }
            sums[a][b] = nil
            sums[b] = [:]
            for c in sums[a].keys.sorted() where alive[c] {
                let avg = sums[a][c]! / Double(size[a] * size[c])
                if avg >= bar(forSize: size[a] + size[c]) {
                    let (x, y) = a < c ? (a, c) : (c, a)
                    heap.push(.init(score: avg, a: x, b: y, va: version[x], vb: version[y]))
                }
            }
        }
        var out: [Cluster] = []
        for i in 0..<n where alive[i] {
            let m = members[i]
            // Most central first: highest total similarity to the other members.
            let central = m.map { x -> (Int, Double) in
                (x, m.reduce(0.0) { acc, y in x == y ? acc : acc + (edges[min(x, y)][max(x, y)] ?? 0) })
            }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
            out.append(Cluster(members: central))
        }
        out.sort { a, b in a.members.count != b.members.count ? a.members.count > b.members.count : a.members.min()! < b.members.min()! }
        return out
    }

    /// A binary max-heap of candidate merges (ties broken by indices, for determinism).
    struct Heap {
        struct Item { var score: Double; var a: Int; var b: Int; var va: Int; var vb: Int }
        private var items: [Item] = []
        static func above(_ x: Item, _ y: Item) -> Bool {
            x.score != y.score ? x.score > y.score : (x.a, x.b) < (y.a, y.b)
        }
        mutating func push(_ x: Item) {
            items.append(x)
            var i = items.count - 1
            while i > 0 {
                let p = (i - 1) / 2
                guard Self.above(items[i], items[p]) else { break }
                items.swapAt(i, p); i = p
            }
        }
        mutating func pop() -> Item? {
            guard !items.isEmpty else { return nil }
            let top = items[0]
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                var i = 0
                while true {
                    let l = 2 * i + 1, r = l + 1
                    var m = i
                    if l < items.count, Self.above(items[l], items[m]) { m = l }
                    if r < items.count, Self.above(items[r], items[m]) { m = r }
                    if m == i { break }
                    items.swapAt(i, m); i = m
                }
            }
            return top
        }
    }
}
