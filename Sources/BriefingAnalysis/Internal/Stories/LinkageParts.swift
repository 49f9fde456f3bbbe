import BriefingSupport

/// The parts of a similarity graph that average linkage can join: articles connected by pairs
/// at or above the bar's floor, each part's members in number order, largest part first.
///
/// Why: a merged group's mean similarity to another is the mean of their cross pairs; when no
/// cross pair reaches the threshold, neither does the mean, and the bar only rises with size.
/// So groups never cross parts, and the parts can be grouped apart, side by side. Articles in
/// no part (no pair at the threshold) stay stories of their own.
struct LinkageParts {
    /// Each part's articles, ascending; parts of two or more articles, largest first.
    let members: [[Int]]
    /// Per article, its part (-1: none) and its place in that part.
    private let part: [Int32]
    private let place: [Int32]

    init(_ graph: SimilarityGraph, threshold: Double) {
        var joined = UnionFind(graph.count)
        for i in 0..<graph.count {
            for (j, s) in graph.laterPairs(of: i) where s >= threshold { joined.union(i, Int(j)) }
        }
        var byRoot: [Int: [Int]] = [:]
        for i in 0..<graph.count { byRoot[joined.find(i), default: []].append(i) }
        members = byRoot.values.filter { $0.count >= 2 }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        var part = [Int32](repeating: -1, count: graph.count), place = [Int32](repeating: 0, count: graph.count)
        for (k, list) in members.enumerated() {
            for (p, i) in list.enumerated() { part[i] = Int32(k); place[i] = Int32(p) }
        }
        self.part = part
        self.place = place
    }

    func isInPart(_ article: Int) -> Bool { part[article] >= 0 }

    /// Part `k` as a graph of its own: its articles numbered by place, with every pair between
    /// two of them (those below the threshold too: they count in a group's mean), in the order
    /// the whole graph holds them.
    func subgraph(_ k: Int, of graph: SimilarityGraph) -> SimilarityGraph {
        let list = members[k]
        var edges = [[(other: Int, similarity: Double)]](repeating: [], count: list.count)
        for (p, i) in list.enumerated() {
            for (j, s) in graph.laterPairs(of: i) where part[Int(j)] == Int32(k) {
                edges[p].append((Int(place[Int(j)]), s))
            }
        }
        return SimilarityGraph(edges: edges)
    }
}
