/// Average-linkage agglomerative clustering over a sparse similarity graph.
///
/// Why average linkage: two groups merge while the mean similarity of all their cross pairs
/// stays above the bar, so one strong pair cannot chain two events together (single linkage
/// collapses a large corpus into subjects). Pairs missing from the graph count as zero. Merges
/// are taken best first from a lazy max-heap; a group's neighbour sums are added up on merge,
/// so each merge costs its neighbours, not the corpus.
struct AverageLinkage {
    var settings: StoryGraphSettings

    /// The mean similarity a merged group of `size` articles must keep.
    func bar(forSize size: Int) -> Double {
        let t = settings.threshold
        return size <= settings.cohesiveSize ? t : t * (Double(size) / Double(settings.cohesiveSize)).squareRoot()
    }

    /// The groups, each a list of article numbers in merge order.
    func groups(_ graph: SimilarityGraph) -> [[Int]] {
        var state = State(graph: graph)
        var heap = MergeHeap()
        heap.reserve(graph.edges.indices.reduce(0) { n, i in
            n + graph.edges[i].reduce(0) { $0 + ($1.other > i && $1.similarity >= settings.threshold ? 1 : 0) }
        })
        for i in graph.edges.indices {
            for (j, s) in graph.edges[i] where i < j && s >= settings.threshold {
                heap.push(.init(score: s, a: i, b: j, va: 0, vb: 0))
            }
        }
        while let top = heap.pop() {
            guard state.isCurrent(top) else { continue }
            state.merge(top.b, into: top.a)
            for c in state.neighbours(of: top.a) {
                let avg = state.mean(top.a, c)
                if avg >= bar(forSize: state.size[top.a] + state.size[c]) {
                    let (x, y) = top.a < c ? (top.a, c) : (c, top.a)
                    heap.push(.init(score: avg, a: x, b: y, va: state.version[x], vb: state.version[y]))
                }
            }
        }
        return state.groups
    }

    /// The groups being merged: members, sizes, and summed similarities between live groups.
    private struct State {
        var size: [Int]
        var members: [[Int]]
        var alive: [Bool]
        var sums: [[Int: Double]]
        var version: [Int]

        init(graph: SimilarityGraph) {
            let n = graph.edges.count
            size = Array(repeating: 1, count: n)
            members = (0..<n).map { [$0] }
            alive = Array(repeating: true, count: n)
            version = Array(repeating: 0, count: n)
            sums = graph.edges.map { e in Dictionary(e.map { ($0.other, $0.similarity) }, uniquingKeysWith: +) }
        }

        func isCurrent(_ item: MergeHeap.Item) -> Bool {
            alive[item.a] && alive[item.b] && version[item.a] == item.va && version[item.b] == item.vb
        }

        mutating func merge(_ b: Int, into a: Int) {
            alive[b] = false
            members[a] += members[b]
            members[b] = []
            size[a] += size[b]
            version[a] += 1
            for (c, s) in sums[b] where c != a {
                sums[a][c, default: 0] += s
                sums[c][b] = nil
                sums[c][a] = sums[a][c]
            }
            sums[a][b] = nil
            sums[b] = [:]
        }

        /// Live groups joined to `a`, in number order (so merges are reproducible).
        func neighbours(of a: Int) -> [Int] { sums[a].keys.filter { alive[$0] }.sorted() }

        func mean(_ a: Int, _ c: Int) -> Double { (sums[a][c] ?? 0) / Double(size[a] * size[c]) }

        var groups: [[Int]] { members.indices.filter { alive[$0] }.map { members[$0] } }
    }
}
