/// Average-linkage agglomerative clustering over a sparse similarity graph.
///
/// Why average linkage: two groups merge while the mean similarity of all their cross pairs
/// stays above the bar, so one strong pair cannot chain two events together (single linkage
/// collapses a large corpus into subjects). Pairs missing from the graph count as zero. Merges
/// are taken best first from a lazy max-heap; a group's neighbour sums are added up on merge,
/// so each merge costs its neighbours, not the corpus.
///
/// Why only the absorbed group's neighbours are re-queued after a merge: a neighbour of the
/// survivor alone keeps its summed similarity while the survivor grows, so its mean only falls
/// and the bar only rises; its queued score is then an upper bound, checked again when it
/// reaches the top (the best pair is still taken first, by the same score and order). Queueing
/// every neighbour of a large group after each merge into it made grouping grow with the square
/// of that group's neighbours.
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
        heap.reserve((0..<graph.count).reduce(0) { n, i in
            n + graph.laterPairs(of: i).reduce(0) { $0 + ($1.1 >= settings.threshold ? 1 : 0) }
        })
        for i in 0..<graph.count {
            for (j, s) in graph.laterPairs(of: i) where s >= settings.threshold {
                heap.appendUnarranged(.init(score: s, a: i, b: Int(j), va: 0, vb: 0))
            }
        }
        heap.arrange()
        while let top = heap.pop() {
            guard state.alive[top.a] && state.alive[top.b] else { continue }
            guard state.isCurrent(top) else {
                offer(top.a, top.b, sum: state.sums.sum(top.a, top.b), state, &heap)
                continue
            }
            for e in state.merge(top.b, into: top.a) {
                offer(top.a, Int(e.group), sum: e.sum, state, &heap)
            }
        }
        return state.groups
    }

    /// Queues the pair of live groups `g` and `c` at its current mean when that reaches the bar
    /// for their joint size.
    private func offer(_ g: Int, _ c: Int, sum: Double, _ state: State, _ heap: inout MergeHeap) {
        let avg = state.mean(g, c, sum: sum)
        guard avg >= bar(forSize: state.size[g] + state.size[c]) else { return }
        let (x, y) = g < c ? (g, c) : (c, g)
        heap.push(.init(score: avg, a: x, b: y, va: state.version[x], vb: state.version[y]))
    }

    /// The groups being merged: members, sizes, and summed similarities between live groups.
    private struct State {
        var size: [Int]
        var alive: [Bool]
        var sums: GroupNeighbours
        var version: [Int]
        /// Members as linked lists (first, last, and each article's next, -1 at the end), so a
        /// merge appends one group's members to the other's in constant time, in merge order.
        var first: [Int]
        var last: [Int]
        var next: [Int]

        init(graph: SimilarityGraph) {
            let n = graph.count
            size = Array(repeating: 1, count: n)
            alive = Array(repeating: true, count: n)
            version = Array(repeating: 0, count: n)
            sums = GroupNeighbours(graph: graph)
            first = Array(0..<n)
            last = Array(0..<n)
            next = Array(repeating: -1, count: n)
        }

        func isCurrent(_ item: MergeHeap.Item) -> Bool {
            alive[item.a] && alive[item.b] && version[item.a] == item.va && version[item.b] == item.vb
        }

        /// Joins `b` into `a`; returns `b`'s former neighbours (other than `a`) with their summed
        /// similarity to the joined group.
        mutating func merge(_ b: Int, into a: Int) -> [GroupNeighbours.Entry] {
            alive[b] = false
            next[last[a]] = first[b]
            last[a] = last[b]
            size[a] += size[b]
            version[a] += 1
            return sums.merge(b, into: a)
        }

        func mean(_ a: Int, _ c: Int, sum: Double) -> Double { sum / Double(size[a] * size[c]) }

        var groups: [[Int]] { alive.indices.filter { alive[$0] }.map(members) }

        /// Group `g`'s members in merge order.
        func members(_ g: Int) -> [Int] {
            var out: [Int] = []
            out.reserveCapacity(size[g])
            var m = first[g]
            while m >= 0 { out.append(m); m = next[m] }
            return out
        }
    }
}
