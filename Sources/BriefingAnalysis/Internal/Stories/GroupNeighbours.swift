/// The summed similarities between live groups of average linkage: for each group, its
/// neighbouring groups in number order, each with the sum of the pair similarities between them.
///
/// Why sorted arrays and not a dictionary per group: a merge reads both groups' neighbours in
/// number order (so that merges are reproducible), and merging two sorted lists gives that
/// order without hashing or sorting; each neighbour's own list changes in one place, a short
/// shift. The sums are the same additions a dictionary would make (each pair's sums added once
/// per merge), so the groups are the same.
struct GroupNeighbours {
    /// One neighbour and the summed similarity to it.
    struct Entry: Equatable {
        var group: Int32
        var sum: Double
    }

    private var lists: [[Entry]]

    /// Each article's pairs in the graph, both directions, in article order.
    ///
    /// Why laid down article by article: an article's pairs from earlier articles arrive in
    /// their number order before its own to later ones are added, so each list comes out sorted
    /// with only the later pairs (at most `StoryGraphSettings.neighbours`) to sort, and each
    /// list is made at its final size.
    init(graph: SimilarityGraph) {
        var degree = [Int](repeating: 0, count: graph.count)
        for i in 0..<graph.count {
            for (j, _) in graph.laterPairs(of: i) { degree[i] += 1; degree[Int(j)] += 1 }
        }
        lists = degree.map { d in
            var list: [Entry] = []
            list.reserveCapacity(d)
            return list
        }
        for i in 0..<graph.count {
            let later = graph.laterPairs(of: i).map { Entry(group: $0.0, sum: $0.1) }
            lists[i].append(contentsOf: later.sorted { $0.group < $1.group })
            for e in later { lists[Int(e.group)].append(Entry(group: Int32(i), sum: e.sum)) }
        }
    }

    /// Group `g`'s neighbours, in number order.
    func neighbours(of g: Int) -> [Entry] { lists[g] }

    /// The summed similarity between `g` and `c`, 0 when they are no neighbours.
    func sum(_ g: Int, _ c: Int) -> Double {
        let list = lists[g]
        let p = Self.position(of: Int32(c), in: list)
        return p < list.count && list[p].group == c ? list[p].sum : 0
    }

    /// Joins group `b` into group `a` (`a < b`): `a`'s neighbours become both groups' (less each
    /// other), sums added where both had one; every neighbour of `b` now names `a` instead.
    /// Returns `b`'s neighbours other than `a`, each with its summed similarity to the joined
    /// group: the only pairs whose sums grew.
    @discardableResult
    mutating func merge(_ b: Int, into a: Int) -> [Entry] {
        precondition(a < b, "the lower-numbered group survives a merge")
        let listB = lists[b]
        lists[b] = []
        lists[a] = Self.merged(lists[a], listB, dropping: Int32(a), Int32(b))
        let merged = lists[a]
        var grown: [Entry] = []
        grown.reserveCapacity(listB.count)
        for e in listB where e.group != Int32(a) {
            let p = Self.position(of: e.group, in: merged)
            Self.rename(Int32(b), to: Int32(a), sum: merged[p].sum, in: &lists[Int(e.group)])
            grown.append(merged[p])
        }
        return grown
    }

    /// Two sorted lists as one, `x` and `y` left out, sums of a group in both added.
    ///
    /// Why by the shorter list: a large group absorbs many small ones, one at a time; each entry
    /// of the shorter list is placed by binary search and the runs of the longer list between
    /// them are copied whole, so a merge costs the shorter list's length, not a step per entry
    /// of the longer one.
    private static func merged(_ l: [Entry], _ r: [Entry], dropping x: Int32, _ y: Int32) -> [Entry] {
        let (long, short) = l.count >= r.count ? (l, r) : (r, l)
        var out: [Entry] = []
        out.reserveCapacity(l.count + r.count)
        var start = 0
        for e in short {
            let p = position(of: e.group, in: long, from: start)
            out.append(contentsOf: long[start..<p])
            if p < long.count && long[p].group == e.group {
                out.append(Entry(group: e.group, sum: long[p].sum + e.sum))
                start = p + 1
            } else {
                out.append(e)
                start = p
            }
        }
        out.append(contentsOf: long[start...])
        for g in [x, y] {
            let p = position(of: g, in: out)
            if p < out.count && out[p].group == g { out.remove(at: p) }
        }
        return out
    }

    /// In a sorted list holding `old`, the entry for `old` goes and `new` (< `old`) holds `sum`,
    /// put in its place in order when absent: the entries between the two move up by one.
    private static func rename(_ old: Int32, to new: Int32, sum: Double, in list: inout [Entry]) {
        var p = position(of: old, in: list)
        let q = position(of: new, in: list)
        if q < list.count && list[q].group == new {
            list[q].sum = sum
            list.remove(at: p)
            return
        }
        while p > q { list[p] = list[p - 1]; p -= 1 }
        list[q] = Entry(group: new, sum: sum)
    }

    /// The first place in a sorted list, from `start` on, whose group is not below `g`.
    private static func position(of g: Int32, in list: [Entry], from start: Int = 0) -> Int {
        var lo = start, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].group < g { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
