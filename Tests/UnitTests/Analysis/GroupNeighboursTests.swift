import Testing
@testable import BriefingAnalysis

/// The neighbour sums of average linkage against the plain model they replace: a dictionary per
/// group, updated on each merge.
@Suite("Stories: group neighbours")
struct GroupNeighboursTests {
    /// A small random graph: each article's pairs, both directions, one per other article.
    static func randomEdges(_ n: Int, pairs: Int, seed: UInt64) -> [[(other: Int, similarity: Double)]] {
        var random = SplitMix(seed)
        var edges = [[(other: Int, similarity: Double)]](repeating: [], count: n)
        var seen = Set<[Int]>()
        for _ in 0..<pairs {
            let i = random.next(n), j = random.next(n)
            guard i != j, seen.insert([min(i, j), max(i, j)]).inserted else { continue }
            let s = Double(1 + random.next(63)) / 64
            edges[i].append((j, s))
            edges[j].append((i, s))
        }
        return edges
    }

    @Test func mergesKeepTheSumsADictionaryWould() {
        let n = 60
        let edges = Self.randomEdges(n, pairs: 200, seed: 11)
        var sums = GroupNeighbours(graph: SimilarityGraph(edges: edges))
        var model = edges.map { e in Dictionary(e.map { ($0.other, $0.similarity) }, uniquingKeysWith: +) }
        var alive = Array(0..<n)
        var random = SplitMix(5)
        while alive.count > 3 {
            let x = alive[random.next(alive.count)], y = alive[random.next(alive.count)]
            guard x != y else { continue }
            let (a, b) = (min(x, y), max(x, y))
            sums.merge(b, into: a)
            for (c, s) in model[b] where c != a {
                model[a][c, default: 0] += s
                model[c][b] = nil
                model[c][a] = model[a][c]
            }
            model[a][b] = nil
            model[b] = [:]
            alive.removeAll { $0 == b }
            for g in 0..<n {
                let expected = model[g].sorted { $0.key < $1.key }.map { GroupNeighbours.Entry(group: Int32($0.key), sum: $0.value) }
                #expect(sums.neighbours(of: g) == expected)
            }
        }
        #expect(sums.sum(alive[0], alive[1]) == (model[alive[0]][alive[1]] ?? 0))
    }

    /// Merging two groups that share a neighbour adds the two sums and names the neighbour's
    /// entry for the survivor once.
    @Test func aSharedNeighbourGetsOneEntry() {
        let edges: [[(other: Int, similarity: Double)]] = [
            [(2, 0.25)], [(2, 0.5)], [(0, 0.25), (1, 0.5), (3, 0.125)], [(2, 0.125)],
        ]
        var sums = GroupNeighbours(graph: SimilarityGraph(edges: edges))
        sums.merge(1, into: 0)
        #expect(sums.neighbours(of: 0) == [.init(group: 2, sum: 0.75)])
        #expect(sums.neighbours(of: 2) == [.init(group: 0, sum: 0.75), .init(group: 3, sum: 0.125)])
        #expect(sums.neighbours(of: 1).isEmpty)
        sums.merge(3, into: 2)
        #expect(sums.neighbours(of: 0) == [.init(group: 2, sum: 0.75)])
        #expect(sums.sum(2, 0) == 0.75)
        #expect(sums.sum(2, 1) == 0)
    }
}
